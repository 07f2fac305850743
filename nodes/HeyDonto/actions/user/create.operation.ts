import type { INodeProperties } from 'n8n-workflow';

import { idLocator } from '../../../shared/locators';
import { create } from '../../../shared/operations';
import { heyDonto } from '../../transport';
import { brandPicker, organizationPicker } from '../common';
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
	brandPicker('The brand of a brand user'),
	enabledField,
	organizationPicker('The organization of an organization user'),
	idLocator('siteId', 'Site', 'searchSites', {
		required: false,
		description: 'The site of a site user',
	}),
];

export const { description, execute } = create(heyDonto, {
	resource: 'user',
	endpoint: 'user.create',
	primary,
	optional,
	kinds: userKinds,
});
