import type { INodeProperties } from 'n8n-workflow';

import type { FieldKinds } from '../../../shared/fields';
import { idOf } from '../../../shared/ids';

export const roleOptions = [
	{ name: 'Admin', value: 'ADMIN' },
	{ name: 'Brand User', value: 'BRAND_USER' },
	{ name: 'Client Account User', value: 'CLIENT_ACCOUNT_USER' },
	{ name: 'Organization User', value: 'ORGANIZATION_USER' },
	{ name: 'Site Manager User', value: 'SITE_MANAGER_USER' },
	{ name: 'Site User', value: 'SITE_USER' },
];

export const userIdField: INodeProperties = {
	displayName: 'User ID',
	name: 'userId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 42',
	description: 'The numeric ID of the user',
};

export const userId = idOf(userIdField);

export const userKinds: FieldKinds = {
	clientAccountId: 'idList',
	organizationId: 'id',
	brandId: 'id',
	siteId: 'id',
};

export const clientAccountsField: INodeProperties = {
	displayName: 'Client Account IDs',
	name: 'clientAccountId',
	type: 'string',
	default: '',
	placeholder: 'e.g. 10, 20',
	description:
		'The client accounts the user belongs to. Comma-separated numeric IDs, or an expression returning an array.',
};

export const emailField: INodeProperties = {
	displayName: 'Email',
	name: 'email',
	type: 'string',
	placeholder: 'name@email.com',
	default: '',
	description: 'The email address the user logs in with',
};

export const nameFields: INodeProperties[] = [
	{
		displayName: 'First Name',
		name: 'firstName',
		type: 'string',
		default: '',
		placeholder: 'e.g. Jane',
	},
	{
		displayName: 'Last Name',
		name: 'lastName',
		type: 'string',
		default: '',
		placeholder: 'e.g. Doe',
	},
];

export const enabledField: INodeProperties = {
	displayName: 'Is Enabled',
	name: 'isEnabled',
	type: 'boolean',
	default: true,
	description: 'Whether the user may log in',
};

export const roleField: INodeProperties = {
	displayName: 'Role',
	name: 'role',
	type: 'options',
	options: roleOptions,
	default: 'SITE_USER',
	description: "The user's role, which decides what the user may see",
};
