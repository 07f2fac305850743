'use strict';
/** AlfaDocs-style request checks: each problem is a 400 `{error: "<message>"}`. */
const { fail } = require('./access');
const { stamp } = require('./data');

const DAY = 86400000;
const first = (value) => (Array.isArray(value) ? value[0] : value);
const isDate = (text) =>
	typeof text === 'string' &&
	/^\d{4}-\d{2}-\d{2}$/.test(text) &&
	new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
const isDateTime = (text) =>
	typeof text === 'string' &&
	/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(text) &&
	isDate(text.slice(0, 10)) &&
	Number(text.slice(11, 13)) < 24 &&
	Number(text.slice(14, 16)) < 60;

/** A `Y-m-d` query date (or, with `dateTime`, also `Y-m-d H:i:s`), as its Y-m-d part. */
function queryDate(query, name, { dateTime = false } = {}) {
	const raw = first(query[name]);
	if (raw === undefined || raw === '') return undefined;
	if (isDate(raw) || (dateTime && isDateTime(raw))) return raw.slice(0, 10);
	throw fail(
		400,
		`${name} must be a date in ${dateTime ? 'Y-m-d or Y-m-d H:i:s' : 'Y-m-d'} format`,
	);
}

const today = () => new Date().toISOString().slice(0, 10);
const addDays = (ymd, days) =>
	new Date(Date.parse(`${ymd}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/**
 * The date window of a list: dateStart/dateEnd (both included), refused beyond `maxDays` calendar days
 * (SEED: appointments 30, bills and transactions 31), with the documented defaults.
 */
function dateWindow(query, { maxDays, dateTime, defaults }) {
	let start = queryDate(query, 'dateStart', { dateTime });
	let end = queryDate(query, 'dateEnd', { dateTime });
	if (start === undefined && end === undefined) [start, end] = defaults();
	else if (start === undefined) start = addDays(end, -(maxDays - 1));
	else if (end === undefined) end = addDays(start, maxDays - 1);
	if (end < start) throw fail(400, 'dateEnd must not be before dateStart');
	const days = Math.round((Date.parse(end) - Date.parse(start)) / DAY) + 1;
	if (days > maxDays) throw fail(400, `The maximum date range is ${maxDays} days (asked: ${days})`);
	return { start, end };
}

/** Body checks: required fields, types and enums; every problem in one 400. */
function checkBody(body, rules) {
	const value = body && typeof body === 'object' && !Array.isArray(body) ? body : {};
	const problems = [];
	for (const [name, rule] of Object.entries(rules)) {
		const v = value[name];
		if (v === undefined || v === null || v === '') {
			if (rule.required) problems.push(`${name} is required`);
			continue;
		}
		const bad =
			(rule.type === 'string' && typeof v !== 'string') ||
			(rule.type === 'integer' && !Number.isInteger(v)) ||
			(rule.type === 'number' && (typeof v !== 'number' || !Number.isFinite(v))) ||
			(rule.type === 'boolean' && typeof v !== 'boolean') ||
			(rule.type === 'date' && !isDate(v)) ||
			(rule.type === 'dateTime' && !isDateTime(v)) ||
			(rule.type === 'array' && !Array.isArray(v)) ||
			(rule.values && !rule.values.includes(v));
		if (bad) {
			const expected = rule.values
				? `one of ${rule.values.join(', ')}`
				: {
						string: 'a string',
						integer: 'an integer',
						number: 'a number',
						boolean: 'a boolean',
						date: 'a date (Y-m-d)',
						dateTime: 'a date-time (Y-m-d H:i:s)',
						array: 'an array',
					}[rule.type];
			problems.push(`${name} must be ${expected}`);
		}
	}
	if (problems.length) throw fail(400, problems.join('; '));
	return value;
}

/** A path ID: a positive integer, else 400. */
function pathId(ctx, name) {
	const raw = ctx.params[name];
	if (!/^[1-9]\d*$/.test(raw)) throw fail(400, `${name} must be an integer`);
	return Number(raw);
}

const now = () => stamp(Date.now() + 60 * 60000);

module.exports = {
	first,
	isDate,
	isDateTime,
	queryDate,
	dateWindow,
	checkBody,
	pathId,
	today,
	addDays,
	now,
};
