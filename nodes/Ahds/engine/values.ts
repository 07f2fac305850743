import { randomUUID } from 'crypto';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { FieldKind } from '../../shared/fields';
import { convert } from '../../shared/fields';
import {
	invalidParameter,
	isEmpty,
	toBoolean,
	toJson,
	toNumber,
	toText as toAnyText,
} from '../../shared/validate';
import { toOneOf } from '../../shared/choices';
import type { AhdsField } from '../resources';
import { ENTRY, ENTRY_MORE, VALUE, labelOf } from './fields';

/** Where values are read: the item, and the ID of the record being written (for list entries). */
export interface Reader {
	ctx: IExecuteFunctions;
	itemIndex: number;
	recordId?: string;
}

const toText = (reader: Reader, label: string, value: unknown): string =>
	toAnyText(reader.ctx, reader.itemIndex, label, value).trim();

/** A coded value from its three parts; all parts empty means "not set". */
function toCoding(reader: Reader, label: string, parts: IDataObject): IDataObject | undefined {
	const [code, system, display] = ['code', 'system', 'display'].map((part) =>
		isEmpty(parts[part]) ? undefined : toText(reader, `${label} ${titleOf(part)}`, parts[part]),
	);
	if (code === undefined && system === undefined && display === undefined) return undefined;
	if (code === undefined || system === undefined) {
		throw invalidParameter(
			reader.ctx,
			reader.itemIndex,
			label,
			'a code and the URI of its code system',
			parts,
		);
	}
	return display === undefined ? { code, system } : { code, system, display };
}

const titleOf = (part: string) => part[0].toUpperCase() + part.slice(1);

function toQuantity(reader: Reader, label: string, parts: IDataObject): IDataObject | undefined {
	if (isEmpty(parts.unit) && isEmpty(parts.system) && isEmpty(parts.value)) return undefined;
	const quantity: IDataObject = {
		value: toNumber(reader.ctx, reader.itemIndex, `${label} Value`, parts.value),
		unit: toText(reader, `${label} Unit`, parts.unit ?? ''),
	};
	if (quantity.unit === '') {
		throw invalidParameter(reader.ctx, reader.itemIndex, `${label} Unit`, 'a unit such as kg', '');
	}
	if (!isEmpty(parts.system)) quantity.system = toText(reader, `${label} System`, parts.system);
	return quantity;
}

/** A coded value of a list entry: the code picked from its list (node version 1.1), or its three parts. */
function entryCoding(reader: Reader, sub: AhdsField, entry: IDataObject, label: string) {
	const picked = entry[sub.name];
	const known = sub.codes?.values.find(({ code }) => code === picked);
	if (sub.codes && known)
		return { code: known.code, system: sub.codes.system, display: known.display };
	return toCoding(reader, label, {
		code: entry[`${sub.name}Code`],
		system: entry[`${sub.name}System`],
		display: entry[`${sub.name}Display`],
	});
}

/**
 * One entry of a list field (a contact detail): typed values (from node version 1.1 the technical ones
 * sit under the entry's Additional Fields), an empty label filled from a picked code, and the autofilled
 * IDs and times. A required field still empty then fails, naming it.
 */
function toEntry(reader: Reader, field: AhdsField, entry: IDataObject, n: number): IDataObject {
	const prefix = `${labelOf(field)} ${n + 1}`;
	const values = { ...entry, ...((entry[ENTRY_MORE] ?? {}) as IDataObject) };
	const label = (sub: AhdsField) => `${prefix} › ${labelOf(sub)}`;
	const result: IDataObject = {};
	for (const sub of field.fields ?? []) {
		const value =
			sub.type === 'coding'
				? entryCoding(reader, sub, values, label(sub))
				: isEmpty(values[sub.name])
					? undefined
					: toApiValue(reader, sub, label(sub), values[sub.name]);
		if (value !== undefined) result[sub.name] = value;
	}
	for (const sub of field.fields ?? []) {
		const fills = sub.codes?.fills;
		const coding = result[sub.name] as IDataObject | undefined;
		if (fills && result[fills] === undefined && coding?.display) result[fills] = coding.display;
	}
	for (const sub of field.fields ?? []) {
		if (sub.required && result[sub.name] === undefined && !isAutofilled(field, sub.name)) {
			throw invalidParameter(reader.ctx, reader.itemIndex, label(sub), 'a value', values[sub.name]);
		}
	}
	const { uuid, parentId, now } = field.autofill ?? {};
	if (uuid && result[uuid] === undefined) result[uuid] = randomUUID();
	if (parentId && reader.recordId !== undefined) result[parentId] = reader.recordId;
	const time = new Date().toISOString();
	for (const name of now ?? []) if (result[name] === undefined) result[name] = time;
	return result;
}

const isAutofilled = (field: AhdsField, name: string) =>
	field.autofill?.uuid === name ||
	field.autofill?.parentId === name ||
	(field.autofill?.now ?? []).includes(name);

/** The shared conversions of the scalar AHDS field types. */
const KINDS: Partial<Record<AhdsField['type'], FieldKind>> = {
	number: 'number',
	date: 'date',
	dateTime: 'dateTime',
	uuid: 'uuid',
	uuidList: 'uuidList',
	stringList: 'textList',
	decimal: 'decimal',
	json: 'json',
};

/**
 * Converts one field's n8n value into what AHDS takes, checking it on the way; undefined when the
 * field is empty. Errors name the field as the user sees it.
 */
export function toApiValue(
	reader: Reader,
	field: AhdsField,
	label: string,
	value: unknown,
): unknown {
	const { ctx, itemIndex } = reader;
	const kind = KINDS[field.type];
	if (kind !== undefined) return convert(ctx, itemIndex, label, value, kind);
	switch (field.type) {
		case 'coding':
			return toCoding(reader, label, ((value as IDataObject)?.[VALUE] ?? {}) as IDataObject);
		case 'quantity':
			return toQuantity(reader, label, ((value as IDataObject)?.[VALUE] ?? {}) as IDataObject);
		case 'objectList': {
			const entries = ((value as IDataObject)?.[ENTRY] ?? []) as IDataObject[];
			return entries.map((entry, n) => toEntry(reader, field, entry, n));
		}
		case 'boolean':
			return toBoolean(ctx, itemIndex, label, value);
		case 'integer': {
			const number = toNumber(ctx, itemIndex, label, value);
			if (!Number.isInteger(number))
				throw invalidParameter(ctx, itemIndex, label, 'a whole number', value);
			return number;
		}
		case 'options':
			return toOneOf(ctx, itemIndex, label, value, field.values ?? []);
		default:
			return toText(reader, label, value);
	}
}

/** The fields of a collection (Additional Fields, Update Fields, Filters), plus "More Fields (JSON)". */
export function readCollection(
	reader: Reader,
	values: IDataObject,
	fields: AhdsField[],
): IDataObject {
	const result: IDataObject = {};
	for (const field of fields) {
		const value = values[field.name];
		if (isEmpty(value)) continue;
		const converted = toApiValue(reader, field, labelOf(field), value);
		if (converted !== undefined) result[field.name] = converted;
	}
	if (!isEmpty(values.moreFields)) {
		const more = toJson(reader.ctx, reader.itemIndex, 'More Fields (JSON)', values.moreFields);
		Object.assign(result, more);
	}
	return result;
}

/** The required fields, which are top-level parameters; an empty one fails before any request. */
export function readRequired(reader: Reader, fields: AhdsField[]): IDataObject {
	const result: IDataObject = {};
	for (const field of fields) {
		const label = labelOf(field);
		const value = reader.ctx.getNodeParameter(field.name, reader.itemIndex, '') as unknown;
		const converted = isEmpty(value) ? undefined : toApiValue(reader, field, label, value);
		if (converted !== undefined) result[field.name] = converted;
		else if (field.type === 'objectList') result[field.name] = [];
		else throw invalidParameter(reader.ctx, reader.itemIndex, label, 'a value', value);
	}
	return result;
}
