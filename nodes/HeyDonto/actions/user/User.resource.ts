import { operationPicker, resourceOf } from '../../../shared/operation';
import * as create from './create.operation';
import * as deleteUser from './delete.operation';
import * as getAll from './getAll.operation';
import * as getCurrent from './getCurrent.operation';
import * as resendInvitation from './resendInvitation.operation';
import * as update from './update.operation';

export const user = resourceOf(
	operationPicker(
		'user',
		[
			{ name: 'Create', value: 'create', action: 'Create a user' },
			{ name: 'Delete', value: 'delete', action: 'Delete a user' },
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
			{ name: 'Update', value: 'update', action: 'Update a user' },
		],
		'getAll',
	),
	{ getAll, create, update, delete: deleteUser, resendInvitation, getCurrent },
);
