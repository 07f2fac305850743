import { ID, LAST_UPDATED, SLOT_STATUSES } from '../fhir/codes';
import { elementField, identifierField, referenceField, required } from '../fhir/fields';
import { fhirResource } from '../fhir/resource';
import { codeFilter, dateRangeFilters, referenceFilter, textFilter } from '../fhir/search';

/** FHIR Slots of a site: the bookable times of a schedule, free or busy. */
export const fhirSlot = fhirResource({
	value: 'fhirSlot',
	type: 'Slot',
	one: 'FHIR slot',
	plural: 'FHIR slots',
	filters: [
		referenceFilter('schedule', 'Schedule ID', 'Schedule', 'Only slots of this schedule'),
		...dateRangeFilters(
			'start',
			{ name: 'startFrom', displayName: 'Start From' },
			{ name: 'startTo', displayName: 'Start To' },
			'slots starting',
		),
		codeFilter('status', 'Status', SLOT_STATUSES, 'Only slots with one of these statuses', true),
		textFilter(
			'identifier',
			'Identifier',
			'Only the slot with this identifier: a value, or system|value',
			'SLOT-1',
		),
	],
	sortKeys: [
		{ name: 'Start', value: 'start' },
		{ name: 'Status', value: 'status' },
		LAST_UPDATED,
		ID,
	],
	primary: [
		required(
			referenceField('schedule', 'Schedule', 'Schedule ID', 'The schedule the slot belongs to'),
		),
		elementField('status', 'Status', SLOT_STATUSES, 'Whether the slot is free or busy', {
			default: 'free',
			required: true,
		}),
		elementField('start', 'Start', 'instant', 'When the slot starts', { required: true }),
		elementField('end', 'End', 'instant', 'When the slot ends', { required: true }),
	],
	optional: [
		elementField('comment', 'Comment', 'string', 'Comments on the slot'),
		identifierField("The slot's identifier", 'SLOT-1'),
	],
});
