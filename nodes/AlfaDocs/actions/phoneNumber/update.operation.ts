import type { IExecuteFunctions } from 'n8n-workflow';

import { collection, forOperation } from '../../../shared/describe';
import { readCollection } from '../../../shared/fields';
import { readIds } from '../../../shared/ids';
import { assertSomethingToUpdate } from '../../../shared/operation';
import type { Session } from '../../transport';
import { ID, updateKeeping } from '../common';
import { numberField, phoneOptionalFields, prefixField } from './fields';

const updateFields = [numberField, prefixField, ...phoneOptionalFields].sort((a, b) =>
	a.displayName.localeCompare(b.displayName),
);

export const description = forOperation('phoneNumber', 'update', [
	ID.patient.property,
	ID.phoneNumber.property,
	collection('updateFields', updateFields),
]);

/** Prefix and number are required on update too (SEED): unchanged ones are read first. */
export async function execute(this: IExecuteFunctions, i: number, session: Session) {
	const ids = readIds(this, i, ID.patient, ID.phoneNumber);
	const body = readCollection(this, i, 'updateFields', updateFields);
	assertSomethingToUpdate(this, i, body);
	return await updateKeeping(
		this,
		{
			...ids,
			endpoint: 'phoneNumber.update',
			read: 'phoneNumber.get',
			body,
			itemIndex: i,
			state: session,
		},
		['prefix', 'number'],
	);
}
