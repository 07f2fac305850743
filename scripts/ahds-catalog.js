#!/usr/bin/env node
/**
 * The sandbox serves every AHDS resource the node names, but it is plain JavaScript and cannot read the
 * TypeScript descriptors (nodes/Ahds/resources). This script writes what it needs from them (path
 * name, ID field, field types, required fields, filters, sort fields) to
 * sandbox/vendors/ahds/catalog.json. `npm run docs` runs it; a unit test fails when the file and the
 * descriptors disagree, so adding a descriptor and running `npm run docs` is all the sandbox needs.
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const FILE = path.join(ROOT, 'sandbox', 'vendors', 'ahds', 'catalog.json');

function fieldSchema(field) {
	const schema = { type: field.type };
	if (field.required) schema.required = true;
	if (field.values) schema.values = [...field.values];
	if (field.fields) {
		schema.fields = Object.fromEntries(field.fields.map((sub) => [sub.name, fieldSchema(sub)]));
		// Entry fields the node fills in are required by the API (SEED: contactDetails[] needs them all).
		const { uuid, parentId, now = [] } = field.autofill ?? {};
		if (uuid) schema.fields[uuid] = { type: 'uuid', required: true };
		if (parentId) schema.fields[parentId] = { type: 'uuid', required: true };
		for (const name of now) schema.fields[name] = { type: 'dateTime', required: true };
	}
	return schema;
}

/** The catalog, from the descriptors and the engine's filter and sort rules. */
function catalogOf(load) {
	const { AHDS_RESOURCES } = load('nodes/Ahds/resources');
	const { filterFields, sortValues } = load('nodes/Ahds/engine/fields');
	return {
		comment:
			'Generated from nodes/Ahds/resources by scripts/ahds-catalog.js (npm run docs). Do not edit by hand.',
		resources: AHDS_RESOURCES.map((resource) => ({
			slug: resource.slug,
			label: resource.displayName,
			idField: resource.idField,
			complete: Boolean(resource.complete),
			fields: Object.fromEntries(resource.fields.map((field) => [field.name, fieldSchema(field)])),
			filters: filterFields(resource.fields).map((field) => field.name),
			sortFields: sortValues(resource.fields),
		})),
	};
}

const render = (catalog) => `${JSON.stringify(catalog, null, '\t')}\n`;

module.exports = { catalogOf, render, FILE };

if (require.main === module) {
	const load = (module) => require(path.join(ROOT, 'dist', module));
	fs.writeFileSync(FILE, render(catalogOf(load)));
	console.log(`${path.relative(ROOT, FILE)} updated`);
}
