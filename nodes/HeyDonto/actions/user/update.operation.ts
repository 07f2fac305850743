import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { toApiFields } from '../../../shared/fields';
import { idParameter } from '../../../shared/validate';
import { heyDontoRequest } from '../../transport';
import {
	clientAccountsField,
	emailField,
	enabledField,
	nameFields,
	roleField,
	userIdField,
	userKinds,
} from './fields';

const updateFields: INodeProperties[] = [
	clientAccountsField,
	emailField,
	...nameFields,
	enabledField,
	roleField,
];

export const description = forOperation('user', 'update', [
	userIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: updateFields,
	},
]);

/** The users PUT takes every field as optional (DOCS), so only the fields given are sent. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const userId = idParameter(this, i, 'userId', 'User ID');
	const body = toApiFields(
		this,
		i,
		this.getNodeParameter('updateFields', i, {}) as IDataObject,
		updateFields,
		userKinds,
	);
	if (Object.keys(body).length === 0) {
		throw new NodeOperationError(this.getNode(), 'Nothing to update: "Update Fields" is empty', {
			itemIndex: i,
			description: 'Add at least one field under "Update Fields".',
		});
	}
	return (await heyDontoRequest.call(this, {
		endpoint: 'user.update',
		params: { userId },
		body,
		itemIndex: i,
		subject: { label: 'User', id: userId },
	})) as IDataObject;
}
