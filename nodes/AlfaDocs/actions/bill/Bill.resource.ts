import { operationPicker, resourceOf } from '../../../shared/operation';
import { getById } from '../../../shared/operations';
import { alfaDocs } from '../../transport';
import { ID } from '../common';
import * as getAll from './getAll.operation';
import * as validatePaymentLink from './validatePaymentLink.operation';

export const bill = resourceOf(
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
	{
		getAll,
		get: getById(alfaDocs, { resource: 'bill', endpoint: 'bill.get', ids: [ID.bill] }),
		validatePaymentLink,
	},
);
