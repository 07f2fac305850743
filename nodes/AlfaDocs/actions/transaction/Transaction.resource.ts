import { operationPicker, resourceOf } from '../../../shared/operation';
import * as create from './create.operation';
import * as getAll from './getAll.operation';

export const transaction = resourceOf(
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
	{ getAll, create },
);
