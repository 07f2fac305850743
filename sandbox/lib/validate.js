'use strict';
/**
 * Body validation with class-validator style messages (what NestJS' ValidationPipe returns):
 * `{ statusCode: 400, message: ['name must be a string', 'address should not be empty'], error: 'Bad Request' }`.
 *
 * A schema maps field -> rule: { type, required, default, min, max, minLength, values, each, fields }.
 * types: string | number | integer | boolean | object | array | email | isoDate | enum.
 * Only schema fields are kept (whitelist), in schema order. Optional fields may be null or absent.
 */
const { badRequest } = require('./http');

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
const NUMBER_MSG = 'must be a number conforming to the specified constraints';

/** Type check; returns an error message (without the field name) or null. */
function typeError(rule, v) {
	switch (rule.type) {
		case 'string':
			return typeof v === 'string' ? null : 'must be a string';
		case 'email':
			return typeof v === 'string' && EMAIL_RE.test(v) ? null : 'must be an email';
		case 'number':
			return isNumber(v) ? null : NUMBER_MSG;
		case 'integer':
			return Number.isInteger(v) ? null : 'must be an integer number';
		case 'boolean':
			return typeof v === 'boolean' ? null : 'must be a boolean value';
		case 'object':
			return isPlainObject(v) ? null : 'must be an object';
		case 'array':
			return Array.isArray(v) ? null : 'must be an array';
		case 'isoDate':
			return typeof v === 'string' && ISO_DATE_RE.test(v) && !Number.isNaN(Date.parse(v))
				? null
				: 'must be a valid ISO 8601 date string';
		case 'enum':
			return rule.values.includes(v)
				? null
				: `must be one of the following values: ${rule.values.join(', ')}`;
		default:
			throw new Error(`unknown rule type ${rule.type}`);
	}
}

function checkField(name, rule, v, errors) {
	const typeMsg = typeError(rule, v);
	if (typeMsg) return errors.push(`${name} ${typeMsg}`);
	if (rule.notEmpty && v === '') errors.push(`${name} should not be empty`);
	if (rule.minLength !== undefined && v.length < rule.minLength) {
		errors.push(`${name} must be longer than or equal to ${rule.minLength} characters`);
	}
	if (rule.min !== undefined && v < rule.min)
		errors.push(`${name} must not be less than ${rule.min}`);
	if (rule.max !== undefined && v > rule.max)
		errors.push(`${name} must not be greater than ${rule.max}`);
	if (rule.each === 'number' && !v.every(isNumber))
		errors.push(`each value in ${name} ${NUMBER_MSG}`);
	if (rule.each === 'id' && !v.every((x) => isNumber(x) || (typeof x === 'string' && x !== ''))) {
		errors.push(`each value in ${name} must be a number or a string`);
	}
	if (rule.fields) collect(v, rule.fields, errors, `${name}.`);
}

function collect(input, schema, errors, prefix = '') {
	const body = isPlainObject(input) ? input : {};
	const value = {};
	for (const [field, rule] of Object.entries(schema)) {
		const v = body[field];
		const name = prefix + field;
		if (v === undefined || v === null || (rule.required && v === '')) {
			if (rule.required) errors.push(`${name} should not be empty`);
			else if (v === null) value[field] = null;
			else if (rule.default !== undefined) value[field] = rule.default;
			continue;
		}
		checkField(name, rule, v, errors);
		value[field] = v;
	}
	return value;
}

/** Validates and whitelists `input`; throws a 400 listing every problem. */
function validate(input, schema) {
	const errors = [];
	const value = collect(input, schema, errors);
	if (errors.length) throw badRequest(errors);
	return value;
}

/** Same schema with every field optional and no defaults (for partial updates). */
const partial = (schema) =>
	Object.fromEntries(
		Object.entries(schema).map(([k, rule]) => [
			k,
			{ ...rule, required: false, default: undefined },
		]),
	);

module.exports = { validate, partial, isPlainObject, typeError };
