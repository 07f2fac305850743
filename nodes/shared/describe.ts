import type { IDisplayOptions, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/** Scopes properties to the given resource/operation (n8n's updateDisplayOptions, which nodes-base does not export). */
export function updateDisplayOptions(
	displayOptions: IDisplayOptions,
	properties: INodeProperties[],
): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: mergeDisplayOptions(displayOptions, property.displayOptions),
	}));
}

function mergeDisplayOptions(outer: IDisplayOptions, inner?: IDisplayOptions): IDisplayOptions {
	if (!inner) return outer;
	const merged: IDisplayOptions = {};
	if (outer.show || inner.show) merged.show = { ...outer.show, ...inner.show };
	if (outer.hide || inner.hide) merged.hide = { ...outer.hide, ...inner.hide };
	return merged;
}

/** Shows properties only for one resource and operation (or several operations sharing them). */
export function forOperation(
	resource: string,
	operation: string | string[],
	properties: INodeProperties[],
): INodeProperties[] {
	return updateDisplayOptions(
		{
			show: {
				resource: [resource],
				operation: Array.isArray(operation) ? operation : [operation],
			},
		},
		properties,
	);
}

/**
 * n8n's light node versioning: a property shown only from a node version on, or only before it.
 * Saved workflows keep their node's version, so they keep the parameters and defaults they were built with.
 */
export const fromVersion = (version: number): IDisplayOptions => ({
	show: { '@version': [{ _cnd: { gte: version } }] },
});

export const beforeVersion = (version: number): IDisplayOptions => ({
	show: { '@version': [{ _cnd: { lt: version } }] },
});

/** The properties, shown only from a node version on (or only before it, with `before`). */
export function forVersions(
	properties: INodeProperties[],
	version: number,
	before = false,
): INodeProperties[] {
	return updateDisplayOptions(before ? beforeVersion(version) : fromVersion(version), properties);
}

/** The node version of an item's node (n8n's typeVersion). */
export const nodeVersion = (ctx: IExecuteFunctions) => ctx.getNode().typeVersion;

/** Return All + Limit, as n8n's lint and users expect them. */
export function returnAllAndLimit(maxLimit?: number): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1, ...(maxLimit ? { maxValue: maxLimit } : {}) },
			displayOptions: { show: { returnAll: [false] } },
			description: 'Max number of results to return',
		},
	];
}

/** The values of returnAllAndLimit() for one item. */
export function readReturnAllAndLimit(
	ctx: IExecuteFunctions,
	itemIndex: number,
): { returnAll: boolean; limit: number } {
	return {
		returnAll: ctx.getNodeParameter('returnAll', itemIndex) as boolean,
		limit: ctx.getNodeParameter('limit', itemIndex, 50) as number,
	};
}

/**
 * What an "Options" collection holds for the node rather than for the API: Timeout (the transport reads
 * it for every request of the item) and Concurrency (the item loop). readCollection never sends them,
 * so an operation whose Options go to the API as they are (HeyDonto's Get Open Slots, AlfaDocs' free
 * slots) can hold them too.
 */
export const NODE_OPTIONS = ['timeout', 'concurrency'];

/**
 * Options › Timeout, as n8n's HTTP Request node has it (milliseconds), with the vendor's default. The
 * transport reads it for every request of the item (nodes/shared/transport.ts).
 */
export function timeoutOption(vendor: string, defaultMs: number): INodeProperties {
	return {
		displayName: 'Timeout',
		name: NODE_OPTIONS[0],
		type: 'number',
		typeOptions: { minValue: 1 },
		default: defaultMs,
		description: `Time in ms to wait for ${vendor} to answer a request before giving up. A read (GET) without an answer is tried again, 4 times in all; a write is not sent again, as ${vendor} may have applied it.`,
	};
}

const COLLECTIONS = {
	additionalFields: ['Additional Fields', 'Add Field'],
	updateFields: ['Update Fields', 'Add Field'],
	filters: ['Filters', 'Add Filter'],
	options: ['Options', 'Add Option'],
} as const;

/** An "Additional Fields" (create), "Update Fields", "Filters" or "Options" collection. */
export function collection(
	name: keyof typeof COLLECTIONS,
	options: INodeProperties[],
): INodeProperties {
	const [displayName, placeholder] = COLLECTIONS[name];
	return { displayName, name, type: 'collection', placeholder, default: {}, options };
}

/** The most items (and requests) a node run may have in flight: Options › Concurrency's maximum. */
export const MAX_CONCURRENCY = 100;

/**
 * Options › Concurrency, shown for the operations that only read (`reads`): how many items, and
 * requests, a run has in flight at once. `vendorNote` says why the vendor's default is what it is.
 */
export function concurrencyOption(
	defaultValue: number,
	reads: readonly string[],
	vendorNote: string,
): INodeProperties {
	return {
		displayName: 'Concurrency',
		name: NODE_OPTIONS[1],
		type: 'number',
		default: defaultValue,
		typeOptions: { minValue: 1, maxValue: MAX_CONCURRENCY, numberPrecision: 0 },
		displayOptions: { show: { '/operation': [...reads] } },
		description: `How many items the node reads at once, each with its own requests (pages of Return All included, never more requests in flight than this). Output keeps the order of the input. Operations that create, change or delete run one item at a time. ${vendorNote}`,
	};
}

/** Collection options in the order n8n's conventions want: by label. */
export const byDisplayName = (properties: INodeProperties[]) =>
	[...properties].sort((a, b) => a.displayName.localeCompare(b.displayName));

/** A text field with an example ("e.g. ...") as its placeholder. */
export const textField = (
	name: string,
	displayName: string,
	example: string,
	description: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder: `e.g. ${example}`,
	description,
});

/** Ascending and descending, as sort directions are offered. */
export const SORT_DIRECTIONS = [
	{ name: 'Ascending', value: 'asc' },
	{ name: 'Descending', value: 'desc' },
];

export interface SortOptions {
	/** Whether the API takes several rules (HeyDonto) or one (AHDS). Default true. */
	multiple?: boolean;
	/** The field a new rule starts with. Default createdAt. */
	defaultField?: string;
}

/**
 * "Sort": rules of field + direction (the first rule has the highest priority), over the given sortable
 * fields, or any field name typed as text when `fields` is undefined. n8n's Airtable node sorts so.
 */
export function sortRules(
	fields: Array<{ name: string; value: string }> | undefined,
	{ multiple = true, defaultField = 'createdAt' }: SortOptions = {},
): INodeProperties {
	const field: INodeProperties = fields
		? {
				displayName: 'Field',
				name: 'field',
				type: 'options',
				options: fields,
				default: defaultField,
				description: 'Field to sort by',
			}
		: {
				displayName: 'Field',
				name: 'field',
				type: 'string',
				default: defaultField,
				placeholder: 'e.g. createdAt',
				description: 'Field to sort by, as the API names it',
			};
	return {
		displayName: 'Sort',
		name: 'sort',
		type: 'fixedCollection',
		placeholder: 'Add Sort Rule',
		typeOptions: multiple ? { multipleValues: true, sortable: true } : {},
		default: {},
		description: multiple ? 'Sort the results; the first rule has the highest priority' : undefined,
		options: [
			{
				displayName: 'Rule',
				name: 'rules',
				values: [
					field,
					{
						displayName: 'Direction',
						name: 'dir',
						type: 'options',
						options: SORT_DIRECTIONS,
						default: 'asc',
						description: 'Sort direction',
					},
				],
			},
		],
	};
}

/** The rules of sortRules() for one item: every rule, or the one rule of a single-rule Sort. */
export function readSortRules(
	ctx: IExecuteFunctions,
	itemIndex: number,
): Array<{ field: string; dir: string }> {
	const rules = ctx.getNodeParameter('sort.rules', itemIndex, []) as
		| Array<{ field: string; dir: string }>
		| { field: string; dir: string };
	return Array.isArray(rules) ? rules : [rules];
}
