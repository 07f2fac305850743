import type { INodeProperties } from 'n8n-workflow';

import { withArticle } from './operation';
import { UUID_EXAMPLE } from './validate';

export interface LocatorOptions {
	description?: string;
	/** Default true. An optional locator may be left empty. */
	required?: boolean;
	/** The "From List" placeholder; default "Select a <name>..." ("an" where English wants it). */
	placeholder?: string;
	/** The list needs a search text (too long to list whole): n8n asks the user to type first. */
	searchRequired?: boolean;
	/** What "By ID" takes: a numeric ID (default) or a UUID. */
	id?: 'number' | 'uuid';
}

const BY_ID = {
	number: { pattern: '\\d+', example: '42', error: 'Enter a numeric ID' },
	uuid: {
		pattern: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
		example: UUID_EXAMPLE,
		error: 'Enter a UUID',
	},
};

/** A resource locator for a numeric ID (or a UUID): "From List" (searchable, the default mode) or "By ID". */
export function idLocator(
	name: string,
	displayName: string,
	searchListMethod: string,
	{ description, required = true, placeholder, searchRequired, id = 'number' }: LocatorOptions = {},
): INodeProperties {
	const byId = BY_ID[id];
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required,
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: placeholder ?? `Select ${withArticle(displayName.toLowerCase())}...`,
				typeOptions: {
					searchListMethod,
					searchable: true,
					...(searchRequired ? { searchFilterRequired: true } : {}),
				},
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: `e.g. ${byId.example}`,
				validation: [
					{
						type: 'regex',
						// An optional locator may stay empty: n8n checks the regex even then.
						properties: {
							regex: required ? `^${byId.pattern}$` : `^(${byId.pattern})?$`,
							errorMessage: byId.error,
						},
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
