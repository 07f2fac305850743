'use strict';
/**
 * AHDS bodies and list queries, validated from the catalog (catalog.json, generated from the node's
 * descriptors) with class-validator style messages in one 400, as NestJS' ValidationPipe answers.
 *
 *   validateBody(resource, body, 'create' | 'replace' | 'update') -> the value to store
 *   parseListQuery(resource, query) -> { page, pageSize, sortBy, sortOrder, predicates }
 *
 * create: the ID field (a UUID) and the required fields must be present; replace: the required
 * fields; update: nothing. Resources documented in full (`complete`) keep only their known fields
 * (whitelist); the others keep unknown fields too, since the docs show only some of them.
 */
const { badRequest } = require('../../lib/http');
const { isPlainObject, typeError } = require('../../lib/validate');
const { boolParam } = require('../../lib/listing');

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL_RE = /^-?\d+(\.\d+)?$/;

const isUuid = (v) => typeof v === 'string' && UUID_RE.test(v);

/** The rule of lib/validate.js that checks an AHDS field type, where one does. */
const SHARED_RULES = {
	string: { type: 'string' },
	number: { type: 'number' },
	integer: { type: 'integer' },
	boolean: { type: 'boolean' },
	date: { type: 'isoDate' },
	dateTime: { type: 'isoDate' },
	coding: { type: 'object' },
	quantity: { type: 'object' },
	objectList: { type: 'array' },
};

/** The type problem of `v`, as the text after the field name, or null. */
function typeProblem(schema, v) {
	const shared = SHARED_RULES[schema.type];
	if (shared) return typeError(shared, v);
	switch (schema.type) {
		case 'uuid':
			return isUuid(v) ? null : 'must be a UUID';
		case 'uuidList':
			if (!Array.isArray(v)) return 'must be an array';
			return v.every(isUuid) ? null : 'each value must be a UUID';
		case 'stringList':
			if (!Array.isArray(v)) return 'must be an array';
			return v.every((x) => typeof x === 'string') ? null : 'each value must be a string';
		case 'options':
			return typeError({ type: 'enum', values: schema.values }, v);
		case 'decimal':
			return typeof v === 'string' && DECIMAL_RE.test(v) ? null : 'is not a valid decimal number.';
		case 'json':
			return null;
		default:
			throw new Error(`unknown AHDS field type ${schema.type}`);
	}
}

const CODING = {
	code: { type: 'string', required: true },
	system: { type: 'string', required: true },
	display: { type: 'string' },
};
const QUANTITY = {
	value: { type: 'number', required: true },
	unit: { type: 'string', required: true },
	system: { type: 'string' },
};

const missing = (v) => v === undefined || v === null || v === '';

/** Checks `body` against `fields`; returns the value to keep and pushes messages into `errors`. */
function collect(body, fields, { required, keepUnknown }, errors, prefix = '') {
	const value = keepUnknown ? { ...body } : {};
	for (const [name, schema] of Object.entries(fields)) {
		const v = body[name];
		const path = prefix + name;
		if (missing(v)) {
			if (required(name, schema)) errors.push(`${path} should not be empty`);
			else if (v !== undefined) value[name] = v;
			continue;
		}
		const problem = typeProblem(schema, v);
		if (problem) {
			errors.push(`${path} ${problem}`);
			continue;
		}
		const nested = { required: (n, s) => Boolean(s.required), keepUnknown: false };
		if (schema.type === 'coding') value[name] = collect(v, CODING, nested, errors, `${path}.`);
		else if (schema.type === 'quantity')
			value[name] = collect(v, QUANTITY, nested, errors, `${path}.`);
		else if (schema.type === 'objectList') {
			value[name] = v.map((entry, i) =>
				isPlainObject(entry)
					? collect(entry, schema.fields, nested, errors, `${path}.${i}.`)
					: (errors.push(`${path}.${i} must be an object`), entry),
			);
		} else value[name] = v;
	}
	return value;
}

/** Validates a body for create, replace (PUT) or update (PATCH); throws one 400 with every message. */
function validateBody(resource, input, operation) {
	const errors = [];
	if (!isPlainObject(input)) throw badRequest(['body must be an object']);
	const required =
		operation === 'update' ? () => false : (name, schema) => Boolean(schema.required);
	const fields =
		operation === 'create'
			? { [resource.idField]: { type: 'uuid', required: true }, ...resource.fields }
			: resource.fields;
	const value = collect(input, fields, { required, keepUnknown: !resource.complete }, errors);
	if (errors.length) throw badRequest(errors);
	return value;
}

function intParam(query, name, { def, min, max }, errors) {
	const raw = query[name];
	if (raw === undefined || raw === '') return def;
	const n = typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
	if (!Number.isInteger(n)) errors.push(`${name} must be an integer number`);
	else if (n < min) errors.push(`${name} must not be less than ${min}`);
	else if (max !== undefined && n > max) errors.push(`${name} must not be greater than ${max}`);
	else return n;
	return def;
}

/** One filter: exact match on the field, with the query text read by the field's type. */
function filterPredicate(name, schema, raw, errors) {
	const text = Array.isArray(raw) ? raw[0] : raw;
	if (schema.type === 'boolean') {
		const b = boolParam({ [name]: text }, name, errors);
		return b === undefined ? null : (row) => row[name] === b;
	}
	if (schema.type === 'number' || schema.type === 'integer') {
		const n = Number(text);
		if (text === '' || !Number.isFinite(n)) {
			errors.push(`${name} must be a number conforming to the specified constraints`);
			return null;
		}
		return (row) => row[name] === n;
	}
	if (schema.type === 'uuid' && !isUuid(text)) {
		errors.push(`${name} must be a UUID`);
		return null;
	}
	if (schema.type === 'options' && !schema.values.includes(text)) {
		errors.push(`${name} must be one of the following values: ${schema.values.join(', ')}`);
		return null;
	}
	return (row) => row[name] === text;
}

/** page (0-based), pageSize (1-100, default 10), sortBy (the resource's sort fields), sortOrder, filters. */
function parseListQuery(resource, query) {
	const errors = [];
	const page = intParam(query, 'page', { def: 0, min: 0 }, errors);
	const pageSize = intParam(query, 'pageSize', { def: 10, min: 1, max: 100 }, errors);
	const { sortBy, sortOrder = 'asc' } = query;
	if (sortBy !== undefined && !resource.sortFields.includes(sortBy)) {
		errors.push(`sortBy must be one of the following values: ${resource.sortFields.join(', ')}`);
	}
	if (!['asc', 'desc'].includes(sortOrder))
		errors.push('sortOrder must be one of the following values: asc, desc');
	const predicates = [];
	for (const name of resource.filters) {
		if (query[name] === undefined) continue;
		const predicate = filterPredicate(name, resource.fields[name], query[name], errors);
		if (predicate) predicates.push(predicate);
	}
	if (errors.length) throw badRequest(errors);
	return { page, pageSize, sortBy, sortOrder, predicates };
}

module.exports = { validateBody, parseListQuery, isUuid, DATE_RE };
