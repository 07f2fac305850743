import { nameField } from './common';
import type { AhdsResource } from './types';

export const paymentmethod: AhdsResource = {
	slug: 'paymentmethod',
	value: 'paymentMethod',
	displayName: 'Payment Method',
	plural: 'payment methods',
	idField: 'paymentmethodId',
	source: 'DOCS',
	evidence: 'POST',
	fields: [
		nameField('payment method', 'Visa'),
		{
			name: 'paymentMethodType',
			type: 'options',
			values: ['cash', 'card', 'bankTransfer', 'check', 'online', 'other'],
			description: 'Kind of payment method',
		},
	],
};
