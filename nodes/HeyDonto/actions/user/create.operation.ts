import type { INodeProperties } from 'n8n-workflow';

import { create } from '../../../shared/operations';
import { heyDonto } from '../../transport';
import {
	clientAccountsField,
	emailField,
	enabledField,
	nameFields,
	roleField,
	userKinds,
} from './fields';

const primary: INodeProperties[] = [
	{ ...emailField, required: true },
	...nameFields.map((field) => ({ ...field, required: true })),
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
		description: 'The initial password of the user',
	},
	{ ...roleField, required: true },
	{ ...clientAccountsField, required: true },
];

const optional: INodeProperties[] = [
	{
		displayName: 'Brand ID',
		name: 'brandId',
		type: 'string',
		default: '',
		description: 'The brand a brand user belongs to',
	},
	enabledField,
	{
		displayName: 'Organization ID',
		name: 'organizationId',
		type: 'string',
		default: '',
		description: 'The organization an organization user belongs to',
	},
	{
		displayName: 'Site ID',
		name: 'siteId',
		type: 'string',
		default: '',
		description: 'The site a site user belongs to',
	},
];

export const { description, execute } = create(heyDonto, {
	resource: 'user',
	endpoint: 'user.create',
	primary,
	optional,
	kinds: userKinds,
});
