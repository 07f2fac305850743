import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collection, forOperation } from '../../../shared/describe';
import { readCollection } from '../../../shared/fields';
import { readIds } from '../../../shared/ids';
import { assertSomethingToUpdate } from '../../../shared/operation';
import { heyDonto } from '../../transport';
import {
	clientAccountsField,
	emailField,
	enabledField,
	nameFields,
	roleField,
	userId,
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
	userId.property,
	collection('updateFields', updateFields),
]);

/** The users PUT takes every field as optional (DOCS), so only the fields given are sent. */
export async function execute(this: IExecuteFunctions, i: number) {
	const { params, subject } = readIds(this, i, userId);
	const body = readCollection(this, i, 'updateFields', updateFields, userKinds);
	assertSomethingToUpdate(this, i, body);
	return await heyDonto.record.call(this, {
		endpoint: 'user.update',
		params,
		body,
		itemIndex: i,
		subject,
	});
}
