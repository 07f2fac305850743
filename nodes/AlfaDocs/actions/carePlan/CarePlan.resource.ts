import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { idParameter } from '../../../shared/validate';
import type { Session } from '../../transport';
import type { Resource } from '../common';
import { getRecord, idField, operationPicker, send } from '../common';

const carePlanIdField = idField('carePlanId', 'Care Plan ID');
const carePlanEntryIdField = idField('carePlanEntryId', 'Care Plan Entry ID');

const carePlanOf = (ctx: IExecuteFunctions, i: number) => {
	const carePlanId = idParameter(ctx, i, 'carePlanId', 'Care Plan ID');
	return { carePlanId, subject: { label: 'Care Plan', id: carePlanId } };
};

async function get(this: IExecuteFunctions, i: number, session: Session) {
	const { carePlanId, subject } = carePlanOf(this, i);
	return await getRecord(this, i, session, {
		endpoint: 'carePlan.get',
		params: { carePlanId },
		subject,
	});
}

/** Answered as `{status, isSigned}` (no `data`). */
async function getSignatureStatus(this: IExecuteFunctions, i: number, session: Session) {
	const { carePlanId, subject } = carePlanOf(this, i);
	const body = (await send(this, i, session, {
		endpoint: 'carePlan.getSignatureStatus',
		params: { carePlanId },
		subject,
	})) as { isSigned?: unknown; data?: { isSigned?: unknown } };
	return { carePlanId, isSigned: body?.isSigned ?? body?.data?.isSigned ?? null };
}

async function getEntry(this: IExecuteFunctions, i: number, session: Session) {
	const { carePlanId, subject: carePlan } = carePlanOf(this, i);
	const carePlanEntryId = idParameter(this, i, 'carePlanEntryId', 'Care Plan Entry ID');
	return await getRecord(this, i, session, {
		endpoint: 'carePlanEntry.get',
		params: { carePlanId, carePlanEntryId },
		subject: { label: 'Care Plan Entry', id: carePlanEntryId, parent: carePlan },
	});
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
	operations: { get, getSignatureStatus },
};

export const carePlanEntry: Resource = {
	description: [
		operationPicker('carePlanEntry', [
			{ name: 'Get', value: 'get', action: 'Get a care plan entry' },
		]),
		...forOperation('carePlanEntry', 'get', [carePlanIdField, carePlanEntryIdField]),
	],
	operations: { get: getEntry },
};
