import { ledgerOf, ledgerResource } from '../ledger';

export const payment = ledgerResource(ledgerOf('payment', 'Payment'));
