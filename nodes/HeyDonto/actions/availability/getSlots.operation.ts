import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { readDateRange } from '../../../shared/dates';
import {
	collection,
	forOperation,
	forVersions,
	readReturnAllAndLimit,
	returnAllAndLimit,
	timeoutOption,
} from '../../../shared/describe';
import { HEYDONTO_TIMEOUT_MS } from '../../../shared/heydontoPlatform';
import { readCollection } from '../../../shared/fields';
import { readIds } from '../../../shared/ids';
import { heyDonto } from '../../transport';
import { V1_1, concurrency, siteId } from '../common';

const options: INodeProperties[] = [
	{
		displayName: 'Include Location',
		name: 'includeLocation',
		type: 'boolean',
		default: false,
		description: 'Whether to include the location of each slot',
	},
	{
		displayName: 'Include Practitioner',
		name: 'includePractitioner',
		type: 'boolean',
		default: false,
		description: 'Whether to include the practitioners of each slot',
	},
	{
		displayName: 'Include Schedule',
		name: 'includeSchedule',
		type: 'boolean',
		default: false,
		description: 'Whether to include the schedule each slot comes from',
	},
	{
		displayName: 'Practitioner ID',
		name: 'practitionerId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 7c0b6e0e-...',
		description: 'Only slots of this practitioner (its FHIR ID)',
	},
];

/** Simplify: on by default from node version 1.1; version 1 nodes keep the raw slots unless turned on. */
const simplifyOff: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: false,
	description: 'Whether to return a simplified version of the response instead of the raw data',
	hint: "One flat item per slot: date, start and end time in the workflow's time zone, and the practitioner's name",
};
const simplifyOn: INodeProperties = { ...simplifyOff, default: true };

export const description = forOperation('availability', 'getSlots', [
	siteId.property,
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'First day to search (sent as YYYY-MM-DD)',
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'Last day to search (sent as YYYY-MM-DD)',
	},
	...returnAllAndLimit(),
	...forVersions([simplifyOff], V1_1, true),
	...forVersions([simplifyOn], V1_1),
	// The node's Options hold Timeout and Concurrency; this operation's Options take them too.
	collection('options', [...options, concurrency, timeoutOption('HeyDonto', HEYDONTO_TIMEOUT_MS)]),
]);

type Fhir = IDataObject & {
	name?: Array<{ text?: string; prefix?: string[]; given?: string[]; family?: string }>;
};

/** A FHIR practitioner's or location's name as people write it: "Dr. Ann Lee". */
function displayName(resource: Fhir): string | undefined {
	if (typeof resource.name === 'string') return resource.name;
	const [name] = resource.name ?? [];
	if (!name) return undefined;
	if (name.text) return name.text;
	const words = [...(name.prefix ?? []), ...(name.given ?? []), name.family].filter(Boolean);
	return words.length > 0 ? words.join(' ') : undefined;
}

const names = (resources: unknown) =>
	((resources ?? []) as Fhir[])
		.map(displayName)
		.filter((name): name is string => name !== undefined)
		.join(', ') || undefined;

/** One open slot as people read it, in the workflow's time zone. */
export function simplifySlot(slot: IDataObject, zone: string): IDataObject {
	const at = (value: unknown) => DateTime.fromISO(String(value), { setZone: true }).setZone(zone);
	const start = at(slot.start);
	const end = at(slot.end);
	if (!start.isValid || !end.isValid) return slot;
	const iso = (time: DateTime) => time.toISO({ suppressMilliseconds: true });
	const practitioners = (slot.practitioners ?? []) as Fhir[];
	return {
		date: start.toISODate(),
		startTime: start.toFormat('HH:mm'),
		endTime: end.toFormat('HH:mm'),
		start: iso(start),
		end: iso(end),
		timeZone: zone,
		practitioner: names(practitioners),
		practitionerIds: practitioners.map((practitioner) => practitioner.id),
		location: names(slot.locations),
		scheduleId: slot.scheduleId,
	};
}

/** GET /site/{siteId}/availability for a date range: one item per open slot, simplified or as HeyDonto sends it. */
export async function execute(this: IExecuteFunctions, i: number) {
	const { params, subject } = readIds(this, i, siteId);
	const { start, end } = readDateRange(
		this,
		i,
		{ name: 'startDate', label: 'Start Date' },
		{ name: 'endDate', label: 'End Date' },
	);
	const simplified = this.getNodeParameter('simplify', i, false) as boolean;
	const qs = {
		startDate: start.toFormat('yyyy-MM-dd'),
		endDate: end.toFormat('yyyy-MM-dd'),
		...readCollection(this, i, 'options', options),
		// The simplified slot names its practitioner.
		...(simplified ? { includePractitioner: true } : {}),
	};
	const slots = await heyDonto.list.call(
		this,
		{ endpoint: 'availability.get', params, qs, itemIndex: i, subject },
		readReturnAllAndLimit(this, i),
	);
	return simplified ? slots.map((slot) => simplifySlot(slot, this.getTimezone())) : slots;
}
