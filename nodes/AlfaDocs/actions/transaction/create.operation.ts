import type { INodeProperties } from 'n8n-workflow';

import type { FieldKinds } from '../../../shared/fields';
import { idLocator } from '../../../shared/locators';
import { toOneOf } from '../../../shared/choices';
import { create } from '../../../shared/operations';
import { alfaDocs } from '../../transport';
import { booleanField } from '../common';
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
	idLocator('accountId', 'Account', 'searchAccounts', {
		description: 'The account the money goes to or comes from',
	}),
	idLocator('paymentTypeId', 'Payment Type', 'searchPaymentTypes', {
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
		convert: (ctx, i, label, value) => toOneOf(ctx, i, label, value, directionOptions),
	},
	sistemaTsExpenseType: expenseTypeKind,
};

export const { description, execute } = create(alfaDocs, {
	resource: 'transaction',
	endpoint: 'transaction.create',
	primary,
	optional: optional,
	kinds: kinds,
});
