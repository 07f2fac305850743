import { isActiveField, nameField } from './common';
import type { AhdsResource } from './types';

export const appointmentType: AhdsResource = {
	slug: 'appointment-type',
	value: 'appointmentType',
	displayName: 'Appointment Type',
	plural: 'appointment types',
	idField: 'appointmentTypeId',
	source: 'DOCS',
	evidence: 'POST',
	fields: [
		nameField('appointment type', 'Vaccination'),
		{ name: 'defaultDuration', type: 'integer', description: 'Default length in minutes' },
		isActiveField('appointment type'),
	],
};
