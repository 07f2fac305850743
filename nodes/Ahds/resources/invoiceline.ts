import { refField } from './common';
import type { AhdsResource } from './types';

export const invoiceline: AhdsResource = {
	slug: 'invoiceline',
	value: 'invoiceLine',
	displayName: 'Invoice Line',
	plural: 'invoice lines',
	idField: 'invoicelineId',
	source: 'DOCS',
	evidence: 'POST (amounts as strings; their names are not in the excerpt)',
	fields: [refField('invoiceId', 'invoice of the line')],
};
