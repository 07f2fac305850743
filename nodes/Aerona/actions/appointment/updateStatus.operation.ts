import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { idField } from '../../../shared/locators';
import { idParameter, toInteger } from '../../../shared/validate';
import { aeronaRequest, toItem } from '../../transport';
import { statusField } from '../common';

export const description = forOperation('appointment', 'updateStatus', [
	idField('appointmentId', 'Appointment ID'),
	statusField('The new status of the appointment'),
]);

/** Aerona answers with a bare boolean (true when the status changed), output as `{ success }`. */
export async function execute(this: IExecuteFunctions, i: number) {
	const appointmentId = idParameter(this, i, 'appointmentId', 'Appointment ID');
	const appointmentStatusId = toInteger(
		this,
		i,
		'Status',
		this.getNodeParameter('appointmentStatusId', i, ''),
		1,
		16,
	);
	return toItem(
		await aeronaRequest.call(this, {
			endpoint: 'appointment.updateStatus',
			params: { appointmentId },
			body: { appointmentStatusId },
			itemIndex: i,
			subject: { label: 'Appointment', id: appointmentId },
		}),
	);
}
