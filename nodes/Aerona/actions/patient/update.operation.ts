import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { idField } from '../../../shared/locators';
import { idParameter } from '../../../shared/validate';
import { aeronaRequest, toItem } from '../../transport';
import { patientBody, updatablePatientFields } from './fields';

export const description = forOperation('patient', 'update', [
	idField('patientId', 'Patient ID'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: updatablePatientFields,
	},
]);

/**
 * PUT /patients/{patientId} (inferred). Whether Aerona's PUT replaces the record or merges it is not
 * documented, so the node reads the patient and sends the whole record back with the changes: a
 * replacing PUT then keeps every field the user did not touch. Two requests per item.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const patientId = idParameter(this, i, 'patientId', 'Patient ID');
	const changes = patientBody(
		this,
		i,
		this.getNodeParameter('updateFields', i, {}) as IDataObject,
		updatablePatientFields,
	);
	if (Object.keys(changes).length === 0) {
		throw new NodeOperationError(this.getNode(), 'Add at least one field to "Update Fields"', {
			itemIndex: i,
			description: 'Nothing would change: choose the patient fields to update under Update Fields.',
		});
	}
	const subject = { label: 'Patient', id: patientId };
	const current = (await aeronaRequest.call(this, {
		endpoint: 'patient.get',
		params: { patientId },
		itemIndex: i,
		subject,
	})) as IDataObject;
	return toItem(
		await aeronaRequest.call(this, {
			endpoint: 'patient.update',
			params: { patientId },
			body: { ...current, ...changes },
			itemIndex: i,
			subject,
		}),
	);
}
