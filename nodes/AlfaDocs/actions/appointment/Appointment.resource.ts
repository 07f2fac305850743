import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { readCollection, readCreateBody } from '../../../shared/fields';
import type { Session } from '../../transport';
import type { Resource } from '../common';
import {
	ID,
	assertSomethingToUpdate,
	collection,
	fetchRecord,
	fetchRecords,
	getRecord,
	locator,
	operationPicker,
	patientLocator,
	readIds,
	updateKeeping,
} from '../common';
import { windowedGetAll } from '../windowed';
import {
	appointmentFields,
	appointmentIdField,
	appointmentKinds,
	appointmentUpdateFields,
	stateOptions,
} from './fields';

const primary: INodeProperties[] = [
	{
		displayName: 'Date',
		name: 'date',
		type: 'dateTime',
		default: '',
		required: true,
		description: "When the appointment starts, in the practice's local time",
	},
	locator('colorId', 'Color', 'searchColors', {
		description: 'The agenda color of the appointment',
	}),
	{
		...patientLocator,
		required: false,
		description: 'The patient the appointment is for (empty for an appointment without a patient)',
	},
];

const getAll = windowedGetAll({
	resource: 'appointment',
	plural: 'appointments',
	endpoint: 'appointment.getAll',
	filters: [
		{
			displayName: 'Patient ID',
			name: 'patientId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 42',
			description: 'Only appointments of this patient',
		},
		{
			displayName: 'State',
			name: 'state',
			type: 'options',
			options: stateOptions,
			default: 'confirmed',
			description: 'Only appointments in this state',
		},
	],
	filterKinds: { patientId: 'id' },
	dateQuery: (window) => ({ dateStart: window.start, dateEnd: window.end }),
});

async function create(this: IExecuteFunctions, i: number, session: Session) {
	const body = readCreateBody(this, i, primary, appointmentFields, appointmentKinds);
	return await getRecord(this, i, session, { endpoint: 'appointment.create', body });
}

/** The seed marks date and color as required on update too: unchanged ones are read first. */
async function update(this: IExecuteFunctions, i: number, session: Session) {
	const call = readIds(this, i, ID.appointment);
	const body = readCollection(this, i, 'updateFields', appointmentUpdateFields, appointmentKinds);
	assertSomethingToUpdate(this, i, body);
	return await updateKeeping(
		this,
		i,
		session,
		{ ...call, endpoint: 'appointment.update', read: 'appointment.get', body },
		['date', 'colorId'],
	);
}

export const appointment: Resource = {
	description: [
		operationPicker(
			'appointment',
			[
				{ name: 'Create', value: 'create', action: 'Create an appointment' },
				{ name: 'Get', value: 'get', action: 'Get an appointment' },
				{
					name: 'Get Care Plan Entries',
					value: 'getCarePlanEntries',
					action: 'Get the care plan entries of an appointment',
				},
				{
					name: 'Get Many',
					value: 'getAll',
					action: 'Get many appointments',
					description: 'Get the appointments of a date range of any length',
				},
				{
					name: 'Update',
					value: 'update',
					action: 'Update an appointment',
					description: 'Update an appointment: only the fields you add change',
				},
			],
			'getAll',
		),
		...getAll.description,
		...forOperation('appointment', 'create', [
			...primary,
			collection('additionalFields', appointmentFields),
		]),
		...forOperation('appointment', 'get', [appointmentIdField]),
		...forOperation('appointment', 'getCarePlanEntries', [appointmentIdField]),
		...forOperation('appointment', 'update', [
			appointmentIdField,
			collection('updateFields', appointmentUpdateFields),
		]),
	],
	operations: {
		getAll: getAll.execute,
		create,
		get: fetchRecord('appointment.get', ID.appointment),
		update,
		getCarePlanEntries: fetchRecords('appointment.getCarePlanEntries', ID.appointment),
	},
};
