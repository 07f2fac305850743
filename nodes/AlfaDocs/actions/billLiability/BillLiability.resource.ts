import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { readCollection } from '../../../shared/fields';
import type { Session } from '../../transport';
import { billIdField } from '../bill/Bill.resource';
import type { Resource } from '../common';
import {
	ID,
	assertSomethingToUpdate,
	booleanField,
	collection,
	fetchRecords,
	getRecord,
	idField,
	operationPicker,
	readIds,
	send,
} from '../common';
import { expenseTypeField, expenseTypeKind } from '../transaction/fields';

const liabilityIdField = idField('liabilityId', 'Liability ID');

/** The liability's fields as the seed's list shows them; the update body itself is not documented. */
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

async function update(this: IExecuteFunctions, i: number, session: Session) {
	const call = readIds(this, i, ID.bill, ID.liability);
	const body = readCollection(this, i, 'updateFields', updateFields, {
		amount: 'number',
		date: 'date',
		sistemaTsExpenseType: expenseTypeKind,
	});
	assertSomethingToUpdate(this, i, body);
	return await getRecord(this, i, session, { ...call, endpoint: 'billLiability.update', body });
}

async function deleteLiability(this: IExecuteFunctions, i: number, session: Session) {
	const call = readIds(this, i, ID.bill, ID.liability);
	await send(this, i, session, { ...call, endpoint: 'billLiability.delete' });
	return { id: call.params.liabilityId, billId: call.params.billId, deleted: true };
}

export const billLiability: Resource = {
	description: [
		operationPicker(
			'billLiability',
			[
				{
					name: 'Delete',
					value: 'delete',
					action: 'Delete a bill liability',
					description: 'Delete a liability of a bill (e.g. once a transaction pays it)',
				},
				{
					name: 'Get Many',
					value: 'getAll',
					action: 'Get many bill liabilities',
					description: 'Get the liabilities of a bill',
				},
				{
					name: 'Update',
					value: 'update',
					action: 'Update a bill liability',
					description: 'Update a liability of a bill: only the fields you add change',
				},
			],
			'getAll',
		),
		...forOperation('billLiability', 'getAll', [billIdField]),
		...forOperation('billLiability', 'update', [
			billIdField,
			liabilityIdField,
			collection('updateFields', updateFields),
		]),
		...forOperation('billLiability', 'delete', [billIdField, liabilityIdField]),
	],
	operations: {
		getAll: fetchRecords('billLiability.getAll', ID.bill),
		update,
		delete: deleteLiability,
	},
};
