import { randomUUID } from 'crypto';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readReturnAllAndLimit } from '../../shared/describe';
import type { Execute } from '../../shared/operation';
import { assertSomethingToUpdate, deleted } from '../../shared/operation';
import type { Call } from '../../shared/transport';
import { idParameter, isBlank, toBaseUrl, toInteger, toJson } from '../../shared/validate';
import type { AhdsEndpointKey } from '../endpoints';
import { ahds } from '../transport';

/**
 * The six operations, once for every resource. A `ResourceKind` says how one resource reads its
 * parameters (a named resource from its descriptor, or "Other Resource" from its path name); the
 * operations here send the requests and shape the output.
 */
export interface ResourceKind {
	/** The resource path name. */
	slug(ctx: IExecuteFunctions, i: number): string;
	/** "Contact", for messages. */
	label: string;
	/** The Create parameter holding the record UUID, when there is one ("Contact ID"). */
	idParameter?: string;
	/** The UUID field a new record carries its ID in. */
	idField(ctx: IExecuteFunctions, i: number): string;
	/** The output key of Delete and of answers without a body. */
	outputKey(ctx: IExecuteFunctions, i: number): string;
	/** The record ID parameter of Get, Update, Replace and Delete, checked. */
	recordId(ctx: IExecuteFunctions, i: number): string;
	/** The optional ID parameter of Create, checked; undefined when empty. */
	createId(ctx: IExecuteFunctions, i: number): string | undefined;
	/** The typed fields of a write, or undefined when the body is given as JSON. */
	fields(
		ctx: IExecuteFunctions,
		i: number,
		operation: 'create' | 'update' | 'replace',
		recordId: string,
	): IDataObject | undefined;
	/** Filters and sort of Get Many, except paging. */
	query(ctx: IExecuteFunctions, i: number, options: IDataObject): IDataObject;
}

type AhdsCall = Omit<Call<AhdsEndpointKey>, 'endpoint'>;

function options(ctx: IExecuteFunctions, i: number): IDataObject {
	return ctx.getNodeParameter('options', i, {}) as IDataObject;
}

/** The site, the resource path and the base URL of an item's request. */
function target(ctx: IExecuteFunctions, i: number, kind: ResourceKind): AhdsCall {
	const siteId = idParameter(ctx, i, 'siteId', 'Site');
	const resource = kind.slug(ctx, i);
	const { baseUrl } = options(ctx, i);
	const call: AhdsCall = {
		params: { siteId, resource },
		itemIndex: i,
		subject: { label: kind.label, id: '', parameter: kind.idParameter },
	};
	if (!isBlank(baseUrl)) call.baseUrl = toBaseUrl(ctx, i, 'Base URL', baseUrl);
	return call;
}

/** The JSON body of a write: an object. */
function jsonBody(ctx: IExecuteFunctions, i: number): IDataObject {
	return toJson(ctx, i, 'Body (JSON)', ctx.getNodeParameter('jsonBody', i, '{}')) as IDataObject;
}

const isRecord = (body: unknown): body is IDataObject =>
	body !== null && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length > 0;

/** The API's answer, or what was sent when it answers without a record (no body, or `{}`). */
const answerOr = (body: unknown, sent: IDataObject) => (isRecord(body) ? body : sent);

/** The target of Get, Update, Replace and Delete: one record, by the ID read after the site. */
function recordTarget(ctx: IExecuteFunctions, i: number, kind: ResourceKind) {
	const call = target(ctx, i, kind);
	const recordId = kind.recordId(ctx, i);
	call.params = { ...call.params, recordId };
	call.subject = { label: kind.label, id: recordId, parameter: kind.idParameter };
	return { recordId, call };
}

/** Create: the client supplies the new record's UUID (given, or a generated v4). */
function create(kind: ResourceKind): Execute {
	return async function (this: IExecuteFunctions, i: number) {
		const call = target(this, i, kind);
		const idField = kind.idField(this, i);
		const given = kind.createId(this, i);
		const id = given ?? randomUUID();
		const fields = kind.fields(this, i, 'create', id);
		let body: IDataObject;
		if (fields !== undefined) {
			body = { [idField]: id, ...fields };
		} else {
			const { [idField]: inBody, ...rest } = jsonBody(this, i);
			body = { [idField]: given ?? (isBlank(inBody) ? id : inBody), ...rest };
		}
		const answer = await ahds.request.call(this, { ...call, endpoint: 'record.create', body });
		return answerOr(answer, body);
	};
}

function getAll(kind: ResourceKind): Execute {
	return async function (this: IExecuteFunctions, i: number) {
		const call = target(this, i, kind);
		const opts = options(this, i);
		const pageSize =
			opts.pageSize === undefined
				? undefined
				: toInteger(this, i, 'Page Size', opts.pageSize, 1, 100);
		return await ahds.list.call(
			this,
			{ ...call, endpoint: 'record.getAll', qs: kind.query(this, i, opts) },
			{ ...readReturnAllAndLimit(this, i), pageSize },
		);
	};
}

/** Update (PATCH: only the fields given change) and Replace (PUT: the whole record). */
function write(kind: ResourceKind, operation: 'update' | 'replace'): Execute {
	return async function (this: IExecuteFunctions, i: number) {
		const { recordId, call } = recordTarget(this, i, kind);
		const fields = kind.fields(this, i, operation, recordId);
		const body = fields ?? jsonBody(this, i);
		if (operation === 'update') {
			assertSomethingToUpdate(this, i, body, [
				fields === undefined ? 'Body (JSON)' : 'Update Fields',
			]);
		}
		const answer = await ahds.request.call(this, {
			...call,
			endpoint: operation === 'update' ? 'record.update' : 'record.replace',
			body,
		});
		return answerOr(answer, { [kind.outputKey(this, i)]: recordId, ...body });
	};
}

export function operationsFor(kind: ResourceKind): Record<string, Execute> {
	return {
		create: create(kind),
		async get(this: IExecuteFunctions, i: number) {
			const { call } = recordTarget(this, i, kind);
			return await ahds.record.call(this, { ...call, endpoint: 'record.get' });
		},
		getAll: getAll(kind),
		update: write(kind, 'update'),
		replace: write(kind, 'replace'),
		async delete(this: IExecuteFunctions, i: number) {
			const { recordId, call } = recordTarget(this, i, kind);
			await ahds.request.call(this, { ...call, endpoint: 'record.delete' });
			return deleted({ [kind.outputKey(this, i)]: recordId });
		},
	};
}
