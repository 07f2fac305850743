import { ID, LAST_UPDATED } from '../fhir/codes';
import { actorField, conceptField, elementField, identifierField } from '../fhir/fields';
import { fhirResource } from '../fhir/resource';
import { booleanFilter, referenceFilter, textFilter } from '../fhir/search';

/** FHIR Schedules of a site: the practitioner whose time the schedule's slots offer. */
export const fhirSchedule = fhirResource({
	value: 'fhirSchedule',
	type: 'Schedule',
	one: 'FHIR schedule',
	plural: 'FHIR schedules',
	filters: [
		referenceFilter(
			'actor',
			'Practitioner ID',
			'Practitioner',
			'Only schedules of this practitioner (actor)',
		),
		booleanFilter(
			'active',
			'Active',
			'Whether to return only active schedules (on) or only inactive ones (off)',
		),
		textFilter(
			'identifier',
			'Identifier',
			'Only the schedule with this identifier: a value, or system|value',
			'SCH-1',
		),
	],
	sortKeys: [LAST_UPDATED, ID],
	primary: [actorField('Practitioner', 'Practitioner ID', 'The practitioner whose schedule it is')],
	optional: [
		elementField('active', 'Active', 'boolean', 'Whether the schedule is in active use'),
		elementField('comment', 'Comment', 'string', 'Comments on the schedule'),
		identifierField("The schedule's identifier", 'SCH-1'),
		conceptField('serviceType', 'Service Type', 'The service offered', 'General dentistry', true),
	],
});
