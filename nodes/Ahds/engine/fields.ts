import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { UUID_EXAMPLE } from '../../shared/validate';
import type { AhdsField } from '../resources';

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

/** The three parts of a coded value, as n8n parameters named `<prefix>code`, `<prefix>system`, ... */
function codingParts(prefix: string, labelPrefix: string): INodeProperties[] {
	const name = (part: string) => (prefix === '' ? part : `${prefix}${titleCase(part)}`);
	return [
		{
			displayName: `${labelPrefix}Code`,
			name: name('code'),
			type: 'string',
			default: '',
			placeholder: 'e.g. phone',
			description: 'The code',
		},
		{
			displayName: `${labelPrefix}System`,
			name: name('system'),
			type: 'string',
			default: '',
			placeholder: 'e.g. http://hl7.org/fhir/contact-point-system',
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
				? codingParts(field.name, `${labelOf(field)} `)
				: [group(field, 'Coded Value', codingParts('', ''))];
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
							values: (field.fields ?? []).flatMap((sub) => fieldProperties(sub, true)),
						},
					],
				},
			];
		default:
			return [scalarProperty(field, base)];
	}
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
export const byDisplayName = (properties: INodeProperties[]) =>
	[...properties].sort((a, b) => a.displayName.localeCompare(b.displayName));
