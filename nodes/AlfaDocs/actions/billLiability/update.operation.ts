import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collection, forOperation } from '../../../shared/describe';
import { readCollection } from '../../../shared/fields';
import { readIds } from '../../../shared/ids';
import { assertSomethingToUpdate } from '../../../shared/operation';
import type { Session } from '../../transport';
import { alfaDocs } from '../../transport';
import { ID, booleanField } from '../common';
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

export const description = forOperation('billLiability', 'update', [
	ID.bill.property,
	ID.liability.property,
	collection('updateFields', updateFields),
]);

export async function execute(this: IExecuteFunctions, i: number, session: Session) {
	const ids = readIds(this, i, ID.bill, ID.liability);
	const body = readCollection(this, i, 'updateFields', updateFields, {
		amount: 'number',
		date: 'date',
		sistemaTsExpenseType: expenseTypeKind,
	});
	assertSomethingToUpdate(this, i, body);
	return await alfaDocs.record.call(this, {
		...ids,
		endpoint: 'billLiability.update',
		body,
		itemIndex: i,
		state: session,
	});
}
