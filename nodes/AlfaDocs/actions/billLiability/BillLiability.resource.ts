import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { toApiFields } from '../../../shared/fields';
import { idParameter } from '../../../shared/validate';
import type { Session } from '../../transport';
import { billIdField, billOf } from '../bill/Bill.resource';
import type { Resource } from '../common';
import {
	assertSomethingToUpdate,
	booleanField,
	getRecord,
	getRecords,
	idField,
	operationPicker,
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

const ids = (ctx: IExecuteFunctions, i: number) => {
	const { billId, subject: bill } = billOf(ctx, i);
	const liabilityId = idParameter(ctx, i, 'liabilityId', 'Liability ID');
	return {
		params: { billId, liabilityId },
		subject: { label: 'Liability', id: liabilityId, parent: bill },
	};
};

async function getAll(this: IExecuteFunctions, i: number, session: Session) {
	const { billId, subject } = billOf(this, i);
	return await getRecords(this, i, session, {
		endpoint: 'billLiability.getAll',
		params: { billId },
		subject,
	});
}

async function update(this: IExecuteFunctions, i: number, session: Session) {
	const { params, subject } = ids(this, i);
	const body = toApiFields(
		this,
		i,
		this.getNodeParameter('updateFields', i, {}) as IDataObject,
		updateFields,
		{ amount: 'number', date: 'date', sistemaTsExpenseType: expenseTypeKind },
	);
	assertSomethingToUpdate(this, i, body);
	return await getRecord(this, i, session, {
		endpoint: 'billLiability.update',
		params,
		body,
		subject,
	});
}

async function deleteLiability(this: IExecuteFunctions, i: number, session: Session) {
	const { params, subject } = ids(this, i);
	await send(this, i, session, { endpoint: 'billLiability.delete', params, subject });
	return { id: params.liabilityId, billId: params.billId, deleted: true };
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
			{
				displayName: 'Update Fields',
				name: 'updateFields',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: updateFields,
			},
		]),
		...forOperation('billLiability', 'delete', [billIdField, liabilityIdField]),
	],
	operations: { getAll, update, delete: deleteLiability },
};
