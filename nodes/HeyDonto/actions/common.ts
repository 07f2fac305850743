import type { INodeProperties } from 'n8n-workflow';

/** A resource locator with "From list" (searchable) and "By ID" (numeric). */
export function idLocator(
	name: string,
	displayName: string,
	searchListMethod: string,
	description?: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select a ${displayName.toLowerCase()}...`,
				typeOptions: { searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 42',
				validation: [
					{
						type: 'regex',
						properties: { regex: '^\\d+$', errorMessage: 'Enter a numeric ID' },
					},
				],
			},
		],
	};
}

/** A plain numeric ID parameter, for records that have no list to pick from. */
export function idField(name: string, displayName: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 42',
		description: `The numeric ID of the ${displayName.replace(/ ID$/, '').toLowerCase()}`,
	};
}

export const siteLocator = idLocator('siteId', 'Site', 'searchSites', 'The HeyDonto site');

/** A list of IDs typed as text; an expression may also return an array. */
export function idListField(
	name: string,
	displayName: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		placeholder: 'e.g. 10, 11, 12',
		description: `${description}. Comma-separated numeric IDs, or an expression returning an array.`,
	};
}

export const enabledField: INodeProperties = {
	displayName: 'Is Enabled',
	name: 'isEnabled',
	type: 'boolean',
	default: true,
	description: 'Whether the record is enabled',
};

export const titleField = (what: string, placeholder: string): INodeProperties => ({
	displayName: 'Title',
	name: 'title',
	type: 'string',
	default: '',
	placeholder: `e.g. ${placeholder}`,
	description: `The title of the ${what}`,
});

export const standardSortFields = [
	{ name: 'Created At', value: 'createdAt' },
	{ name: 'ID', value: 'id' },
	{ name: 'Title', value: 'title' },
	{ name: 'Updated At', value: 'updatedAt' },
];
