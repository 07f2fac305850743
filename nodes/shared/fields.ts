import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toDateOnly, toIsoDateTime } from './dates';
import { NODE_OPTIONS } from './describe';
import {
	invalidParameter,
	toBoolean,
	toDecimalString,
	toId,
	toInteger,
	toJson,
	toNumber,
	toText,
	toUuid,
	UUID_EXAMPLE,
} from './validate';
import { toIdList, toTextList, toUuidList } from './lists';

/** How a field's value is turned into what the API expects (anything else is sent as given). */
export type FieldKind =
	| 'id'
	| 'idList'
	| 'number'
	| 'date'
	| 'dateTime'
	| 'json'
	| 'uuid'
	| 'uuidList'
	| 'textList'
	| 'decimal'
	| { integer: [min: number, max: number] }
	| CustomKind;

/** A vendor's own conversion (a date format of its own, say); it names the parameter when it fails. */
export interface CustomKind {
	expected: string;
	convert: (ctx: IExecuteFunctions, itemIndex: number, label: string, value: unknown) => unknown;
}

export type FieldKinds = Record<string, FieldKind>;

/** The property that defines a field, among the properties (or the options of a collection among them). */
export function propertyOf(
	properties: INodeProperties[],
	name: string,
): INodeProperties | undefined {
	for (const property of properties) {
		if (property.name === name) return property;
		for (const option of (property.options ?? []) as INodeProperties[]) {
			if (option.name === name && option.displayName) return option;
		}
	}
	return undefined;
}

/** The label a user sees for a field, looked up in the properties that define it. */
export function labelOf(properties: INodeProperties[], name: string): string {
	return propertyOf(properties, name)?.displayName ?? name;
}

/** A resource locator's value inside a collection arrives as `{ __rl, mode, value }`: keep the value. */
export function unwrapLocators(values: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const [key, value] of Object.entries(values)) {
		const locator = value as IDataObject | null;
		result[key] =
			locator !== null && typeof locator === 'object' && locator.__rl === true
				? (locator.value as IDataObject[string])
				: value;
	}
	return result;
}

/**
 * Converts the values of a collection (Additional Fields, Update Fields, Filters) into API values,
 * validating each against its kind. Empty values are dropped; the key names are the API's.
 */
export function toApiFields(
	ctx: IExecuteFunctions,
	itemIndex: number,
	values: IDataObject,
	properties: INodeProperties[],
	kinds: FieldKinds = {},
): IDataObject {
	const result: IDataObject = {};
	for (const [name, value] of Object.entries(values)) {
		if (value === undefined || value === null || value === '') continue;
		const property = propertyOf(properties, name);
		const label = property?.displayName ?? name;
		const kind = kinds[name];
		const converted =
			kind === undefined && property !== undefined
				? ofType(ctx, itemIndex, property, value)
				: convert(ctx, itemIndex, label, value, kind);
		if (converted !== undefined) result[name] = converted;
	}
	return result;
}

/** Converts one value by its kind, checking it (a value of no kind is returned as given). */
export function convert(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	value: unknown,
	kind?: FieldKind,
): unknown {
	if (typeof kind === 'object' && 'convert' in kind)
		return kind.convert(ctx, itemIndex, label, value);
	if (typeof kind === 'object') {
		return toInteger(ctx, itemIndex, label, value, kind.integer[0], kind.integer[1]);
	}
	return kind === undefined ? value : CONVERTERS[kind](ctx, itemIndex, label, value);
}

/**
 * A value of a field without a kind, checked against the type of its parameter: an expression may give
 * anything (an object for a text field, text for a number, a list for a boolean), and what it gives is
 * refused, naming the parameter, before any request. Text takes numbers and booleans as their text;
 * a number takes numeric text; an option must be one of the options (when they are fixed).
 */
export function ofType(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: INodeProperties,
	value: unknown,
): unknown {
	const label = property.displayName;
	switch (property.type) {
		case 'string':
		case 'resourceLocator':
			return toText(ctx, itemIndex, label, value);
		case 'number':
			return toNumber(ctx, itemIndex, label, value);
		case 'boolean':
			return toBoolean(ctx, itemIndex, label, value);
		case 'options':
			return fixedOptions(property) === undefined
				? value
				: oneOption(ctx, itemIndex, property, value);
		case 'multiOptions': {
			if (!Array.isArray(value)) throw invalidParameter(ctx, itemIndex, label, 'a list', value);
			return fixedOptions(property) === undefined
				? value
				: value.map((entry) => oneOption(ctx, itemIndex, property, entry));
		}
		case 'collection':
		case 'fixedCollection':
			if (value === null || typeof value !== 'object' || Array.isArray(value))
				throw invalidParameter(ctx, itemIndex, label, 'a set of fields', value);
			return value;
		default:
			return value;
	}
}

/** The values of an options parameter, when they are fixed (not loaded from the API). */
function fixedOptions(property: INodeProperties): unknown[] | undefined {
	if (property.typeOptions?.loadOptionsMethod || !Array.isArray(property.options)) return undefined;
	return (property.options as Array<{ value?: unknown }>).map((option) => option.value);
}

/** One of the options of an options parameter; its text from an expression ("4" for 4) is taken too. */
function oneOption(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: INodeProperties,
	value: unknown,
): unknown {
	const values = fixedOptions(property) ?? [];
	const found = values.find(
		(option) => option === value || (typeof value === 'string' && String(option) === value),
	);
	if (found === undefined) {
		throw invalidParameter(
			ctx,
			itemIndex,
			property.displayName,
			`one of ${values.map(String).join(', ')}`,
			value,
		);
	}
	return found;
}

type Converter = (
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	value: unknown,
) => unknown;

const CONVERTERS: Record<Exclude<FieldKind, object>, Converter> = {
	id: toId,
	idList: toIdList,
	number: toNumber,
	date: toDateOnly,
	dateTime: toIsoDateTime,
	json: (ctx, itemIndex, label, value) => toJson(ctx, itemIndex, label, value, 'any'),
	uuid: toUuid,
	uuidList: toUuidList,
	textList: toTextList,
	decimal: toDecimalString,
};

const EXPECTED: Record<Exclude<FieldKind, object>, string> = {
	id: 'a numeric ID',
	idList: 'a list of numeric IDs',
	number: 'a number',
	date: 'a date such as 2024-03-20',
	dateTime: 'a date and time such as 2024-03-20T09:30:00Z',
	json: 'JSON',
	uuid: `a UUID such as ${UUID_EXAMPLE}`,
	uuidList: 'a list of UUIDs',
	textList: 'a list of texts',
	decimal: 'a decimal amount such as 100.00',
};

/**
 * Reads top-level parameters by name and converts them like toApiFields. A property marked
 * `required` that is empty fails here, naming the parameter, before any request.
 */
export function readParameters(
	ctx: IExecuteFunctions,
	itemIndex: number,
	properties: INodeProperties[],
	kinds: FieldKinds = {},
): IDataObject {
	const values: IDataObject = {};
	for (const property of properties) {
		const value = ctx.getNodeParameter(property.name, itemIndex, '', {
			extractValue: property.type === 'resourceLocator',
		}) as IDataObject[string];
		const empty =
			value === undefined ||
			value === null ||
			(typeof value === 'string' && value.trim() === '') ||
			(Array.isArray(value) && value.length === 0);
		if (property.required && empty) {
			const kind = kinds[property.name];
			const expected =
				kind === undefined
					? 'a value'
					: typeof kind === 'object'
						? 'convert' in kind
							? kind.expected
							: `a whole number from ${kind.integer[0]} to ${kind.integer[1]}`
						: EXPECTED[kind];
			throw invalidParameter(ctx, itemIndex, property.displayName, expected, value);
		}
		values[property.name] = value;
	}
	return toApiFields(ctx, itemIndex, values, properties, kinds);
}

/**
 * The body of a Create: the top-level parameters (required ones checked) and the values of an
 * "Additional Fields" collection, converted by kind.
 */
export function readCreateBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	primary: INodeProperties[],
	optional: INodeProperties[],
	kinds: FieldKinds = {},
	collection = 'additionalFields',
): IDataObject {
	return {
		...readParameters(ctx, itemIndex, primary, kinds),
		...readCollection(ctx, itemIndex, collection, optional, kinds),
	};
}

/**
 * The values of a collection parameter (Update Fields, Filters, Options), converted by kind; a picker
 * in the collection gives its value (a saved plain value, from before it was a picker, is read as is).
 * An "Options" collection's node options (Timeout, Concurrency) are the node's, and left out.
 */
export function readCollection(
	ctx: IExecuteFunctions,
	itemIndex: number,
	name: string,
	properties: INodeProperties[],
	kinds: FieldKinds = {},
): IDataObject {
	const values = unwrapLocators(ctx.getNodeParameter(name, itemIndex, {}) as IDataObject);
	if (name === 'options') for (const option of NODE_OPTIONS) delete values[option];
	return toApiFields(ctx, itemIndex, values, properties, kinds);
}
