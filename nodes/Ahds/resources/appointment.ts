import { codedField, refField } from './common';
import type { AhdsResource } from './types';

export const appointment: AhdsResource = {
	slug: 'appointment',
	value: 'appointment',
	displayName: 'Appointment',
	plural: 'appointments',
	idField: 'appointmentId',
	source: 'DOCS',
	evidence: 'POST (appointmentcontroller_create)',
	fields: [
		refField('animalId', 'animal the appointment is for'),
		refField('contactId', 'contact who booked the appointment'),
		refField('consultId', 'consult of the appointment'),
		codedField('appointmentStatus', 'status of the appointment', {
			code: 'booked',
			system: 'http://hl7.org/fhir/appointmentstatus',
		}),
		codedField('appointmentType', 'type of the appointment', {
			code: 'vaccination',
			system: 'urn:example:appointment-types',
		}),
		{
			name: 'durationMinutes',
			type: 'integer',
			description: 'Length of the appointment in minutes',
		},
		refField('primaryResourceId', 'main schedulable resource (vet or room)'),
		{
			name: 'resourceIds',
			type: 'uuidList',
			description: 'UUIDs of every schedulable resource booked, separated by commas',
		},
	],
};
