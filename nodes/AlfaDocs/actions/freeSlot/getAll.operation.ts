import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	collection,
	forOperation,
	readReturnAllAndLimit,
	returnAllAndLimit,
	timeoutOption,
} from '../../../shared/describe';
import type { FieldKinds } from '../../../shared/fields';
import { readCreateBody } from '../../../shared/fields';
import { toIdList } from '../../../shared/lists';
import type { Session } from '../../transport';
import { alfaDocs } from '../../transport';
import { ALFADOCS_TIMEOUT_MS } from '../../transport/connection';
import { concurrency, localDateTime } from '../common';

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
	// AlfaDocs' documented example (SEED): operatorIds=1,2,3,4
	operatorIds: {
		expected: 'a list of numeric IDs',
		convert: (ctx, i, label, value) => {
			const ids = toIdList(ctx, i, label, value);
			return ids.length > 0 ? ids.join(',') : undefined;
		},
	},
};

export const description = forOperation('freeSlot', 'getAll', [
	...primary,
	...returnAllAndLimit(),
	// The node's Options hold Timeout and Concurrency; this operation's Options take them too.
	collection(
		'options',
		[...options, concurrency, timeoutOption('AlfaDocs', ALFADOCS_TIMEOUT_MS)].sort((a, b) =>
			a.displayName.localeCompare(b.displayName),
		),
	),
]);

/** Free slots of a given length from a start time: the query is the Start, Duration and Options. */
export async function execute(this: IExecuteFunctions, i: number, session: Session) {
	const qs = readCreateBody(this, i, primary, options, kinds, 'options');
	return await alfaDocs.list.call(
		this,
		{ endpoint: 'freeSlot.getAll', qs, itemIndex: i, state: session },
		readReturnAllAndLimit(this, i),
	);
}
