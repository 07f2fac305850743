import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { byDisplayName, forVersions } from '../../shared/describe';
import { UUID_EXAMPLE } from '../../shared/validate';
import type { AhdsField } from '../resources';
import { V1_1 } from './version';

/** "ownerContactId" -> "Owner Contact ID". */
export function titleCase(name: string): string {
	const words = name
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.split(/[\s_-]+/)
		.filter((word) => word !== '');
	const special: Record<string, string> = { Id: 'ID', Ids: 'IDs', Url: 'URL' };
	return words
		.map((word) => word[0].toUpperCase() + word.slice(1))
		.map((word) => special[word] ?? word)
		.join(' ');
}

export const labelOf = (field: AhdsField) => field.label ?? titleCase(field.name);

/** Option names: enum values shown as they are when upper case ("OK"), else in Title Case ("Bank Transfer"). */
export function optionsOf(values: readonly string[]): INodePropertyOptions[] {
	return values
		.map((value) => ({ name: /^[A-Z0-9_]+$/.test(value) ? value : titleCase(value), value }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** The name of the fixed-collection option holding a coded value, a quantity, or the entries of a list. */
export const VALUE = 'value';
export const ENTRY = 'entry';

/** What a coded value's placeholders show when its field gives no example. */
const CODING_EXAMPLE = { code: 'ABC', system: 'urn:example:codes' };

/** The three parts of a coded value, as n8n parameters named `<prefix>code`, `<prefix>system`, ... */
function codingParts(
	prefix: string,
	labelPrefix: string,
	example = CODING_EXAMPLE,
): INodeProperties[] {
	const name = (part: string) => (prefix === '' ? part : `${prefix}${titleCase(part)}`);
	return [
		{
			displayName: `${labelPrefix}Code`,
			name: name('code'),
			type: 'string',
			default: '',
			placeholder: `e.g. ${example.code}`,
			description: 'The code',
		},
		{
			displayName: `${labelPrefix}System`,
			name: name('system'),
			type: 'string',
			default: '',
			placeholder: `e.g. ${example.system}`,
			description: 'The URI of the code system the code belongs to',
		},
		{
			displayName: `${labelPrefix}Display`,
			name: name('display'),
			type: 'string',
			default: '',
			description: 'Human-readable text of the code (optional)',
		},
	];
}

function group(field: AhdsField, title: string, values: INodeProperties[]): INodeProperties {
	return {
		displayName: labelOf(field),
		name: field.name,
		type: 'fixedCollection',
		placeholder: `Add ${title}`,
		default: {},
		description: field.description,
		options: [{ displayName: title, name: VALUE, values }],
	};
}

const QUANTITY_PARTS: INodeProperties[] = [
	{ displayName: 'Value', name: 'value', type: 'number', default: 0, description: 'The amount' },
	{
		displayName: 'Unit',
		name: 'unit',
		type: 'string',
		default: '',
		placeholder: 'e.g. kg',
		description: 'The unit of the amount',
	},
	{
		displayName: 'System',
		name: 'system',
		type: 'string',
		default: '',
		placeholder: 'e.g. http://unitsofmeasure.org',
		description: 'The URI of the unit system (optional)',
	},
];

/** The n8n parameter(s) of one field. A coded value inside a list entry becomes three flat parameters. */
export function fieldProperties(field: AhdsField, inEntry = false): INodeProperties[] {
	const base = {
		displayName: labelOf(field),
		name: field.name,
		description: field.description,
		...(field.placeholder ? { placeholder: field.placeholder } : {}),
	};
	switch (field.type) {
		case 'coding':
			return inEntry
				? codingParts(field.name, `${labelOf(field)} `, field.example)
				: [group(field, 'Coded Value', codingParts('', '', field.example))];
		case 'quantity':
			return [group(field, 'Quantity', QUANTITY_PARTS)];
		case 'objectList':
			return [
				{
					...base,
					type: 'fixedCollection',
					placeholder: `Add ${field.itemName ?? 'Entry'}`,
					typeOptions: { multipleValues: true },
					default: {},
					options: [
						{
							displayName: field.itemName ?? 'Entry',
							name: ENTRY,
							values: entryProperties(field.fields ?? []),
						},
					],
				},
			];
		default:
			return [scalarProperty(field, base)];
	}
}

/** The Type picker's option for a code the list does not have. */
export const CUSTOM_CODE = 'custom';

/** The entry fields grouped under "Additional Fields" from node version 1.1. */
export const ENTRY_MORE = 'additionalFields';

/**
 * The fields of one list entry (a contact detail). From node version 1.1 a coded value with `codes`
 * is picked from a list (its code, system and display fields stay for "Custom Code"), booleans with an
 * `initial` value start with it, and `advanced` fields sit under the entry's "Additional Fields".
 * Version 1 entries keep their flat fields and defaults.
 */
function entryProperties(fields: AhdsField[]): INodeProperties[] {
	const advanced = fields
		.filter((field) => field.advanced)
		.flatMap((f) => fieldProperties(f, true));
	// A picked code leads its entry (the Type of a contact detail says what its Value is).
	const main = fields.filter((field) => !field.advanced);
	const picked = main.filter((field) => field.codes);
	return [
		...[...picked, ...main.filter((field) => !field.codes)].flatMap(entryField),
		...forVersions(advanced, V1_1, true),
		...forVersions(
			[
				{
					displayName: 'Additional Fields',
					name: ENTRY_MORE,
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					options: byDisplayName(advanced),
				},
			],
			V1_1,
		),
	];
}

function entryField(field: AhdsField): INodeProperties[] {
	const [property] = fieldProperties(field, true);
	if (field.type === 'boolean' && field.initial !== undefined) {
		return [
			...forVersions([{ ...property, default: false }], V1_1, true),
			...forVersions([{ ...property, default: field.initial }], V1_1),
		];
	}
	if (field.type !== 'coding' || !field.codes) return fieldProperties(field, true);
	const first = field.codes.values[0].code;
	const picker: INodeProperties = {
		displayName: labelOf(field),
		name: field.name,
		type: 'options',
		options: [
			...field.codes.values.map(({ code, display }) => ({ name: display, value: code })),
			{
				name: 'Custom Code',
				value: CUSTOM_CODE,
				description: 'Any code of any code system, typed below',
			},
		].sort((a, b) => a.name.localeCompare(b.name)),
		default: first,
		description: field.description,
	};
	// Version 1 types the code, system and display; from 1.1 they are there for Custom Code.
	const parts = fieldProperties(field, true);
	return [
		...forVersions([picker], V1_1),
		...forVersions(parts, V1_1, true),
		...forVersions(parts, V1_1).map((part) => ({
			...part,
			displayOptions: {
				show: { ...part.displayOptions?.show, [field.name]: [CUSTOM_CODE] },
			},
		})),
	];
}

type Base = Pick<INodeProperties, 'displayName' | 'name' | 'description' | 'placeholder'>;

function scalarProperty(field: AhdsField, base: Base): INodeProperties {
	switch (field.type) {
		case 'boolean':
			return { ...base, type: 'boolean', default: false };
		case 'number':
			return { ...base, type: 'number', default: 0 };
		case 'integer':
			return { ...base, type: 'number', typeOptions: { numberPrecision: 0 }, default: 0 };
		case 'date':
		case 'dateTime':
			return { ...base, type: 'dateTime', default: '' };
		case 'options': {
			const options = optionsOf(field.values ?? []);
			return { ...base, type: 'options', options, default: options[0]?.value ?? '' };
		}
		case 'json':
			return { ...base, type: 'json', default: '' };
		case 'uuid':
			return { placeholder: `e.g. ${UUID_EXAMPLE}`, ...base, type: 'string', default: '' };
		case 'uuidList':
			return {
				placeholder: `e.g. ${UUID_EXAMPLE}, …`,
				...base,
				type: 'string',
				default: '',
			};
		case 'decimal':
			return { placeholder: 'e.g. 100.00', ...base, type: 'string', default: '' };
		default:
			return { ...base, type: 'string', default: '' };
	}
}

const SCALAR_TYPES = new Set([
	'string',
	'number',
	'integer',
	'boolean',
	'options',
	'uuid',
	'decimal',
]);
const SORT_TYPES = new Set(['string', 'number', 'integer', 'decimal', 'date', 'dateTime']);

/** The list filters: every scalar field that is not a date, unless the descriptor says otherwise. */
export const filterFields = (fields: AhdsField[]) =>
	fields.filter((field) => field.filter ?? SCALAR_TYPES.has(field.type));

/** What `sortBy` takes besides createdAt and updatedAt: text, number and date fields by default. */
export const sortFields = (fields: AhdsField[]) =>
	fields.filter((field) => field.sort ?? SORT_TYPES.has(field.type)).map((field) => field.name);

/** Every sortBy value of a resource, in the documented order (SEED): createdAt, updatedAt, then the fields. */
export const sortValues = (fields: AhdsField[]) => [
	'createdAt',
	'updatedAt',
	...sortFields(fields),
];

/** Collection options sorted by display name, as n8n's conventions want. */
export { byDisplayName };
