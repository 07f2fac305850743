import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collection, forOperation } from '../../../shared/describe';
import type { FieldKinds } from '../../../shared/fields';
import { readCollection, readParameters } from '../../../shared/fields';
import { aerona } from '../../transport';
import {
	appointmentTypeLocator,
	clinicianLocator,
	createdRecord,
	patientLocator,
	practiceLocator,
	statusField,
	toAeronaDateTime,
} from '../common';

const required: INodeProperties[] = [
	practiceLocator('The practice the appointment is booked at'),
	clinicianLocator(
		'userId',
		"The clinician the appointment is with (the patient's preferred clinician)",
	),
	appointmentTypeLocator('The type of appointment'),
	statusField('The status the appointment is created with'),
	{
		displayName: 'Duration (Minutes)',
		name: 'duration',
		type: 'number',
		default: 30,
		required: true,
		typeOptions: { minValue: 1 },
		description: 'The length of the appointment in minutes',
	},
	patientLocator('The patient the appointment is for, searched by name or given by ID'),
];

const appointmentTime: INodeProperties = {
	displayName: 'Appointment Time',
	name: 'appointmentTime',
	type: 'dateTime',
	default: '',
	required: true,
	description: 'When the appointment starts; sent in UTC, e.g. 2023-01-19T13:30:00Z',
};

const additionalFields: INodeProperties[] = [
	{
		displayName: 'Emergency',
		name: 'emergency',
		type: 'boolean',
		default: false,
		description: 'Whether the appointment is an emergency',
	},
	{
		displayName: 'Notes',
		name: 'appointmentNotes',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		placeholder: 'e.g. Patient is nervous.',
		description: 'Notes about the appointment (not clinical notes)',
	},
];

const kinds: FieldKinds = {
	practiceId: 'id',
	userId: 'id',
	appointmentTypeId: 'id',
	appointmentStatusId: { integer: [1, 16] },
	duration: { integer: [1, 999999] },
	patientId: 'id',
};

export const description = forOperation('appointment', 'create', [
	...required.slice(0, 4),
	appointmentTime,
	...required.slice(4),
	collection('additionalFields', additionalFields),
]);

/**
 * POST /appointments; Aerona answers with the new appointment's bare ID, output as `{ id }` (or the
 * appointment read back, with Options › Return Created Record).
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const body: IDataObject = {
		...readParameters(this, i, required, kinds),
		appointmentTime: toAeronaDateTime(
			this,
			i,
			'Appointment Time',
			this.getNodeParameter('appointmentTime', i, ''),
		),
		...readCollection(this, i, 'additionalFields', additionalFields),
	};
	const created = await aerona.record.call(this, {
		endpoint: 'appointment.create',
		body,
		itemIndex: i,
	});
	return await createdRecord(this, i, created, {
		endpoint: 'appointment.get',
		parameter: 'appointmentId',
		label: 'Appointment',
	});
}
