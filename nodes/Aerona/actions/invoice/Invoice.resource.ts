import { ledgerResource } from '../ledger';

export const invoice = ledgerResource({
	resource: 'invoice',
	label: 'Invoice',
	plural: 'invoices',
	idName: 'invoiceId',
	endpoints: { get: 'invoice.get', search: 'invoice.search' },
});
