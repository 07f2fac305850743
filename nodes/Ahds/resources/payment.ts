import { amountField } from './common';
import type { AhdsResource } from './types';

export const payment: AhdsResource = {
	slug: 'payment',
	value: 'payment',
	displayName: 'Payment',
	plural: 'payments',
	idField: 'paymentId',
	source: 'DOCS',
	evidence: 'POST, PUT, GET one',
	fields: [
		amountField('amount', 'Amount paid'),
		{
			name: 'paymentMethod',
			type: 'string',
			description: 'How it was paid',
			placeholder: 'e.g. cash',
		},
		{
			name: 'linkedInvoices',
			type: 'json',
			description: 'The invoices the payment settles, as a JSON array',
		},
		{
			name: 'status',
			type: 'string',
			description: 'Status of the payment',
			placeholder: 'e.g. pending',
		},
	],
};
