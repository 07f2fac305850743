import { APPOINTMENT_STATUSES, ID, LAST_UPDATED } from '../fhir/codes';
import { conceptField, elementField, identifierField, participantField } from '../fhir/fields';
import { fhirResource } from '../fhir/resource';
import { codeFilter, dateRangeFilters, referenceFilter, textFilter } from '../fhir/search';

/** FHIR Appointments of a site: who (a patient and a practitioner among the participants), when, status. */
export const fhirAppointment = fhirResource({
	value: 'fhirAppointment',
	type: 'Appointment',
	one: 'FHIR appointment',
	plural: 'FHIR appointments',
	filters: [
		...dateRangeFilters(
			'date',
			{ name: 'startFrom', displayName: 'Start From' },
			{ name: 'startTo', displayName: 'Start To' },
			'appointments starting',
		),
		codeFilter(
			'status',
			'Status',
			APPOINTMENT_STATUSES,
			'Only appointments with one of these statuses',
			true,
		),
		referenceFilter('patient', 'Patient ID', 'Patient', 'Only appointments of this patient'),
		referenceFilter(
			'practitioner',
			'Practitioner ID',
			'Practitioner',
			'Only appointments with this practitioner',
		),
		textFilter(
			'identifier',
			'Identifier',
			'Only the appointment with this identifier: a value, or system|value',
			'https://heydonto.com/fhir/sid/pms-appointment-id|APT-1-000001',
		),
	],
	sortKeys: [
		{ name: 'Start', value: 'date' },
		{ name: 'Status', value: 'status' },
		LAST_UPDATED,
		ID,
	],
	primary: [
		elementField('status', 'Status', APPOINTMENT_STATUSES, 'The status of the appointment', {
			default: 'booked',
			required: true,
		}),
		elementField('start', 'Start', 'instant', 'When the appointment starts'),
		elementField('end', 'End', 'instant', 'When the appointment ends'),
		participantField('Patient', 'Patient ID', 'The patient, a participant of the appointment'),
		participantField(
			'Practitioner',
			'Practitioner ID',
			'The practitioner, a participant of the appointment',
		),
	],
	optional: [
		conceptField('appointmentType', 'Appointment Type', 'The kind of appointment', 'Cleaning'),
		elementField('comment', 'Comment', 'string', 'Comments on the appointment'),
		elementField('description', 'Description', 'string', 'Shown in a list of appointments', {
			placeholder: 'e.g. Cleaning',
		}),
		identifierField(
			"The appointment's identifier",
			'https://heydonto.com/fhir/sid/pms-appointment-id|APT-1-000401',
		),
		elementField('minutesDuration', 'Minutes Duration', 'number', 'The length of the appointment'),
	],
});
