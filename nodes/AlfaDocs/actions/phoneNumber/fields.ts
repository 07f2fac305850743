import type { INodeProperties } from 'n8n-workflow';

import { booleanField } from '../common';

export const prefixField: INodeProperties = {
	displayName: 'Prefix',
	name: 'prefix',
	type: 'string',
	default: '+39',
	placeholder: 'e.g. +39',
	description: 'The country prefix',
};

export const numberField: INodeProperties = {
	displayName: 'Number',
	name: 'number',
	type: 'string',
	default: '',
	placeholder: 'e.g. 3471234567',
	description: 'The number without the country prefix',
};

export const phoneOptionalFields: INodeProperties[] = [
	{
		displayName: 'Label',
		name: 'label',
		type: 'string',
		default: '',
		placeholder: 'e.g. Cellulare',
		description: 'What the number is (mobile, home...)',
	},
	booleanField('smsEnabled', 'SMS Enabled', 'Whether the number can receive SMS'),
];
