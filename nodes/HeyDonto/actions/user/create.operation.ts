import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collection, forOperation } from '../../../shared/describe';
import { readCreateBody } from '../../../shared/fields';
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

export const description = forOperation('user', 'create', [
	...primary,
	collection('additionalFields', optional),
]);

export async function execute(this: IExecuteFunctions, i: number) {
	const body = readCreateBody(this, i, primary, optional, userKinds);
	return await heyDonto.record.call(this, { endpoint: 'user.create', body, itemIndex: i });
}
