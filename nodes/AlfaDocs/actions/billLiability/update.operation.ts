import type { INodeProperties } from 'n8n-workflow';

import { ID, booleanField, updateOperation } from '../common';
import { expenseTypeField, expenseTypeKind } from '../transaction/fields';

/** The liability's fields as AlfaDocs' list shows them (SEED); the update body itself is not documented. */
const updateFields: INodeProperties[] = [
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'number',
		default: 0,
		typeOptions: { numberPrecision: 2 },
		description: 'The amount due',
	},
	{
		displayName: 'Date',
		name: 'date',
		type: 'dateTime',
		default: '',
		description: 'The day the amount is due',
	},
	booleanField(
		'relatedToInsurance',
		'Related to Insurance',
		'Whether an insurance pays this liability',
	),
	{ ...expenseTypeField, required: false },
];

export const { description, execute } = updateOperation({
	resource: 'billLiability',
	endpoint: 'billLiability.update',
	ids: [ID.bill, ID.liability],
	fields: updateFields,
	kinds: { amount: 'number', date: 'date', sistemaTsExpenseType: expenseTypeKind },
});
