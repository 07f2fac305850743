import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import { toIsoDateTime } from '../../shared/dates';
import { collection, concurrencyOption, timeoutOption } from '../../shared/describe';
import { idField, idLocator } from '../../shared/locators';
import { invalidParameter } from '../../shared/validate';
import { aerona } from '../transport';
import {
	AERONA_CONCURRENCY,
	AERONA_TIMEOUT_MS,
	DEFAULT_MAX_WAIT_SECONDS,
} from '../transport/connection';

/** Aerona's documented enumerations (SEED), as named options (alphabetised; the value is Aerona's ID). */
export const APPOINTMENT_STATUSES: INodePropertyOptions[] = [
	{ name: 'Arrived', value: 3 },
	{ name: 'Cancelled by Patient', value: 12 },
	{ name: 'Cancelled by Practice', value: 5 },
	{ name: 'Completed', value: 7 },
	{ name: 'Confirmed', value: 2 },
	{ name: 'Deleted', value: 13 },
	{ name: 'Failed to Attend', value: 4 },
	{ name: 'In Clinic', value: 6 },
	{ name: 'Late Cancellation', value: 14 },
	{ name: 'Online Booking Request', value: 8 },
	{ name: 'Reminder Sent', value: 9 },
	{ name: 'Scheduled', value: 10 },
	{ name: 'Unconfirmed', value: 1 },
	{ name: 'Unscheduled', value: 11 },
	{ name: 'Was Not Brought', value: 16 },
];

export const CLINICIAN_TYPES: INodePropertyOptions[] = [
	{ name: 'Audiologist', value: 9 },
	{ name: 'Beautician', value: 12 },
	{ name: 'Dietician', value: 14 },
	{ name: 'General Dentist', value: 1 },
	{ name: 'GP', value: 13 },
	{ name: 'Hygienist', value: 3 },
	{ name: 'Optometrist', value: 10 },
	{ name: 'Orthodontist', value: 4 },
	{ name: 'Periodontist', value: 5 },
	{ name: 'Personal Trainer', value: 16 },
	{ name: 'Physiotherapist', value: 8 },
	{ name: 'Psychiatrist', value: 6 },
	{ name: 'Psychologist', value: 7 },
	{ name: 'Specialist Dentist', value: 2 },
	{ name: 'Sports Rehabilitation Therapist', value: 15 },
	{ name: 'Therapist', value: 11 },
];

export const TIMES_OF_DAY: INodePropertyOptions[] = [
	{ name: 'Any Time', value: 0 },
	{ name: 'Before 12pm', value: 1 },
	{ name: 'Between 12pm and 5pm', value: 2 },
	{ name: 'After 5pm', value: 3 },
];

export const statusField = (description: string): INodeProperties => ({
	displayName: 'Status',
	name: 'appointmentStatusId',
	type: 'options',
	options: APPOINTMENT_STATUSES,
	default: 1,
	required: true,
	description,
});

export const practiceLocator = (description: string, required = true) =>
	idLocator('practiceId', 'Practice', 'searchPractices', { description, required });

export const clinicianLocator = (name: string, description: string, required = true) =>
	idLocator(name, 'Clinician', 'searchClinicians', { description, required });

/** Aerona has no appointment list to pick from: the ID comes from Create or from the Aerona Trigger. */
export const appointmentIdField: INodeProperties = {
	...idField('appointmentId', 'Appointment ID'),
	description:
		"The appointment's ID, as Appointment → Create outputs it or an Aerona Trigger delivery carries it",
};

/** Aerona searches patients by name: "From List" asks for a name first (a practice has thousands). */
export const patientLocator = (description: string, required = true) =>
	idLocator('patientId', 'Patient', 'searchPatients', {
		description,
		required,
		placeholder: 'Type a surname, or a forename and surname...',
		searchRequired: true,
	});

export const appointmentTypeLocator = (description: string, required = true) =>
	idLocator('appointmentTypeId', 'Appointment Type', 'searchAppointmentTypes', {
		description,
		required,
	});

/** How long to wait for the credential's rate budget (see transport/rateGuard.ts). */
export const maxWaitField = (defaultSeconds: number, description: string): INodeProperties => ({
	displayName: 'Max Wait (Seconds)',
	name: 'maxWait',
	type: 'number',
	default: defaultSeconds,
	typeOptions: { minValue: 0 },
	description,
});

/**
 * Create outputs the ID Aerona answers with; reading the new record back costs one more request of
 * the 300 per 15 minutes, so it is an option, off by default.
 */
const returnCreatedRecord: INodeProperties = {
	displayName: 'Return Created Record',
	name: 'returnCreatedRecord',
	type: 'boolean',
	default: false,
	description:
		'Whether to read the new record back and output it whole, at the cost of one more request of the 300 Aerona allows per 15 minutes (otherwise Create outputs its ID)',
	displayOptions: { show: { '/operation': ['create'] } },
};

/** The operations that only read: their items run concurrently (Options › Concurrency). */
export const READS = ['findFreeSlots', 'get', 'getAll', 'search'];

/**
 * The node-wide Options: the reads in flight, how long to wait for Aerona's rate budget and for its
 * answers, and what Create outputs.
 */
export const optionsCollection = collection('options', [
	concurrencyOption(
		AERONA_CONCURRENCY,
		READS,
		"Aerona's budget of 300 requests per 15 minutes holds whatever the concurrency: past it, requests wait for a slot (Max Wait).",
	),
	maxWaitField(
		DEFAULT_MAX_WAIT_SECONDS,
		"How long the node may wait when the credential's request budget is spent (Aerona allows 300 requests per 15 minutes and invalidates the token beyond). Past this wait the item fails without sending anything; 0 fails at once.",
	),
	returnCreatedRecord,
	timeoutOption('Aerona', AERONA_TIMEOUT_MS),
]);

/**
 * What Create outputs: Aerona's answer (`{ id }` for a bare ID), or with Return Created Record the new
 * record read back by its ID, with `id` first so expressions on the ID work either way.
 */
export async function createdRecord(
	ctx: IExecuteFunctions,
	itemIndex: number,
	created: IDataObject,
	read: { endpoint: 'appointment.get' | 'patient.get'; parameter: string; label: string },
): Promise<IDataObject> {
	const wanted = ctx.getNodeParameter('options.returnCreatedRecord', itemIndex, false) as boolean;
	const id = created.id;
	if (!wanted || (typeof id !== 'number' && typeof id !== 'string')) return created;
	const record = await aerona.record.call(ctx, {
		endpoint: read.endpoint,
		params: { [read.parameter]: id },
		itemIndex,
		subject: { label: read.label, id },
	});
	return { id, ...record };
}

/** A date-time as Aerona writes it: ISO 8601 in UTC, whole seconds ("2023-01-19T13:30:00Z"). Required. */
export function toAeronaDateTime(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	value: unknown,
): string {
	const iso = toIsoDateTime(ctx, itemIndex, label, value);
	if (iso === undefined) throw invalidParameter(ctx, itemIndex, label, 'a date and time');
	return iso.replace(/\.\d+Z$/, 'Z');
}
