import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toWallClock } from '../../shared/dates';
import { collection, concurrencyOption, forOperation } from '../../shared/describe';
import type { CustomKind, FieldKinds } from '../../shared/fields';
import { readCollection } from '../../shared/fields';
import type { IdParameter } from '../../shared/ids';
import { idOf, readIds } from '../../shared/ids';
import { idField, idLocator } from '../../shared/locators';
import type { Operation } from '../../shared/operation';
import { assertSomethingToUpdate } from '../../shared/operation';
import type { Call } from '../../shared/transport';
import type { AlfaDocsEndpointKey } from '../endpoints';
import type { Session } from '../transport';
import { ALFADOCS_CONCURRENCY, alfaDocs } from '../transport';

/** The operations that only read: their items run concurrently (Options › Concurrency). */
export const READS = [
	'download',
	'get',
	'getAll',
	'getCarePlanEntries',
	'getSignatureStatus',
	'search',
	'validatePaymentLink',
];

/** Options › Concurrency, in the node's Options (and in the free slots' own Options). */
export const concurrency = concurrencyOption(
	ALFADOCS_CONCURRENCY,
	READS,
	'AlfaDocs asks for at most about 10 requests a second: the node keeps to that whatever this is set to, and 10 reaches that rate for round trips of up to a second.',
);

export const patientLocator = idLocator('patientId', 'Patient', 'searchPatients', {
	description: 'The patient. "From List" searches patients by last name.',
});

/** The numeric IDs operations take: the parameter, and what a 404 names. */
export const ID: Record<string, IdParameter> = {
	appointment: idOf(idField('appointmentId', 'Appointment ID')),
	bill: idOf(idField('billId', 'Bill ID')),
	carePlan: idOf(idField('carePlanId', 'Care Plan ID')),
	carePlanEntry: idOf(idField('carePlanEntryId', 'Care Plan Entry ID')),
	document: idOf(idField('documentId', 'Document ID')),
	liability: idOf(idField('liabilityId', 'Liability ID')),
	patient: idOf(patientLocator),
	phoneNumber: idOf(idField('phoneNumberId', 'Phone Number ID')),
};

/**
 * An update (PATCH) that must carry fields AlfaDocs marks as required even when they do not change
 * (an appointment's date and color...): those the user did not give are read from the record first.
 */
export async function updateKeeping(
	ctx: IExecuteFunctions,
	call: Call<AlfaDocsEndpointKey, Session> & { read: AlfaDocsEndpointKey; body: IDataObject },
	required: string[],
): Promise<IDataObject> {
	const { read, body, ...request } = call;
	const missing = required.filter((name) => body[name] === undefined);
	const current =
		missing.length > 0 ? await alfaDocs.record.call(ctx, { ...request, endpoint: read }) : {};
	const kept = Object.fromEntries(missing.map((name) => [name, current[name]]));
	return await alfaDocs.record.call(ctx, { ...request, body: { ...kept, ...body } });
}

export interface UpdateSpec {
	resource: string;
	endpoint: AlfaDocsEndpointKey;
	/** The record's ID after its parents'. */
	ids: IdParameter[];
	/** The "Update Fields". */
	fields: INodeProperties[];
	kinds?: FieldKinds;
	/** Fields AlfaDocs requires on every update, read from the record when not given (`read`). */
	keep?: { read: AlfaDocsEndpointKey; fields: string[] };
}

/** An Update (PATCH) of the fields the user adds, keeping the required ones (see updateKeeping). */
export function updateOperation(spec: UpdateSpec): Operation<Session> {
	return {
		description: forOperation(spec.resource, 'update', [
			...spec.ids.map((id) => id.property),
			collection('updateFields', spec.fields),
		]),
		async execute(this: IExecuteFunctions, i: number, session: Session) {
			const ids = readIds(this, i, ...spec.ids);
			const body = readCollection(this, i, 'updateFields', spec.fields, spec.kinds);
			assertSomethingToUpdate(this, i, body);
			const call = { ...ids, body, itemIndex: i, state: session };
			if (!spec.keep) return await alfaDocs.record.call(this, { ...call, endpoint: spec.endpoint });
			return await updateKeeping(
				this,
				{ ...call, endpoint: spec.endpoint, read: spec.keep.read },
				spec.keep.fields,
			);
		},
	};
}

/** A boolean field, off by default. */
export const booleanField = (
	name: string,
	displayName: string,
	description: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'boolean',
	default: false,
	description,
});

/**
 * A date-time in AlfaDocs' format, `YYYY-MM-DD HH:mm:ss`, without a zone: the practice's local time. A
 * value with an offset is converted to the workflow's time zone first (see toWallClock).
 */
export const localDateTime: CustomKind = {
	expected: 'a date and time such as 2024-03-20 09:30',
	convert: (ctx, itemIndex, label, value) =>
		toWallClock(ctx, itemIndex, label, value, ctx.getTimezone()),
};
