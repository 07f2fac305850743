import { operationPicker, resourceOf } from '../../../shared/operation';
import { deleteById, list } from '../../../shared/operations';
import { alfaDocs } from '../../transport';
import { ID } from '../common';
import * as update from './update.operation';

export const billLiability = resourceOf(
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
	{
		getAll: list(alfaDocs, {
			resource: 'billLiability',
			endpoint: 'billLiability.getAll',
			ids: [ID.bill],
			paging: false,
		}),
		update,
		delete: deleteById(alfaDocs, {
			resource: 'billLiability',
			endpoint: 'billLiability.delete',
			ids: [ID.bill, ID.liability],
			output: ({ billId, liabilityId }) => ({ id: liabilityId, billId }),
		}),
	},
);
