import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import type { Session } from '../../transport';
import type { Resource } from '../common';
import { ID, fetchRecord, idField, operationPicker, readIds, send } from '../common';

const carePlanIdField = idField('carePlanId', 'Care Plan ID');
const carePlanEntryIdField = idField('carePlanEntryId', 'Care Plan Entry ID');

/** Answered as `{status, isSigned}` (no `data`). */
async function getSignatureStatus(this: IExecuteFunctions, i: number, session: Session) {
	const call = readIds(this, i, ID.carePlan);
	const body = (await send(this, i, session, {
		...call,
		endpoint: 'carePlan.getSignatureStatus',
	})) as { isSigned?: unknown; data?: { isSigned?: unknown } };
	return {
		carePlanId: call.params.carePlanId,
		isSigned: body?.isSigned ?? body?.data?.isSigned ?? null,
	};
}

export const carePlan: Resource = {
	description: [
		operationPicker('carePlan', [
			{ name: 'Get', value: 'get', action: 'Get a care plan' },
			{
				name: 'Get Signature Status',
				value: 'getSignatureStatus',
				action: 'Get whether a care plan is signed',
			},
		]),
		...forOperation('carePlan', 'get', [carePlanIdField]),
		...forOperation('carePlan', 'getSignatureStatus', [carePlanIdField]),
	],
	operations: { get: fetchRecord('carePlan.get', ID.carePlan), getSignatureStatus },
};

export const carePlanEntry: Resource = {
	description: [
		operationPicker('carePlanEntry', [
			{ name: 'Get', value: 'get', action: 'Get a care plan entry' },
		]),
		...forOperation('carePlanEntry', 'get', [carePlanIdField, carePlanEntryIdField]),
	],
	operations: { get: fetchRecord('carePlanEntry.get', ID.carePlan, ID.carePlanEntry) },
};
