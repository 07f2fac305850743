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

/** A "Sort" list of field + direction pairs over the given sortable fields (by default starting at createdAt). */
export function sortRules(
	fields: Array<{ name: string; value: string }>,
	defaultField = 'createdAt',
): INodeProperties {
	return {
		displayName: 'Sort',
		name: 'sort',
		type: 'fixedCollection',
		placeholder: 'Add Sort Rule',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		description: 'Sort the results; the first rule has the highest priority',
		options: [
			{
				displayName: 'Rule',
				name: 'rules',
				values: [
					{
						displayName: 'Field',
						name: 'field',
						type: 'options',
						options: fields,
						default: defaultField,
						description: 'Field to sort by',
					},
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
