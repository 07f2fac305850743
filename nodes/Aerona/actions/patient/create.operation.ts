import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collection, forOperation } from '../../../shared/describe';
import { readParameters } from '../../../shared/fields';
import { aerona } from '../../transport';
import { createdRecord, practiceLocator } from '../common';
import {
	forenameField,
	optionalPatientFields,
	patientBody,
	patientKinds,
	surnameField,
} from './fields';

const required = [
	practiceLocator('The practice the patient registers with'),
	{ ...forenameField, required: true },
	{ ...surnameField, required: true },
];

export const description = forOperation('patient', 'create', [
	...required,
	collection('additionalFields', optionalPatientFields),
]);

/**
 * POST /patients (inferred). A bare ID in the answer becomes `{ id }` (or the patient read back, with
 * Options › Return Created Record); a record is output as it is.
 */
export async function execute(this: IExecuteFunctions, i: number) {
	const body = {
		...patientBody(
			this,
			i,
			this.getNodeParameter('additionalFields', i, {}) as IDataObject,
			optionalPatientFields,
		),
		...readParameters(this, i, required, patientKinds),
	};
	const created = await aerona.record.call(this, {
		endpoint: 'patient.create',
		body,
		itemIndex: i,
	});
	return await createdRecord(this, i, created, {
		endpoint: 'patient.get',
		parameter: 'patientId',
		label: 'Patient',
	});
}
