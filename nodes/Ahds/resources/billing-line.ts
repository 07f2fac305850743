import { amountField, refField } from './common';
import type { AhdsResource } from './types';

export const billingLine: AhdsResource = {
	slug: 'billing-line',
	value: 'billingLine',
	displayName: 'Billing Line',
	plural: 'billing lines',
	idField: 'lineId',
	source: 'DOCS',
	evidence: 'POST (tax fields not named in the excerpt)',
	fields: [
		refField('invoiceId', 'invoice of the line'),
		amountField('unitPrice', 'Price of one unit'),
		{ name: 'quantity', type: 'number', description: 'Number of units' },
	],
};
