import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collection, forOperation } from '../../../shared/describe';
import { readIds } from '../../../shared/ids';
import { assertSomethingToUpdate } from '../../../shared/operation';
import { aerona } from '../../transport';
import { patientBody, patientId, updatablePatientFields } from './fields';

export const description = forOperation('patient', 'update', [
	patientId.property,
	collection('updateFields', updatablePatientFields),
]);

/**
 * PUT /patients/{patientId} (inferred). Whether Aerona's PUT replaces the record or merges it is not
 * documented, so the node reads the patient and sends the whole record back with the changes: a
 * replacing PUT then keeps every field the user did not touch. Two requests per item.
 */
export async function execute(this: IExecuteFunctions, i: number) {
	const { params, subject } = readIds(this, i, patientId);
	const changes = patientBody(
		this,
		i,
		this.getNodeParameter('updateFields', i, {}) as IDataObject,
		updatablePatientFields,
	);
	assertSomethingToUpdate(this, i, changes);
	const call = { params, itemIndex: i, subject };
	const current = await aerona.record.call(this, { ...call, endpoint: 'patient.get' });
	return await aerona.record.call(this, {
		...call,
		endpoint: 'patient.update',
		body: { ...current, ...changes },
	});
}
