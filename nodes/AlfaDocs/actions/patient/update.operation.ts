import type { IExecuteFunctions } from 'n8n-workflow';

import { collection, forOperation } from '../../../shared/describe';
import { readCollection } from '../../../shared/fields';
import { readIds } from '../../../shared/ids';
import { assertSomethingToUpdate } from '../../../shared/operation';
import type { Session } from '../../transport';
import { ID, updateKeeping } from '../common';
import {
	customFieldsProperty,
	nameFields,
	patientFields,
	patientKinds,
	readCustomFields,
	underscored,
} from './fields';

const updateFields = [...nameFields, ...patientFields].sort((a, b) =>
	a.displayName.localeCompare(b.displayName),
);

export const description = forOperation('patient', 'update', [
	ID.patient.property,
	collection('updateFields', updateFields),
	customFieldsProperty,
]);

/** First and last name are required on update too (SEED): unchanged ones are read first. */
export async function execute(this: IExecuteFunctions, i: number, session: Session) {
	const ids = readIds(this, i, ID.patient);
	const body = {
		...readCollection(this, i, 'updateFields', updateFields, patientKinds),
		...underscored(readCustomFields(this, i)),
	};
	assertSomethingToUpdate(this, i, body, ['Update Fields', 'Custom Fields']);
	return await updateKeeping(
		this,
		{
			...ids,
			endpoint: 'patient.update',
			read: 'patient.get',
			body,
			itemIndex: i,
			state: session,
		},
		['firstName', 'lastName'],
	);
}
