import type { IDataObject } from 'n8n-workflow';

/**
 * What a webhook delivery is about. Aerona does not document its webhook payload, so the object type,
 * the event and the record ID are looked for under the usual names; whatever is not found is null and
 * the body is passed on untouched.
 */
export const OBJECT_TYPES = ['appointment', 'patient', 'treatment'] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];

export interface Delivery {
	objectType: ObjectType | null;
	event: string | null;
	id: number | string | null;
}

const TYPE_KEYS = [
	'objectType',
	'object_type',
	'type',
	'object',
	'entity',
	'entityType',
	'resource',
	'resourceType',
	'webhookType',
];
const EVENT_KEYS = [
	'event',
	'eventType',
	'event_type',
	'eventName',
	'action',
	'trigger',
	'changeType',
];
/** Where a record may be nested. */
const NESTED_KEYS = ['data', 'payload', 'record', 'object', 'entity'];

/** Keys compared without case, so "ObjectType" and "objecttype" count too. */
function stringAt(body: IDataObject, keys: string[]): string | undefined {
	const lower = new Map(Object.keys(body).map((key) => [key.toLowerCase(), key]));
	for (const key of keys) {
		const actual = lower.get(key.toLowerCase());
		const value = actual === undefined ? undefined : body[actual];
		if (typeof value === 'string' && value.trim() !== '') return value.trim();
	}
	return undefined;
}

function typeIn(text: string): ObjectType | undefined {
	const lower = text.toLowerCase();
	return OBJECT_TYPES.find((type) => lower.includes(type));
}

/** "APPOINTMENT_CREATED", "appointment.created", "AppointmentCreated" and "Created" all give "created". */
function eventName(text: string, type: ObjectType | undefined): string {
	const lower = text.toLowerCase();
	const withoutType = type ? lower.replace(type, ' ') : lower;
	const words = withoutType.split(/[^a-z0-9]+/).filter((word) => word !== '');
	return words.length > 0 ? words.join('_') : lower;
}

function idOf(
	record: IDataObject,
	type: ObjectType | undefined,
	explicit: boolean,
): number | string | null {
	const keys = [...(type ? [`${type}Id`] : []), 'objectId', ...(explicit ? ['id'] : [])];
	for (const key of keys) {
		const value = record[key];
		if (typeof value === 'number' || (typeof value === 'string' && value.trim() !== ''))
			return value;
	}
	return null;
}

export function describeDelivery(body: unknown): Delivery {
	if (body === null || typeof body !== 'object' || Array.isArray(body)) {
		return { objectType: null, event: null, id: null };
	}
	const record = body as IDataObject;
	const typeText = stringAt(record, TYPE_KEYS);
	const eventText = stringAt(record, EVENT_KEYS);
	let objectType = (typeText && typeIn(typeText)) || (eventText && typeIn(eventText)) || undefined;
	// A body with only IDs: an appointment or treatment also names its patient, so those come first.
	const explicit = objectType !== undefined;
	objectType ??= (['appointment', 'treatment', 'patient'] as const).find(
		(type) => record[`${type}Id`] !== undefined,
	);
	let id = idOf(record, objectType, explicit);
	for (const key of NESTED_KEYS) {
		const nested = record[key];
		if (id !== null) break;
		if (nested !== null && typeof nested === 'object' && !Array.isArray(nested))
			id = idOf(nested as IDataObject, objectType, explicit);
	}
	return {
		objectType: objectType ?? null,
		event: eventText ? eventName(eventText, objectType) : null,
		id,
	};
}
