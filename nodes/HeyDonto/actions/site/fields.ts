import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { byDisplayName } from '../../../shared/describe';
import type { FieldKinds } from '../../../shared/fields';
import { idLocator } from '../../../shared/locators';
import { invalidParameter } from '../../../shared/validate';
import { brandPicker, idListField, organizationPicker } from '../common';

/** The site's address as HeyDonto's API document shows it (SEED): `{street, city, zipCode}`. */
export const addressField: INodeProperties = {
	displayName: 'Address',
	name: 'address',
	type: 'fixedCollection',
	placeholder: 'Add Address',
	default: {},
	description: 'The address of the site',
	options: [
		{
			displayName: 'Address',
			name: 'value',
			values: [
				{
					displayName: 'Street',
					name: 'street',
					type: 'string',
					default: '',
					placeholder: 'e.g. 123 Main St',
				},
				{
					displayName: 'City',
					name: 'city',
					type: 'string',
					default: '',
					placeholder: 'e.g. New York',
				},
				{
					displayName: 'Zip Code',
					name: 'zipCode',
					type: 'string',
					default: '',
					placeholder: 'e.g. 10001',
				},
			],
		},
	],
};

/** Reads an Address fixed collection value into `{street, city, zipCode}`, or undefined when empty. */
export function addressFrom(
	ctx: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
	required: boolean,
): IDataObject | undefined {
	const address = ((value as IDataObject | undefined)?.value ?? {}) as IDataObject;
	const filled = Object.fromEntries(
		Object.entries(address).filter(([, part]) => typeof part === 'string' && part.trim() !== ''),
	);
	if (Object.keys(filled).length > 0) return filled;
	if (required)
		throw invalidParameter(ctx, itemIndex, 'Address', 'a street, city and zip code', value);
	return undefined;
}

export const dentalServicesField: INodeProperties = {
	displayName: 'Dental Service Names or IDs',
	name: 'dentalServiceIds',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getDentalServices' },
	default: [],
	description:
		'The dental services the site offers. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const dentalPracticesField = idListField(
	'dentalPracticeIds',
	'Dental Practice IDs',
	'The dental practices associated with the site',
);

/** Optional site fields of HeyDonto's API document (SEED; clientAccountId from the newer DOCS), named as the API names them. */
export const siteOptionalFields: INodeProperties[] = byDisplayName([
	{
		displayName: 'AnyDesk IP',
		name: 'anyDeskIp',
		type: 'string',
		default: '',
		placeholder: 'e.g. 192.168.1.1',
		description: 'The AnyDesk address for remote access to the site',
	},
	brandPicker('The brand the site belongs to'),
	{
		displayName: 'Brand Title',
		name: 'brandTitle',
		type: 'string',
		default: '',
		placeholder: 'e.g. BrandCorp',
		description: 'The title of the new brand, with Create New Brand',
	},
	{
		displayName: 'Client Account ID',
		name: 'clientAccountId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 10',
		description: 'The client account the site belongs to (newer API versions)',
	},
	{
		displayName: 'Decision Maker Email',
		name: 'decisionMakerUserEmail',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'The email of the new decision-maker user, with Create Decision Maker User',
	},
	{
		displayName: 'Decision Maker First Name',
		name: 'decisionMakerUserFirstName',
		type: 'string',
		default: '',
		description: 'The first name of the new decision-maker user',
	},
	{
		displayName: 'Decision Maker Last Name',
		name: 'decisionMakerUserLastName',
		type: 'string',
		default: '',
		description: 'The last name of the new decision-maker user',
	},
	{
		displayName: 'Decision Maker Password',
		name: 'decisionMakerUserPassword',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'The password of the new decision-maker user',
	},
	{
		displayName: 'Decision Maker User ID',
		name: 'decisionMakerUserId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 45',
		description: 'The ID of an existing decision-maker user',
	},
	{
		displayName: 'Create Decision Maker User',
		name: 'isAddingDecisionMakerUser',
		type: 'boolean',
		default: false,
		description:
			'Whether to create a user from the Decision Maker Email, First Name, Last Name and Password, instead of using Decision Maker User ID',
	},
	{
		displayName: 'Create New Brand',
		name: 'isAddingNewBrand',
		type: 'boolean',
		default: false,
		description: 'Whether to create a brand named Brand Title for the site, instead of picking one',
	},
	{
		displayName: 'Create New Organization',
		name: 'isAddingNewOrganization',
		type: 'boolean',
		default: false,
		description:
			'Whether to create an organization named Organization Title for the site, instead of picking one',
	},
	{
		displayName: 'Is Enabled',
		name: 'isEnabled',
		type: 'boolean',
		default: true,
		description: 'Whether the site is enabled',
	},
	organizationPicker('The organization the site belongs to'),
	{
		displayName: 'Organization Title',
		name: 'organizationTitle',
		type: 'string',
		default: '',
		placeholder: 'e.g. HealthCorp',
		description: 'The title of the new organization, with Create New Organization',
	},
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		default: '',
		placeholder: 'e.g. +1-555-555-5555',
		description: 'The phone number of the site',
	},
	{
		displayName: 'Website',
		name: 'website',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://www.downtownclinic.com',
		description: 'The website of the site',
	},
]);

export const siteKinds: FieldKinds = {
	brandId: 'id',
	clientAccountId: 'id',
	decisionMakerUserId: 'id',
	organizationId: 'id',
	practiceManagementSystemId: 'id',
	dentalServiceIds: 'idList',
	dentalPracticeIds: 'idList',
};

/** Every field a site PUT carries (the documented update body, without id). */
export const SITE_WRITABLE_FIELDS = new Set([
	'name',
	'address',
	'googlePlaceId',
	'practiceManagementSystemId',
	'dentalServiceIds',
	'dentalPracticeIds',
	...siteOptionalFields.map((field) => field.name),
]);

/** Update Fields: every field of a site, all optional, alphabetised. */
export const siteUpdateFields = byDisplayName([
	addressField,
	dentalPracticesField,
	dentalServicesField,
	{
		displayName: 'Google Place ID',
		name: 'googlePlaceId',
		type: 'string' as const,
		default: '',
		description: 'The Google Place ID of the site',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string' as const,
		default: '',
		description: 'The name of the site',
	},
	{
		...idLocator(
			'practiceManagementSystemId',
			'Practice Management System',
			'searchPracticeManagementSystems',
		),
		required: false,
	},
	...siteOptionalFields,
]);
