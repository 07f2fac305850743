#!/usr/bin/env node
/**
 * Keeps README.md's coverage tables in step with the vendors' endpoint tables (the single source of
 * paths): `npm run docs` rewrites the sections between the markers from the built dist/ files, and a
 * unit test fails when README.md and the tables disagree.
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

/** Display names of resources and operations, read from a node description. */
function namesFrom(description) {
	const resources = {};
	const operations = {};
	for (const property of description.properties) {
		if (property.name === 'resource') {
			for (const option of property.options) resources[option.value] = option.name;
		}
		if (property.name === 'operation') {
			for (const resource of property.displayOptions?.show?.resource ?? []) {
				for (const option of property.options)
					operations[`${resource}.${option.value}`] = option.name;
			}
		}
	}
	return { resources, operations };
}

/** The Markdown table of one vendor: one row per endpoint, with its source. */
function renderTable(endpoints, description, aliases = {}) {
	const { resources, operations } = namesFrom(description);
	const rows = Object.entries(endpoints).map(([key, endpoint]) => {
		const [resource] = key.split('.');
		const alias = aliases[key];
		// An alias is another operation key, or [resource, operation] names for what is not an operation.
		const [resourceName, operationName] = Array.isArray(alias)
			? alias
			: [
					resources[resource] ?? `(${resource})`,
					operations[alias ?? key] ?? `(${key.split('.')[1]})`,
				];
		const source = endpoint.note ? `${endpoint.source}: ${endpoint.note}` : endpoint.source;
		return `| ${resourceName} | ${operationName} | ${endpoint.method} | \`${endpoint.path}\` | ${source} |`;
	});
	return [
		'| Resource | Operation | Method | Path | Source |',
		'|---|---|---|---|---|',
		...rows,
	].join('\n');
}

function replaceSection(readme, name, content) {
	const start = `<!-- ${name}:start -->`;
	const end = `<!-- ${name}:end -->`;
	const from = readme.indexOf(start);
	const to = readme.indexOf(end);
	if (from < 0 || to < from) throw new Error(`README.md has no ${start} ... ${end} section`);
	return `${readme.slice(0, from + start.length)}\n${content}\n${readme.slice(to)}`;
}

/** Every vendor's section: its endpoint table and node description (from dist/ or from the sources). */
const VENDORS = [
	{
		section: 'heydonto-endpoints',
		endpoints: (load) => load('nodes/HeyDonto/endpoints').HEYDONTO_ENDPOINTS,
		description: (load) => new (load('nodes/HeyDonto/HeyDonto.node').HeyDonto)().description,
		aliases: {
			'site.billingAnalyticsAdmin': 'site.getBillingAnalytics',
			'site.billingAnalyticsClientAccount': 'site.getClientAccountBillingAnalytics',
			'availability.get': 'availability.getSlots',
			'auth.login': ['Credential', 'Log in (Email and Password)'],
			'auth.currentUser': ['User', "Get Current, and the credential's Test button"],
		},
	},
	{
		section: 'aerona-endpoints',
		endpoints: (load) => load('nodes/Aerona/endpoints').AERONA_ENDPOINTS,
		description: (load) => new (load('nodes/Aerona/Aerona.node').Aerona)().description,
		aliases: {
			'auth.login': ['Credential', 'Log in (token in the AERONA-AUTH-TOKEN response header)'],
			'auth.test': ['Credential', 'Test button (after the login)'],
		},
	},
];

function render(readme, load) {
	return VENDORS.reduce(
		(text, vendor) =>
			replaceSection(
				text,
				vendor.section,
				renderTable(vendor.endpoints(load), vendor.description(load), vendor.aliases),
			),
		readme,
	);
}

module.exports = { render, renderTable, replaceSection, VENDORS };

if (require.main === module) {
	const file = path.join(ROOT, 'README.md');
	const load = (module) => require(path.join(ROOT, 'dist', module));
	fs.writeFileSync(file, render(fs.readFileSync(file, 'utf8'), load));
	console.log('README.md coverage tables updated');
}
