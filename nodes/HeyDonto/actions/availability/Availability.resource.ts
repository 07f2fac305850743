import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { forOperation, returnAllAndLimit } from '../../../shared/describe';
import type { ItemHandler } from '../../../shared/execute';
import { toApiFields } from '../../../shared/fields';
import { idParameter } from '../../../shared/validate';
import { heyDontoList } from '../../transport';
import { siteLocator } from '../common';

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

const operationPicker: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['availability'] } },
	options: [
		{
			name: 'Get Open Slots',
			value: 'getSlots',
			action: 'Get open appointment slots of a site',
			description: "Compute open slots from the site's schedules and appointments",
		},
	],
	default: 'getSlots',
};

export const description: INodeProperties[] = [
	operationPicker,
	...forOperation('availability', 'getSlots', [
		siteLocator,
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
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options,
		},
	]),
];

async function getSlots(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const siteId = idParameter(this, i, 'siteId', 'Site');
	const startDate = toDateOnly(this, i, 'Start Date', this.getNodeParameter('startDate', i, ''));
	const endDate = toDateOnly(this, i, 'End Date', this.getNodeParameter('endDate', i, ''));
	if (!startDate || !endDate || endDate < startDate) {
		throw new NodeOperationError(
			this.getNode(),
			!startDate || !endDate
				? `"${startDate ? 'End' : 'Start'} Date" is required`
				: `"End Date" (${endDate}) is before "Start Date" (${startDate})`,
			{ itemIndex: i, description: 'Set a Start Date and an End Date on or after it.' },
		);
	}
	const extra = toApiFields(
		this,
		i,
		this.getNodeParameter('options', i, {}) as IDataObject,
		options,
	);
	return await heyDontoList.call(
		this,
		{
			endpoint: 'availability.get',
			params: { siteId },
			qs: { startDate, endDate, ...extra },
			itemIndex: i,
			subject: { label: 'Site', id: siteId },
		},
		{
			returnAll: this.getNodeParameter('returnAll', i) as boolean,
			limit: this.getNodeParameter('limit', i, 50) as number,
		},
	);
}

export const availability = {
	description,
	operations: { getSlots } as Record<string, ItemHandler>,
};
