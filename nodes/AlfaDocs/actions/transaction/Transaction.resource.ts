import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import type { FieldKinds } from '../../../shared/fields';
import { readCreateBody } from '../../../shared/fields';
import type { Session } from '../../transport';
import type { Resource } from '../common';
import { booleanField, collection, getRecord, locator, oneOf, operationPicker } from '../common';
import { windowedGetAll } from '../windowed';
import { directionOptions, expenseTypeField, expenseTypeKind } from './fields';

const primary: INodeProperties[] = [
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'number',
		default: 0,
		required: true,
		typeOptions: { numberPrecision: 2 },
		description: 'The amount of the transaction',
	},
	{
		displayName: 'Date',
		name: 'date',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'The day of the transaction',
	},
	{
		displayName: 'Direction',
		name: 'direction',
		type: 'options',
		options: directionOptions,
		default: 'incoming',
		required: true,
		description: 'Incoming (a patient pays) or outgoing (the practice pays)',
	},
	locator('accountId', 'Account', 'searchAccounts', {
		description: 'The account the money goes to or comes from',
	}),
	locator('paymentTypeId', 'Payment Type', 'searchPaymentTypes', {
		description: 'How the money was paid (cash, card...)',
	}),
	expenseTypeField,
];

const optional: INodeProperties[] = [
	{
		displayName: 'Bill ID',
		name: 'billId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 69215',
		description:
			'The bill the transaction pays (required by AlfaDocs when it is related to a bill). Delete the bill liability afterwards if it settles one.',
	},
	booleanField(
		'relatedToInsurance',
		'Related to Insurance',
		'Whether the transaction is related to an insurance',
	),
];

const kinds: FieldKinds = {
	amount: 'number',
	date: 'date',
	accountId: 'id',
	paymentTypeId: 'id',
	billId: 'id',
	direction: {
		expected: 'incoming or outgoing',
		convert: (ctx, i, label, value) => oneOf(ctx, i, label, value, directionOptions),
	},
	sistemaTsExpenseType: expenseTypeKind,
};

/** Transactions' dateStart/dateEnd are typed date-time: each window covers whole days. */
const getAll = windowedGetAll({
	resource: 'transaction',
	plural: 'transactions',
	endpoint: 'transaction.getAll',
	filters: [
		{
			displayName: 'Bill ID',
			name: 'billId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 69215',
			description: 'Only transactions of this bill',
		},
		{
			displayName: 'Direction',
			name: 'direction',
			type: 'options',
			options: directionOptions,
			default: 'incoming',
			description: 'Only transactions in this direction',
		},
	],
	filterKinds: { billId: 'id' },
	dateQuery: (window) => ({
		dateStart: `${window.start} 00:00:00`,
		dateEnd: `${window.end} 23:59:59`,
	}),
});

async function create(this: IExecuteFunctions, i: number, session: Session) {
	const body = readCreateBody(this, i, primary, optional, kinds);
	return await getRecord(this, i, session, { endpoint: 'transaction.create', body });
}

export const transaction: Resource = {
	description: [
		operationPicker(
			'transaction',
			[
				{
					name: 'Create',
					value: 'create',
					action: 'Create a transaction',
					description:
						'Record a payment; if it settles a bill liability, delete the liability afterwards',
				},
				{
					name: 'Get Many',
					value: 'getAll',
					action: 'Get many transactions',
					description: 'Get the transactions of a date range of any length',
				},
			],
			'getAll',
		),
		...getAll.description,
		...forOperation('transaction', 'create', [
			...primary,
			collection('additionalFields', optional),
		]),
	],
	operations: { getAll: getAll.execute, create },
};
