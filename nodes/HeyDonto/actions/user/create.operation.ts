import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { readParameters, toApiFields } from '../../../shared/fields';
import { heyDontoRequest } from '../../transport';
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
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: optional,
	},
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const body = {
		...readParameters(this, i, primary, userKinds),
		...toApiFields(
			this,
			i,
			this.getNodeParameter('additionalFields', i, {}) as IDataObject,
			optional,
			userKinds,
		),
	};
	return (await heyDontoRequest.call(this, {
		endpoint: 'user.create',
		body,
		itemIndex: i,
	})) as IDataObject;
}
