import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, returnAllAndLimit } from '../../../shared/describe';
import type { FieldKinds } from '../../../shared/fields';
import { readCreateBody } from '../../../shared/fields';
import { toIdList } from '../../../shared/validate';
import type { Session } from '../../transport';
import type { Resource } from '../common';
import { collection, getRecords, limited, localDateTime, operationPicker } from '../common';

const primary: INodeProperties[] = [
	{
		displayName: 'Start',
		name: 'startDate',
		type: 'dateTime',
		default: '',
		required: true,
		description: "The first moment to look for free slots from, in the practice's local time",
	},
	{
		displayName: 'Duration (Minutes)',
		name: 'duration',
		type: 'number',
		default: 30,
		required: true,
		typeOptions: { minValue: 1 },
		description: 'How long each free slot must be, in minutes',
	},
];

const options: INodeProperties[] = [
	{
		displayName: 'End',
		name: 'endDate',
		type: 'dateTime',
		default: '',
		description: 'The last moment to look for free slots',
	},
	{
		displayName: 'Operator Names or IDs',
		name: 'operatorIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getOperators' },
		default: [],
		description:
			'Only slots of these operators. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];

const kinds: FieldKinds = {
	startDate: localDateTime,
	endDate: localDateTime,
	duration: { integer: [1, 1440] },
	// The seed's example: operatorIds=1,2,3,4
	operatorIds: {
		expected: 'a list of numeric IDs',
		convert: (ctx, i, label, value) => {
			const ids = toIdList(ctx, i, label, value);
			return ids.length > 0 ? ids.join(',') : undefined;
		},
	},
};

async function getAll(this: IExecuteFunctions, i: number, session: Session) {
	const qs = readCreateBody(this, i, primary, options, kinds, 'options');
	return limited(this, i, await getRecords(this, i, session, { endpoint: 'freeSlot.getAll', qs }));
}

export const freeSlot: Resource = {
	description: [
		operationPicker('freeSlot', [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many free slots',
				description: 'Find free slots of a given length from a start time',
			},
		]),
		...forOperation('freeSlot', 'getAll', [
			...primary,
			...returnAllAndLimit(),
			collection('options', options),
		]),
	],
	operations: { getAll },
};
