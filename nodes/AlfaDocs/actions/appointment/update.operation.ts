import type { IExecuteFunctions } from 'n8n-workflow';

import { collection, forOperation } from '../../../shared/describe';
import { readCollection } from '../../../shared/fields';
import { readIds } from '../../../shared/ids';
import { assertSomethingToUpdate } from '../../../shared/operation';
import type { Session } from '../../transport';
import { ID, updateKeeping } from '../common';
import { appointmentKinds, appointmentUpdateFields } from './fields';

export const description = forOperation('appointment', 'update', [
	ID.appointment.property,
	collection('updateFields', appointmentUpdateFields),
]);

/** AlfaDocs marks date and color as required on update too (SEED): unchanged ones are read first. */
export async function execute(this: IExecuteFunctions, i: number, session: Session) {
	const ids = readIds(this, i, ID.appointment);
	const body = readCollection(this, i, 'updateFields', appointmentUpdateFields, appointmentKinds);
	assertSomethingToUpdate(this, i, body);
	return await updateKeeping(
		this,
		{
			...ids,
			endpoint: 'appointment.update',
			read: 'appointment.get',
			body,
			itemIndex: i,
			state: session,
		},
		['date', 'colorId'],
	);
}
