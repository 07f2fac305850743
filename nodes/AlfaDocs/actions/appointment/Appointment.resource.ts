import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { readParameters, toApiFields } from '../../../shared/fields';
import { idParameter } from '../../../shared/validate';
import type { Session } from '../../transport';
import type { Resource } from '../common';
import {
	assertSomethingToUpdate,
	getRecord,
	getRecords,
	locator,
	operationPicker,
	patientLocator,
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

const subjectOf = (ctx: IExecuteFunctions, i: number) => {
	const appointmentId = idParameter(ctx, i, 'appointmentId', 'Appointment ID');
	return { appointmentId, subject: { label: 'Appointment', id: appointmentId } };
};

async function create(this: IExecuteFunctions, i: number, session: Session) {
	const body = {
		...readParameters(this, i, primary, appointmentKinds),
		...toApiFields(
			this,
			i,
			this.getNodeParameter('additionalFields', i, {}) as IDataObject,
			appointmentFields,
			appointmentKinds,
		),
	};
	return await getRecord(this, i, session, { endpoint: 'appointment.create', body });
}

async function get(this: IExecuteFunctions, i: number, session: Session) {
	const { appointmentId, subject } = subjectOf(this, i);
	return await getRecord(this, i, session, {
		endpoint: 'appointment.get',
		params: { appointmentId },
		subject,
	});
}

/**
 * The seed marks date and color as required on update too, so the node reads the appointment and sends
 * them along with the fields that change.
 */
async function update(this: IExecuteFunctions, i: number, session: Session) {
	const { appointmentId, subject } = subjectOf(this, i);
	const updates = toApiFields(
		this,
		i,
		this.getNodeParameter('updateFields', i, {}) as IDataObject,
		appointmentUpdateFields,
		appointmentKinds,
	);
	assertSomethingToUpdate(this, i, updates);
	const call = { params: { appointmentId }, subject };
	const current = await getRecord(this, i, session, { ...call, endpoint: 'appointment.get' });
	return await getRecord(this, i, session, {
		...call,
		endpoint: 'appointment.update',
		body: { date: current.date, colorId: current.colorId, ...updates },
	});
}

async function getCarePlanEntries(this: IExecuteFunctions, i: number, session: Session) {
	const { appointmentId, subject } = subjectOf(this, i);
	return await getRecords(this, i, session, {
		endpoint: 'appointment.getCarePlanEntries',
		params: { appointmentId },
		subject,
	});
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
			{
				displayName: 'Additional Fields',
				name: 'additionalFields',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: appointmentFields,
			},
		]),
		...forOperation('appointment', 'get', [appointmentIdField]),
		...forOperation('appointment', 'getCarePlanEntries', [appointmentIdField]),
		...forOperation('appointment', 'update', [
			appointmentIdField,
			{
				displayName: 'Update Fields',
				name: 'updateFields',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: appointmentUpdateFields,
			},
		]),
	],
	operations: { getAll: getAll.execute, create, get, update, getCarePlanEntries },
};
