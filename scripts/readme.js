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

/** AHDS: one row per resource the node names, from its descriptors and its endpoint table. */
function renderAhdsResources(load) {
	const { AHDS_RESOURCE_PATHS } = load('nodes/Ahds/endpoints');
	const { AHDS_RESOURCES } = load('nodes/Ahds/resources');
	const bySlug = new Map(AHDS_RESOURCES.map((resource) => [resource.slug, resource]));
	const rows = AHDS_RESOURCE_PATHS.map((row) => {
		const resource = bySlug.get(row.slug);
		const fields =
			resource.fields.map((field) => `\`${field.name}\``).join(', ') || 'none in the docs (JSON)';
		const id = resource.idFieldInferred ? `\`${row.idField}\` (INFERRED)` : `\`${row.idField}\``;
		return `| ${row.resource} | \`${row.slug}\` | ${id} | ${fields} | ${row.source}: ${row.note} |`;
	});
	return [
		'| Resource | Path name | ID field | Typed fields | Source |',
		'|---|---|---|---|---|',
		...rows,
	].join('\n');
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
		section: 'ahds-endpoints',
		render: (load) => {
			const { AHDS_ENDPOINTS, AHDS_ASSUMPTIONS } = load('nodes/Ahds/endpoints');
			const every = (operation) => ['Every resource', operation];
			const table = renderTable(
				AHDS_ENDPOINTS,
				{ properties: [] },
				{
					'record.create': every('Create'),
					'record.getAll': every('Get Many'),
					'record.get': every('Get'),
					'record.update': every('Update'),
					'record.replace': every('Replace'),
					'record.delete': every('Delete'),
				},
			);
			const assumptions = [
				`- Host: ${AHDS_ASSUMPTIONS.host.source}: ${AHDS_ASSUMPTIONS.host.note}.`,
				`- List envelope: ${AHDS_ASSUMPTIONS.listEnvelope.source}: ${AHDS_ASSUMPTIONS.listEnvelope.note}.`,
			];
			return [table, '', ...assumptions].join('\n');
		},
	},
	{ section: 'ahds-resources', render: renderAhdsResources },
	{
		section: 'alfadocs-endpoints',
		endpoints: (load) => load('nodes/AlfaDocs/endpoints').ALFADOCS_ENDPOINTS,
		description: (load) => new (load('nodes/AlfaDocs/AlfaDocs.node').AlfaDocs)().description,
		aliases: {
			'me.get': [
				'Practice and Archive',
				"From Credential, and the API key credential's Test button",
			],
			'oauth2.authorize': ['Credential (OAuth2)', 'Connect my account: the consent page'],
			'oauth2.token': ['Credential (OAuth2)', 'Code exchange and refresh'],
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
				vendor.render
					? vendor.render(load)
					: renderTable(vendor.endpoints(load), vendor.description(load), vendor.aliases),
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
