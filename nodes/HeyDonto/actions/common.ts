import type { INodeProperties } from 'n8n-workflow';

import { idLocator as sharedIdLocator } from '../../shared/locators';

export { idField } from '../../shared/locators';

/** A required resource locator with "From list" (searchable) and "By ID" (numeric). */
export function idLocator(
	name: string,
	displayName: string,
	searchListMethod: string,
	description?: string,
): INodeProperties {
	return sharedIdLocator(name, displayName, searchListMethod, { description });
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
