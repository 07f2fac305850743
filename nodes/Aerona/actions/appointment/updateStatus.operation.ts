import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { idOf, readIds } from '../../../shared/ids';
import { toInteger } from '../../../shared/validate';
import { aerona } from '../../transport';
import { appointmentIdField, statusField } from '../common';

const appointmentId = idOf(appointmentIdField);

export const description = forOperation('appointment', 'updateStatus', [
	appointmentId.property,
	statusField('The new status of the appointment'),
]);

/** Aerona answers with a bare boolean (true when the status changed), output as `{ success }`. */
export async function execute(this: IExecuteFunctions, i: number) {
	const { params, subject } = readIds(this, i, appointmentId);
	const appointmentStatusId = toInteger(
		this,
		i,
		'Status',
		this.getNodeParameter('appointmentStatusId', i, ''),
		1,
		16,
	);
	return await aerona.record.call(this, {
		endpoint: 'appointment.updateStatus',
		params,
		body: { appointmentStatusId },
		itemIndex: i,
		subject,
	});
}
