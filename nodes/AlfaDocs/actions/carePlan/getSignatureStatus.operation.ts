import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { readIds } from '../../../shared/ids';
import type { Session } from '../../transport';
import { alfaDocs } from '../../transport';
import { ID } from '../common';

export const description = forOperation('carePlan', 'getSignatureStatus', [ID.carePlan.property]);

/** Answered as `{status, isSigned}` (no `data`). */
export async function execute(this: IExecuteFunctions, i: number, session: Session) {
	const ids = readIds(this, i, ID.carePlan);
	const body = (await alfaDocs.request.call(this, {
		...ids,
		endpoint: 'carePlan.getSignatureStatus',
		itemIndex: i,
		state: session,
	})) as { isSigned?: unknown; data?: { isSigned?: unknown } };
	return {
		carePlanId: ids.params.carePlanId,
		isSigned: body?.isSigned ?? body?.data?.isSigned ?? null,
	};
}
