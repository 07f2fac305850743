import type { INodeProperties } from 'n8n-workflow';

export interface LocatorOptions {
	description?: string;
	/** Default true. An optional locator may be left empty. */
	required?: boolean;
	/** The "From List" placeholder; default "Select a <name>...". */
	placeholder?: string;
}

/** A resource locator for a numeric ID: "From List" (searchable, the default mode) or "By ID". */
export function idLocator(
	name: string,
	displayName: string,
	searchListMethod: string,
	{ description, required = true, placeholder }: LocatorOptions = {},
): INodeProperties {
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
				placeholder: placeholder ?? `Select a ${displayName.toLowerCase()}...`,
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
						// An optional locator may stay empty: n8n checks the regex even then.
						properties: {
							regex: required ? '^\\d+$' : '^\\d*$',
							errorMessage: 'Enter a numeric ID',
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
