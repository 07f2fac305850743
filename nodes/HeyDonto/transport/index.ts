import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import type { Endpoint } from '../../shared/endpoints';
import { compact, fillPath } from '../../shared/endpoints';
import type { FailedRequest, RequestContext, VendorErrors } from '../../shared/http';
import { sendWithRetry } from '../../shared/http';
import { collectPages, parseListEnvelope } from '../../shared/paginate';
import type { EndpointKey } from '../endpoints';
import { HEYDONTO_ENDPOINTS } from '../endpoints';
import { heyDontoBaseUrl } from './hosts';

export const HEYDONTO_CREDENTIAL = 'heyDontoApi';

/** HeyDonto lists take at most 100 records per page (pageSize 1-100). */
export const HEYDONTO_MAX_PAGE_SIZE = 100;

/** The record a request is about, so a 404 can say which ID was not found. */
export interface Subject {
	label: string;
	id: string | number;
	/** The site a record lives under, when it does. */
	parent?: Subject;
}

export interface HeyDontoCall {
	endpoint: EndpointKey;
	params?: Record<string, string | number>;
	qs?: IDataObject;
	body?: IDataObject;
	itemIndex?: number;
	subject?: Subject;
}

/** HeyDonto is a NestJS API: errors are `{statusCode, message: string | string[], error}`. */
export function heyDontoMessage(body: unknown): string | undefined {
	if (typeof body === 'string') return body.trim() || undefined;
	if (body === null || typeof body !== 'object') return undefined;
	const { message, error } = body as IDataObject;
	if (Array.isArray(message)) return message.map(String).join('; ');
	if (typeof message === 'string' && message !== '') return message;
	return typeof error === 'string' ? error : undefined;
}

export function heyDontoErrors(subject?: Subject): VendorErrors {
	return {
		vendor: 'HeyDonto',
		message: heyDontoMessage,
		hint: (failure: FailedRequest) => heyDontoHint(failure, subject),
	};
}

function heyDontoHint({ status, networkCode }: FailedRequest, subject?: Subject): string {
	if (status === undefined) {
		return networkCode
			? "Check the HeyDonto credential's Environment or Base URL, and that the API is reachable from n8n."
			: 'Check the HeyDonto credential.';
	}
	if (status === 404 && subject?.parent) {
		const { parent } = subject;
		return `Either the ${parent.label.toLowerCase()} with ID ${parent.id} or the ${subject.label.toLowerCase()} with ID ${subject.id} does not exist or is not visible to this credential. Check both IDs.`;
	}
	if (status === 404 && subject) {
		return `No ${subject.label.toLowerCase()} with ID ${subject.id} exists or is visible to this credential. Check the ${subject.label} ID, or pick it from the list.`;
	}
	const hints: Record<number, string> = {
		400: 'HeyDonto rejected the request: fix the fields named in the message.',
		401: 'Check the HeyDonto credential: the JWT may be expired or revoked, or the email and password are wrong.',
		403: "The credential's HeyDonto user lacks the role for this operation (billing analytics for admins needs an ADMIN user).",
		404: 'Check the IDs in the node parameters.',
		409: 'A record with the same unique value already exists.',
		429: 'HeyDonto is limiting the request rate and n8n already retried. Try again later, or slow the workflow down (Loop Over Items with a Wait).',
	};
	return (
		hints[status] ??
		(status >= 500
			? 'HeyDonto failed to process the request. Try again later.'
			: 'Check the node parameters.')
	);
}

/** One HeyDonto request: base URL from the credential, path from the endpoint table. */
export async function heyDontoRequest(this: RequestContext, call: HeyDontoCall): Promise<unknown> {
	const endpoint = HEYDONTO_ENDPOINTS[call.endpoint];
	const credentials = await this.getCredentials(HEYDONTO_CREDENTIAL);
	const request: IHttpRequestOptions = {
		method: endpoint.method,
		url: `${heyDontoBaseUrl(credentials)}${fillPath(endpoint.path, call.params)}`,
		json: true,
		arrayFormat: 'repeat',
	};
	const qs = compact(call.qs ?? {});
	if (Object.keys(qs).length > 0) request.qs = qs;
	if (call.body !== undefined) request.body = call.body;
	return await sendWithRetry.call(this, request, {
		credentialType: HEYDONTO_CREDENTIAL,
		errors: heyDontoErrors(call.subject),
		itemIndex: call.itemIndex,
	});
}

export interface Paging {
	returnAll: boolean;
	limit: number;
}

/**
 * A list with Return All / Limit. Endpoints documented with page/pageSize are paged 100 at a time;
 * the others answer with everything in one bare array, cut to the limit here.
 */
export async function heyDontoList(
	this: RequestContext,
	call: HeyDontoCall,
	paging: Paging,
): Promise<IDataObject[]> {
	const endpoint: Endpoint = HEYDONTO_ENDPOINTS[call.endpoint];
	if (!endpoint.paged) {
		const { items } = parseListEnvelope(await heyDontoRequest.call(this, call));
		return paging.returnAll ? items : items.slice(0, paging.limit);
	}
	return await collectPages(
		async (page, pageSize) =>
			await heyDontoRequest.call(this, { ...call, qs: { ...call.qs, page, pageSize } }),
		{ ...paging, maxPageSize: HEYDONTO_MAX_PAGE_SIZE },
	);
}

/** HeyDonto's multi-sort query: `sortBy[0][field]=name&sortBy[0][dir]=asc&sortBy[1][field]=...`. */
export function sortQuery(rules: Array<{ field: string; dir: string }> = []): IDataObject {
	const qs: IDataObject = {};
	rules.forEach((rule, index) => {
		qs[`sortBy[${index}][field]`] = rule.field;
		qs[`sortBy[${index}][dir]`] = rule.dir;
	});
	return qs;
}
