import type { Codes } from './search';

/** FHIR R4's value sets the node offers as options (names sorted as n8n lists options). */

export const APPOINTMENT_STATUSES: Codes = [
	{ name: 'Arrived', value: 'arrived' },
	{ name: 'Booked', value: 'booked' },
	{ name: 'Cancelled', value: 'cancelled' },
	{ name: 'Checked In', value: 'checked-in' },
	{ name: 'Entered in Error', value: 'entered-in-error' },
	{ name: 'Fulfilled', value: 'fulfilled' },
	{ name: 'No Show', value: 'noshow' },
	{ name: 'Pending', value: 'pending' },
	{ name: 'Proposed', value: 'proposed' },
	{ name: 'Waitlist', value: 'waitlist' },
];

export const SLOT_STATUSES: Codes = [
	{ name: 'Busy', value: 'busy' },
	{ name: 'Busy (Tentative)', value: 'busy-tentative' },
	{ name: 'Busy (Unavailable)', value: 'busy-unavailable' },
	{ name: 'Entered in Error', value: 'entered-in-error' },
	{ name: 'Free', value: 'free' },
];

export const GENDERS: Codes = [
	{ name: 'Female', value: 'female' },
	{ name: 'Male', value: 'male' },
	{ name: 'Other', value: 'other' },
	{ name: 'Unknown', value: 'unknown' },
];

/** Sort keys every type has. */
export const LAST_UPDATED = { name: 'Last Updated', value: '_lastUpdated' };
export const ID = { name: 'ID', value: '_id' };
