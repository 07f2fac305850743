import type { INodeProperties } from 'n8n-workflow';

import type { ItemHandler } from '../../../shared/execute';
import * as byId from './byId.operation';
import * as create from './create.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

const operationPicker: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['user'] } },
	options: [
		{ name: 'Create', value: 'create', action: 'Create a user', description: 'Create a user' },
		{ name: 'Delete', value: 'delete', action: 'Delete a user', description: 'Delete a user' },
		{
			name: 'Get Current',
			value: 'getCurrent',
			action: 'Get the current user',
			description:
				'Get the user of the credential, with the sites, brands and organizations it can see',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many users',
			description: 'Get many users of one role',
		},
		{
			name: 'Resend Invitation',
			value: 'resendInvitation',
			action: 'Resend the invitation of a user',
			description: 'Send the invitation email again',
		},
		{ name: 'Update', value: 'update', action: 'Update a user', description: 'Update a user' },
	],
	default: 'getAll',
};

export const user = {
	description: [
		operationPicker,
		...getAll.description,
		...create.description,
		...update.description,
		...byId.description,
	] as INodeProperties[],
	operations: {
		getAll: getAll.execute,
		create: create.execute,
		update: update.execute,
		delete: byId.executeDelete,
		resendInvitation: byId.executeResendInvitation,
		getCurrent: byId.executeGetCurrent,
	} as Record<string, ItemHandler>,
};
