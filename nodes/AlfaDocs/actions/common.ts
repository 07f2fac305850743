import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toWallClock } from '../../shared/dates';
import type { OperationResult } from '../../shared/execute';
import type { CustomKind } from '../../shared/fields';
import { idParameter, invalidParameter } from '../../shared/validate';
import type { AlfaDocsCall, Session } from '../transport';
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

/** A resource locator with "From List" (searchable) and "By ID" (numeric). */
export function locator(
	name: string,
	displayName: string,
	searchListMethod: string,
	options: { required?: boolean; description?: string; placeholder?: string } = {},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required ?? true,
		description: options.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: options.placeholder ?? `Select a ${displayName.toLowerCase()}...`,
				typeOptions: { searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 42',
				validation: [
					{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'Enter a numeric ID' } },
				],
			},
		],
	};
}

/** A required numeric ID typed by the user (records that have no list to pick from). */
export function idField(name: string, displayName: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 42',
		description: `The numeric ID of the ${displayName.replace(/ ID$/, '').toLowerCase()}`,
	};
}

export const patientLocator = locator('patientId', 'Patient', 'searchPatients', {
	description: 'The patient. "From List" searches patients by last name.',
});

/** The patient of an operation, with a subject for 404 hints. */
export function patientOf(ctx: IExecuteFunctions, itemIndex: number) {
	const patientId = idParameter(ctx, itemIndex, 'patientId', 'Patient');
	return { patientId, subject: { label: 'Patient', id: patientId } };
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
