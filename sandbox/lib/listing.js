'use strict';
/**
 * List-query mechanics for `{ data, meta }` endpoints: `page` (0-based), `pageSize` (1-100),
 * multi-sort `sortBy[i][field|dir]`, and declarative filters. Every problem is reported in one 400.
 *
 * Filters: { param, kind, fields? }
 *   contains: case-insensitive substring on any of `fields` (default [param])
 *   ids:      one or many integers (`x=1&x=2`, `x[]=1`, `x[0]=1`), matches `fields[0]` (default param)
 *   bool:     'true' | 'false'
 */
const { badRequest } = require('./http');

const DIRS = ['asc', 'desc'];

const asList = (v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

function intParam(query, name, { def, min, max }, errors) {
	const raw = query[name];
	if (raw === undefined || raw === '') return def;
	const n = typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
	let problem = null;
	if (!Number.isInteger(n)) problem = 'must be an integer number';
	else if (n < min) problem = `must not be less than ${min}`;
	else if (max !== undefined && n > max) problem = `must not be greater than ${max}`;
	if (!problem) return n;
	errors.push(`${name} ${problem}`);
	return def;
}

/** Integers from a repeated/array query param, or undefined when absent. */
function intList(query, name, errors) {
	const list = asList(query[name]);
	if (!list) return undefined;
	const nums = list.map((v) =>
		typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : NaN,
	);
	if (nums.some((n) => !Number.isInteger(n))) {
		errors.push(`each value in ${name} must be a number conforming to the specified constraints`);
		return undefined;
	}
	return nums;
}

function boolParam(query, name, errors) {
	const raw = query[name];
	if (raw === undefined) return undefined;
	if (raw === 'true' || raw === 'false') return raw === 'true';
	errors.push(`${name} must be a boolean value`);
	return undefined;
}

/** A `YYYY-MM-DD` calendar date (validated), or undefined when absent. */
function dateParam(query, name, errors) {
	const raw = query[name];
	if (raw === undefined || raw === '') return undefined;
	const valid =
		typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(raw));
	if (valid && new Date(raw).toISOString().slice(0, 10) === raw) return raw;
	errors.push(`${name} must be a valid date in YYYY-MM-DD format`);
	return undefined;
}

function parseSort(query, fields, errors) {
	const raw = query.sortBy;
	if (raw === undefined) return [];
	if (!Array.isArray(raw)) {
		errors.push('sortBy must be an array');
		return [];
	}
	return raw.map((item, i) => {
		const field = item && typeof item === 'object' ? item.field : undefined;
		const dir = item && typeof item === 'object' && item.dir !== undefined ? item.dir : 'asc';
		if (!fields.includes(field)) {
			errors.push(`sortBy.${i}.field must be one of the following values: ${fields.join(', ')}`);
		}
		if (!DIRS.includes(dir))
			errors.push(`sortBy.${i}.dir must be one of the following values: asc, desc`);
		return { field, dir };
	});
}

function buildFilter(query, filter, errors) {
	const fields = filter.fields || [filter.param];
	if (filter.kind === 'contains') {
		const raw = query[filter.param];
		if (raw === undefined || raw === '') return null;
		const needle = String(Array.isArray(raw) ? raw[0] : raw).toLowerCase();
		return (row) =>
			fields.some((f) =>
				String(row[f] ?? '')
					.toLowerCase()
					.includes(needle),
			);
	}
	if (filter.kind === 'ids') {
		const ids = intList(query, filter.param, errors);
		return ids ? (row) => ids.includes(row[fields[0]]) : null;
	}
	if (filter.kind === 'bool') {
		const b = boolParam(query, filter.param, errors);
		return b === undefined ? null : (row) => Boolean(row[fields[0]]) === b;
	}
	throw new Error(`unknown filter kind ${filter.kind}`);
}

/** Parses page, pageSize, sortBy and filters; throws one 400 with every message. */
function parseListQuery(query, { sortFields, filters = [] }) {
	const errors = [];
	const page = intParam(query, 'page', { def: 0, min: 0 }, errors);
	const pageSize = intParam(query, 'pageSize', { def: 10, min: 1, max: 100 }, errors);
	const sortBy = parseSort(query, sortFields, errors);
	const predicates = filters.map((f) => buildFilter(query, f, errors)).filter(Boolean);
	if (errors.length) throw badRequest(errors);
	return { page, pageSize, sortBy, predicates };
}

function compareValues(a, b) {
	if (a === b) return 0;
	if (a === undefined || a === null) return 1;
	if (b === undefined || b === null) return -1;
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	return String(a).localeCompare(String(b), 'en', { sensitivity: 'base' });
}

/** Stable multi-key sort; ties (and no sortBy) fall back to id ascending. */
function sortRows(rows, sortBy) {
	const keys = [...sortBy, { field: 'id', dir: 'asc' }];
	return [...rows].sort((x, y) => {
		for (const { field, dir } of keys) {
			const c = compareValues(x[field], y[field]);
			if (c !== 0) return dir === 'desc' ? -c : c;
		}
		return 0;
	});
}

/** Filter, sort and slice into `{ data, meta: { page, pageSize, total, totalPages } }`. */
function listPage(rows, listQuery, view = (r) => r) {
	const { page, pageSize, sortBy, predicates } = listQuery;
	const matching = sortRows(
		rows.filter((r) => predicates.every((p) => p(r))),
		sortBy,
	);
	const total = matching.length;
	return {
		data: matching.slice(page * pageSize, page * pageSize + pageSize).map(view),
		meta: { page, pageSize, total, totalPages: Math.ceil(total / pageSize) },
	};
}

module.exports = { parseListQuery, listPage, sortRows, intList, boolParam, dateParam, asList };
