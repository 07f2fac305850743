import { ledgerOf, ledgerResource } from '../ledger';

export const invoice = ledgerResource(ledgerOf('invoice', 'Invoice'));
