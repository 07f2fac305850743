import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { idLocator } from '../../shared/locators';
import { toWallClock } from '../../shared/dates';
import type { OperationResult } from '../../shared/execute';
import type { CustomKind } from '../../shared/fields';
import { idParameter, invalidParameter } from '../../shared/validate';
import type { AlfaDocsEndpointKey } from '../endpoints';
import type { AlfaDocsCall, Session, Subject } from '../transport';
import { alfaDocsRequest, records, resolveScope, unwrap } from '../transport';

/** One operation's work for one input item; the session remembers GET /me for the execution. */
export type Handler = (
	this: IExecuteFunctions,
	itemIndex: number,
	session: Session,
) => Promise<OperationResult>;

export interface Resource {
	description: INodeProperties[];
	operations: Record<string, Handler>;
}

export type Call = Omit<AlfaDocsCall, 'scope' | 'itemIndex'>;

/** Sends one request in the item's practice and archive. */
export async function send(
	ctx: IExecuteFunctions,
	itemIndex: number,
	session: Session,
	call: Call,
): Promise<unknown> {
	const scope = await resolveScope(ctx, session, itemIndex);
	return await alfaDocsRequest.call(ctx, { ...call, scope, itemIndex });
}

/** A request answered with `{status, data: {...}}`: the record. */
export async function getRecord(
	ctx: IExecuteFunctions,
	itemIndex: number,
	session: Session,
	call: Call,
): Promise<IDataObject> {
	return unwrap(await send(ctx, itemIndex, session, call));
}

/** A request answered with `{status, count, data: [...]}`: the records. */
export async function getRecords(
	ctx: IExecuteFunctions,
	itemIndex: number,
	session: Session,
	call: Call,
): Promise<IDataObject[]> {
	return records(await send(ctx, itemIndex, session, call));
}

/** Return All / Limit for lists the API answers in one piece. */
export function limited(ctx: IExecuteFunctions, itemIndex: number, list: IDataObject[]) {
	if (ctx.getNodeParameter('returnAll', itemIndex, true) as boolean) return list;
	return list.slice(0, ctx.getNodeParameter('limit', itemIndex, 50) as number);
}

export interface OperationOption {
	name: string;
	value: string;
	action: string;
	description?: string;
}

/** The operation picker of a resource; options are sorted by name as n8n's lint wants. */
export function operationPicker(
	resource: string,
	options: OperationOption[],
	defaultValue = options[0].value,
): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: [...options]
			.sort((a, b) => a.name.localeCompare(b.name))
			.map((option) => ({ ...option, description: option.description ?? option.action })),
		default: defaultValue,
	};
}

/** Resource locators and ID fields are n8n-generic: written once in ../../shared/locators. */
export { idField, idLocator as locator } from '../../shared/locators';

export const patientLocator = idLocator('patientId', 'Patient', 'searchPatients', {
	description: 'The patient. "From List" searches patients by last name.',
});

/** A numeric ID parameter: its name (the path placeholder), its label, and what it identifies. */
export interface IdSpec {
	name: string;
	label: string;
	subject: string;
}

export const ID: Record<string, IdSpec> = {
	appointment: { name: 'appointmentId', label: 'Appointment ID', subject: 'Appointment' },
	bill: { name: 'billId', label: 'Bill ID', subject: 'Bill' },
	carePlan: { name: 'carePlanId', label: 'Care Plan ID', subject: 'Care Plan' },
	carePlanEntry: {
		name: 'carePlanEntryId',
		label: 'Care Plan Entry ID',
		subject: 'Care Plan Entry',
	},
	document: { name: 'documentId', label: 'Document ID', subject: 'Document' },
	liability: { name: 'liabilityId', label: 'Liability ID', subject: 'Liability' },
	patient: { name: 'patientId', label: 'Patient', subject: 'Patient' },
	phoneNumber: { name: 'phoneNumberId', label: 'Phone Number ID', subject: 'Phone Number' },
};

/**
 * Reads the IDs of a record and of its parents (outermost first), checked before any request: the
 * path parameters, and the subject a 404 hint names.
 */
export function readIds(ctx: IExecuteFunctions, itemIndex: number, ...specs: IdSpec[]) {
	const params: Record<string, number> = {};
	let subject: Subject | undefined;
	for (const spec of specs) {
		const id = idParameter(ctx, itemIndex, spec.name, spec.label);
		params[spec.name] = id;
		subject = { label: spec.subject, id, parent: subject };
	}
	return { params, subject };
}

/** An operation that reads one record by its IDs. */
export function fetchRecord(endpoint: AlfaDocsEndpointKey, ...specs: IdSpec[]): Handler {
	return async function (this: IExecuteFunctions, i: number, session: Session) {
		return await getRecord(this, i, session, { endpoint, ...readIds(this, i, ...specs) });
	};
}

/** An operation that lists the records under a parent (the documents of a patient...). */
export function fetchRecords(endpoint: AlfaDocsEndpointKey, ...specs: IdSpec[]): Handler {
	return async function (this: IExecuteFunctions, i: number, session: Session) {
		return await getRecords(this, i, session, { endpoint, ...readIds(this, i, ...specs) });
	};
}

const COLLECTIONS = {
	additionalFields: ['Additional Fields', 'Add Field'],
	updateFields: ['Update Fields', 'Add Field'],
	filters: ['Filters', 'Add Filter'],
	options: ['Options', 'Add Option'],
} as const;

/** An "Additional Fields" / "Update Fields" / "Filters" / "Options" collection. */
export function collection(
	name: keyof typeof COLLECTIONS,
	options: INodeProperties[],
): INodeProperties {
	const [displayName, placeholder] = COLLECTIONS[name];
	return { displayName, name, type: 'collection', placeholder, default: {}, options };
}

/**
 * An update (PATCH) that must carry fields AlfaDocs marks as required even when they do not change
 * (an appointment's date and color...): those the user did not give are read from the record first.
 */
export async function updateKeeping(
	ctx: IExecuteFunctions,
	itemIndex: number,
	session: Session,
	call: Call & { read: AlfaDocsEndpointKey; body: IDataObject },
	required: string[],
): Promise<IDataObject> {
	const { read, body, ...request } = call;
	const missing = required.filter((name) => body[name] === undefined);
	const current =
		missing.length > 0
			? await getRecord(ctx, itemIndex, session, { ...request, endpoint: read })
			: {};
	const kept = Object.fromEntries(missing.map((name) => [name, current[name]]));
	return await getRecord(ctx, itemIndex, session, { ...request, body: { ...kept, ...body } });
}

/** Fails before any request when an Update has nothing to change. */
export function assertSomethingToUpdate(
	ctx: IExecuteFunctions,
	itemIndex: number,
	updates: IDataObject,
	labels: string[] = ['Update Fields'],
) {
	if (Object.keys(updates).length === 0) {
		const quoted = labels.map((label) => `"${label}"`);
		throw new NodeOperationError(
			ctx.getNode(),
			`Nothing to update: ${quoted.join(' and ')} ${labels.length > 1 ? 'are' : 'is'} empty`,
			{ itemIndex, description: `Add at least one field under ${quoted.join(' or ')}.` },
		);
	}
}

/** An options value that must be one of the list (expressions can produce anything). */
export function oneOf(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	value: unknown,
	options: INodePropertyOptions[],
): string {
	const allowed = options.map((option) => String(option.value));
	if (typeof value !== 'string' || !allowed.includes(value)) {
		throw invalidParameter(ctx, itemIndex, label, `one of ${allowed.join(', ')}`, value);
	}
	return value;
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
