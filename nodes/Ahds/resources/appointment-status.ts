import { isActiveField, nameField } from './common';
import type { AhdsResource } from './types';

export const appointmentStatus: AhdsResource = {
	slug: 'appointment-status',
	value: 'appointmentStatus',
	displayName: 'Appointment Status',
	plural: 'appointment statuses',
	idField: 'appointmentStatusId',
	source: 'DOCS',
	evidence: 'POST',
	fields: [nameField('appointment status', 'Arrived'), isActiveField('appointment status')],
};
