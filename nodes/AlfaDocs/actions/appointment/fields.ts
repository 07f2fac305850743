import type { INodeProperties } from 'n8n-workflow';

import type { FieldKinds } from '../../../shared/fields';
import { booleanField, localDateTime } from '../common';

export const stateOptions = [
	{ name: 'Absent', value: 'absent' },
	{ name: 'Cancelled', value: 'cancelled' },
	{ name: 'Confirmed', value: 'confirmed' },
	{ name: 'Done', value: 'done' },
	{ name: 'In Care', value: 'in_care' },
	{ name: 'Waiting', value: 'waiting' },
];

export const stateField: INodeProperties = {
	displayName: 'State',
	name: 'state',
	type: 'options',
	options: stateOptions,
	default: 'confirmed',
	description: 'The state of the appointment',
};

/** The optional appointment fields of AlfaDocs' API document (SEED), named as the API names them. */
export const appointmentFields: INodeProperties[] = [
	booleanField('allDay', 'All Day', 'Whether the appointment takes the whole day'),
	{
		displayName: 'Chair Name or ID',
		name: 'chairId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getChairs' },
		default: '',
		description:
			'The chair of the practice. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		placeholder: 'e.g. Check-up',
		description: 'The text shown in the agenda',
	},
	{
		displayName: 'Duration (Minutes)',
		name: 'duration',
		type: 'number',
		default: 30,
		typeOptions: { minValue: 1 },
		description: 'How long the appointment lasts, in minutes',
	},
	booleanField(
		'emailReminder',
		'Email Reminder',
		'Whether AlfaDocs sends the patient an email reminder',
	),
	{
		displayName: 'Operator Name or ID',
		name: 'operatorId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getOperators' },
		default: '',
		description:
			'The operator (dentist, hygienist...) who sees the patient. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	booleanField('smsReminder', 'SMS Reminder', 'Whether AlfaDocs sends the patient an SMS reminder'),
	stateField,
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'In Practice', value: 'inPractice' },
			{ name: 'Telehealth', value: 'telehealth' },
		],
		default: 'inPractice',
		description: 'Whether the patient comes to the practice or is seen remotely',
	},
];

/** Update Fields: the optional fields plus the date, color and patient. */
const moreUpdateFields: INodeProperties[] = [
	{
		displayName: 'Color Name or ID',
		name: 'colorId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getColors' },
		default: '',
		description:
			'The agenda color of the appointment. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Date',
		name: 'date',
		type: 'dateTime',
		default: '',
		description: 'When the appointment starts',
	},
	{
		displayName: 'Patient ID',
		name: 'patientId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 42',
		description: 'The patient the appointment is for',
	},
];

export const appointmentUpdateFields: INodeProperties[] = [
	...appointmentFields,
	...moreUpdateFields,
].sort((a, b) => a.displayName.localeCompare(b.displayName));

export const appointmentKinds: FieldKinds = {
	chairId: 'id',
	colorId: 'id',
	operatorId: 'id',
	patientId: 'id',
	date: localDateTime,
	duration: { integer: [1, 1440] },
};
