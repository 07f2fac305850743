import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readDateRange } from '../../../shared/dates';
import {
	collection,
	forOperation,
	readReturnAllAndLimit,
	returnAllAndLimit,
	timeoutOption,
} from '../../../shared/describe';
import { HEYDONTO_TIMEOUT_MS } from '../../../shared/heydontoPlatform';
import { readCollection } from '../../../shared/fields';
import { readIds } from '../../../shared/ids';
import { heyDonto } from '../../transport';
import { concurrency, siteId } from '../common';

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
	// The node's Options hold Timeout and Concurrency; this operation's Options take them too.
	collection('options', [...options, concurrency, timeoutOption('HeyDonto', HEYDONTO_TIMEOUT_MS)]),
]);

/** GET /site/{siteId}/availability for a date range: one item per open slot. */
export async function execute(this: IExecuteFunctions, i: number) {
	const { params, subject } = readIds(this, i, siteId);
	const { start, end } = readDateRange(
		this,
		i,
		{ name: 'startDate', label: 'Start Date' },
		{ name: 'endDate', label: 'End Date' },
	);
	const qs = {
		startDate: start.toFormat('yyyy-MM-dd'),
		endDate: end.toFormat('yyyy-MM-dd'),
		...readCollection(this, i, 'options', options),
	};
	return await heyDonto.list.call(
		this,
		{ endpoint: 'availability.get', params, qs, itemIndex: i, subject },
		readReturnAllAndLimit(this, i),
	);
}
