import { currencyField, refField } from './common';
import type { AhdsResource } from './types';

export const invoice: AhdsResource = {
	slug: 'invoice',
	value: 'invoice',
	displayName: 'Invoice',
	plural: 'invoices',
	idField: 'invoiceId',
	source: 'DOCS',
	evidence: 'POST, PUT /invoice/{invoiceId}',
	fields: [
		refField('contactId', 'contact invoiced'),
		{ name: 'invoiceDate', type: 'date', description: 'Date of the invoice, sent as YYYY-MM-DD' },
		currencyField,
	],
};
