import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import type { Session } from '../../transport';
import type { Resource } from '../common';
import { ID, fetchRecord, getRecord, idField, operationPicker, readIds } from '../common';
import { directionOptions } from '../transaction/fields';
import { windowedGetAll } from '../windowed';

export const billIdField = idField('billId', 'Bill ID');

const getAll = windowedGetAll({
	resource: 'bill',
	plural: 'bills',
	endpoint: 'bill.getAll',
	filters: [
		{
			displayName: 'Care Plan ID',
			name: 'carePlanId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 132',
			description: 'Only bills of this care plan',
		},
		{
			displayName: 'Direction',
			name: 'direction',
			type: 'options',
			options: directionOptions,
			default: 'outgoing',
			description: 'Only bills in this direction',
		},
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: [
				{ name: 'Credit Note', value: 'credit' },
				{ name: 'Full', value: 'full' },
				{ name: 'Partial', value: 'partial' },
				{ name: 'Proforma', value: 'proforma' },
			],
			default: 'full',
			description: 'Only bills of this type',
		},
	],
	filterKinds: { carePlanId: 'id' },
	dateQuery: (window) => ({ dateStart: window.start, dateEnd: window.end }),
});

async function validatePaymentLink(this: IExecuteFunctions, i: number, session: Session) {
	const call = readIds(this, i, ID.bill);
	const result = await getRecord(this, i, session, {
		...call,
		endpoint: 'bill.validatePaymentLink',
	});
	return { billId: call.params.billId, ...result };
}

export const bill: Resource = {
	description: [
		operationPicker(
			'bill',
			[
				{ name: 'Get', value: 'get', action: 'Get a bill' },
				{
					name: 'Get Many',
					value: 'getAll',
					action: 'Get many bills',
					description: 'Get the bills of a date range of any length',
				},
				{
					name: 'Validate Payment Link',
					value: 'validatePaymentLink',
					action: 'Validate the payment link of a bill',
					description: 'Check whether the payment link of a bill is still valid',
				},
			],
			'getAll',
		),
		...getAll.description,
		...forOperation('bill', 'get', [billIdField]),
		...forOperation('bill', 'validatePaymentLink', [billIdField]),
	],
	operations: {
		getAll: getAll.execute,
		get: fetchRecord('bill.get', ID.bill),
		validatePaymentLink,
	},
};
