import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { readIds } from '../../../shared/ids';
import type { Session } from '../../transport';
import { alfaDocs } from '../../transport';
import { ID } from '../common';

export const description = forOperation('bill', 'validatePaymentLink', [ID.bill.property]);

export async function execute(this: IExecuteFunctions, i: number, session: Session) {
	const ids = readIds(this, i, ID.bill);
	const result = await alfaDocs.record.call(this, {
		...ids,
		endpoint: 'bill.validatePaymentLink',
		itemIndex: i,
		state: session,
	});
	return { billId: ids.params.billId, ...result };
}
