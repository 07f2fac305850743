import { randomUUID } from 'crypto';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ItemHandler } from '../../shared/execute';
import { idParameter, toBaseUrl, toInteger, toJson } from '../../shared/validate';
import type { AhdsTarget } from '../transport';
import { AHDS_MAX_PAGE_SIZE, ahdsList, ahdsRequest } from '../transport';

/**
 * The six operations, once for every resource. A `ResourceKind` says how one resource reads its
 * parameters (a named resource from its descriptor, or "Other Resource" from its path name); the
 * handlers here send the requests and shape the output.
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

function options(ctx: IExecuteFunctions, i: number): IDataObject {
	return ctx.getNodeParameter('options', i, {}) as IDataObject;
}

function target(ctx: IExecuteFunctions, i: number, kind: ResourceKind): AhdsTarget {
	const siteId = idParameter(ctx, i, 'siteId', 'Site');
	const { baseUrl } = options(ctx, i);
	return {
		siteId,
		slug: kind.slug(ctx, i),
		label: kind.label,
		idParameter: kind.idParameter,
		baseUrl:
			baseUrl === undefined || baseUrl === '' ? undefined : toBaseUrl(ctx, i, 'Base URL', baseUrl),
	};
}

/** The JSON body of a write: an object; Update refuses an empty one. */
function jsonBody(ctx: IExecuteFunctions, i: number): IDataObject {
	return toJson(ctx, i, 'Body (JSON)', ctx.getNodeParameter('jsonBody', i, '{}')) as IDataObject;
}

function nothingToUpdate(ctx: IExecuteFunctions, i: number, where: string) {
	return new NodeOperationError(ctx.getNode(), `Nothing to update: ${where} is empty`, {
		itemIndex: i,
		description: `Add at least one field to ${where}.`,
	});
}

const isRecord = (body: unknown): body is IDataObject =>
	body !== null && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length > 0;

/** The API's answer, or what was sent when it answers without a record (no body, or `{}`). */
const answerOr = (body: unknown, sent: IDataObject) => (isRecord(body) ? body : sent);

export function operationsFor(kind: ResourceKind): Record<string, ItemHandler> {
	return {
		async create(this: IExecuteFunctions, i: number) {
			const to = target(this, i, kind);
			const idField = kind.idField(this, i);
			const given = kind.createId(this, i);
			const id = given ?? randomUUID();
			const fields = kind.fields(this, i, 'create', id);
			let body: IDataObject;
			if (fields !== undefined) {
				body = { [idField]: id, ...fields };
			} else {
				const { [idField]: inBody, ...rest } = jsonBody(this, i);
				const blank = inBody === undefined || inBody === null || inBody === '';
				body = { [idField]: given ?? (blank ? id : inBody), ...rest };
			}
			const answer = await ahdsRequest.call(this, {
				endpoint: 'record.create',
				target: to,
				body,
				itemIndex: i,
			});
			return answerOr(answer, body);
		},

		async get(this: IExecuteFunctions, i: number) {
			const to = target(this, i, kind);
			const recordId = kind.recordId(this, i);
			return (await ahdsRequest.call(this, {
				endpoint: 'record.get',
				target: to,
				recordId,
				itemIndex: i,
			})) as IDataObject;
		},

		async getAll(this: IExecuteFunctions, i: number) {
			const to = target(this, i, kind);
			const opts = options(this, i);
			const pageSize =
				opts.pageSize === undefined
					? AHDS_MAX_PAGE_SIZE
					: toInteger(this, i, 'Page Size', opts.pageSize, 1, AHDS_MAX_PAGE_SIZE);
			const returnAll = this.getNodeParameter('returnAll', i) as boolean;
			const limit = returnAll ? 0 : (this.getNodeParameter('limit', i, 50) as number);
			return await ahdsList.call(
				this,
				{ endpoint: 'record.getAll', target: to, qs: kind.query(this, i, opts), itemIndex: i },
				{ returnAll, limit, pageSize },
			);
		},

		async update(this: IExecuteFunctions, i: number) {
			return await write(this, i, kind, 'update');
		},

		async replace(this: IExecuteFunctions, i: number) {
			return await write(this, i, kind, 'replace');
		},

		async delete(this: IExecuteFunctions, i: number) {
			const to = target(this, i, kind);
			const recordId = kind.recordId(this, i);
			await ahdsRequest.call(this, {
				endpoint: 'record.delete',
				target: to,
				recordId,
				itemIndex: i,
			});
			return { [kind.outputKey(this, i)]: recordId, deleted: true };
		},
	};
}

async function write(
	ctx: IExecuteFunctions,
	i: number,
	kind: ResourceKind,
	operation: 'update' | 'replace',
): Promise<IDataObject> {
	const to = target(ctx, i, kind);
	const recordId = kind.recordId(ctx, i);
	const fields = kind.fields(ctx, i, operation, recordId);
	const body = fields ?? jsonBody(ctx, i);
	if (operation === 'update' && Object.keys(body).length === 0) {
		throw nothingToUpdate(ctx, i, fields === undefined ? '"Body (JSON)"' : '"Update Fields"');
	}
	const answer = await ahdsRequest.call(ctx, {
		endpoint: operation === 'update' ? 'record.update' : 'record.replace',
		target: to,
		recordId,
		body,
		itemIndex: i,
	});
	return answerOr(answer, { [kind.outputKey(ctx, i)]: recordId, ...body });
}
