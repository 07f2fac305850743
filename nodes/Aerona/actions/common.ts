import type { IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { toIsoDateTime } from '../../shared/dates';
import { collection, concurrencyOption, timeoutOption } from '../../shared/describe';
import { idLocator } from '../../shared/locators';
import { invalidParameter } from '../../shared/validate';
import {
	AERONA_CONCURRENCY,
	AERONA_TIMEOUT_MS,
	DEFAULT_MAX_WAIT_SECONDS,
} from '../transport/connection';

/** Aerona's documented enumerations (SEED), as named options (alphabetised; the ID in the description). */
export const APPOINTMENT_STATUSES: INodePropertyOptions[] = [
	{ name: 'Arrived', value: 3, description: 'Status ID 3' },
	{ name: 'Cancelled by Patient', value: 12, description: 'Status ID 12' },
	{ name: 'Cancelled by Practice', value: 5, description: 'Status ID 5' },
	{ name: 'Completed', value: 7, description: 'Status ID 7' },
	{ name: 'Confirmed', value: 2, description: 'Status ID 2' },
	{ name: 'Deleted', value: 13, description: 'Status ID 13' },
	{ name: 'Failed to Attend', value: 4, description: 'Status ID 4' },
	{ name: 'In Clinic', value: 6, description: 'Status ID 6' },
	{ name: 'Late Cancellation', value: 14, description: 'Status ID 14' },
	{ name: 'Online Booking Request', value: 8, description: 'Status ID 8' },
	{ name: 'Reminder Sent', value: 9, description: 'Status ID 9' },
	{ name: 'Scheduled', value: 10, description: 'Status ID 10' },
	{ name: 'Unconfirmed', value: 1, description: 'Status ID 1' },
	{ name: 'Unscheduled', value: 11, description: 'Status ID 11' },
	{ name: 'Was Not Brought', value: 16, description: 'Status ID 16' },
];

export const CLINICIAN_TYPES: INodePropertyOptions[] = [
	{ name: 'Audiologist', value: 9, description: 'Clinician type ID 9' },
	{ name: 'Beautician', value: 12, description: 'Clinician type ID 12' },
	{ name: 'Dietician', value: 14, description: 'Clinician type ID 14' },
	{ name: 'General Dentist', value: 1, description: 'Clinician type ID 1' },
	{ name: 'GP', value: 13, description: 'Clinician type ID 13' },
	{ name: 'Hygienist', value: 3, description: 'Clinician type ID 3' },
	{ name: 'Optometrist', value: 10, description: 'Clinician type ID 10' },
	{ name: 'Orthodontist', value: 4, description: 'Clinician type ID 4' },
	{ name: 'Periodontist', value: 5, description: 'Clinician type ID 5' },
	{ name: 'Personal Trainer', value: 16, description: 'Clinician type ID 16' },
	{ name: 'Physiotherapist', value: 8, description: 'Clinician type ID 8' },
	{ name: 'Psychiatrist', value: 6, description: 'Clinician type ID 6' },
	{ name: 'Psychologist', value: 7, description: 'Clinician type ID 7' },
	{ name: 'Specialist Dentist', value: 2, description: 'Clinician type ID 2' },
	{ name: 'Sports Rehabilitation Therapist', value: 15, description: 'Clinician type ID 15' },
	{ name: 'Therapist', value: 11, description: 'Clinician type ID 11' },
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

/** The operations that only read: their items run concurrently (Options › Concurrency). */
export const READS = ['findFreeSlots', 'get', 'getAll', 'search'];

/** The node-wide Options: how long to wait for Aerona's rate budget and for its answers, the reads in flight. */
export const optionsCollection = collection('options', [
	concurrencyOption(
		AERONA_CONCURRENCY,
		READS,
		"1 by default: Aerona's budget of 300 requests per 15 minutes paces a run anyway, and one request at a time keeps up with it.",
	),
	maxWaitField(
		DEFAULT_MAX_WAIT_SECONDS,
		"How long the node may wait when the credential's request budget is spent (Aerona allows 300 requests per 15 minutes and invalidates the token beyond). Past this wait the item fails without sending anything; 0 fails at once.",
	),
	timeoutOption('Aerona', AERONA_TIMEOUT_MS),
]);

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
