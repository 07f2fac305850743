import { ledgerResource } from '../ledger';

export const payment = ledgerResource({
	resource: 'payment',
	label: 'Payment',
	plural: 'payments',
	idName: 'paymentId',
	endpoints: { get: 'payment.get', search: 'payment.search' },
});
