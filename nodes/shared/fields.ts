import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toDateOnly, toIsoDateTime } from './dates';
import {
	invalidParameter,
	toDecimalString,
	toId,
	toIdList,
	toInteger,
	toJson,
	toNumber,
	toTextList,
	toUuid,
	toUuidList,
	UUID_EXAMPLE,
} from './validate';

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
	| { integer: [min: number, max: number] };

export type FieldKinds = Record<string, FieldKind>;

/** The label a user sees for a field, looked up in the properties that define it. */
export function labelOf(properties: INodeProperties[], name: string): string {
	for (const property of properties) {
		if (property.name === name) return property.displayName;
		for (const option of (property.options ?? []) as INodeProperties[]) {
			if (option.name === name && option.displayName) return option.displayName;
		}
	}
	return name;
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
		const label = labelOf(properties, name);
		const converted = convert(ctx, itemIndex, label, value, kinds[name]);
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
	if (typeof kind === 'object') {
		return toInteger(ctx, itemIndex, label, value, kind.integer[0], kind.integer[1]);
	}
	switch (kind) {
		case 'id':
			return toId(ctx, itemIndex, label, value);
		case 'idList':
			return toIdList(ctx, itemIndex, label, value);
		case 'number':
			return toNumber(ctx, itemIndex, label, value);
		case 'date':
			return toDateOnly(ctx, itemIndex, label, value);
		case 'dateTime':
			return toIsoDateTime(ctx, itemIndex, label, value);
		case 'json':
			return toJson(ctx, itemIndex, label, value, 'any');
		case 'uuid':
			return toUuid(ctx, itemIndex, label, value);
		case 'uuidList':
			return toUuidList(ctx, itemIndex, label, value);
		case 'textList':
			return toTextList(ctx, itemIndex, label, value);
		case 'decimal':
			return toDecimalString(ctx, itemIndex, label, value);
		default:
			return value;
	}
}

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
						? `a whole number from ${kind.integer[0]} to ${kind.integer[1]}`
						: EXPECTED[kind];
			throw invalidParameter(ctx, itemIndex, property.displayName, expected, value);
		}
		values[property.name] = value;
	}
	return toApiFields(ctx, itemIndex, values, properties, kinds);
}
