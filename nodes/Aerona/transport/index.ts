import type { IDataObject, IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { Endpoint } from '../../shared/endpoints';
import { compact, fillPath } from '../../shared/endpoints';
import type { FailedRequest, RequestContext, VendorErrors } from '../../shared/http';
import { sendWithRetry } from '../../shared/http';
import { parseListEnvelope } from '../../shared/paginate';
import type { AeronaEndpointKey } from '../endpoints';
import { AERONA_ENDPOINTS } from '../endpoints';
import { rateGuard } from './rateGuard';
import { AERONA_CREDENTIAL, DEFAULT_MAX_WAIT_SECONDS, aeronaBaseUrl } from './settings';

export { AERONA_CREDENTIAL } from './settings';

/** The record a request is about, so a 404 can say which ID was not found. */
export interface Subject {
	label: string;
	id: string | number;
}

export interface AeronaCall {
	endpoint: AeronaEndpointKey;
	params?: Record<string, string | number>;
	qs?: IDataObject;
	body?: IDataObject;
	/** Set by operations (execute); Max Wait is then read from the node's Options. */
	itemIndex?: number;
	/** How long the rate guard may wait for a slot; required outside an operation (pickers, the trigger). */
	maxWaitSeconds?: number;
	subject?: Subject;
}

/** Aerona's error body is not documented: a text, or JSON with `message` (Spring style) or `error`. */
export function aeronaMessage(body: unknown): string | undefined {
	if (typeof body === 'string') return body.trim().slice(0, 300) || undefined;
	if (body === null || typeof body !== 'object') return undefined;
	const record = body as IDataObject;
	for (const key of ['message', 'errorMessage', 'error_description', 'error', 'title']) {
		const value = record[key];
		if (typeof value === 'string' && value !== '') return value;
	}
	return undefined;
}

export function aeronaErrors(endpoint: Endpoint, subject?: Subject): VendorErrors {
	return {
		vendor: 'Aerona',
		message: aeronaMessage,
		hint: (failure: FailedRequest) => aeronaHint(failure, endpoint, subject),
	};
}

function aeronaHint({ status }: FailedRequest, endpoint: Endpoint, subject?: Subject): string {
	if (status === undefined) {
		return "Check the Aerona credential's Base URL, and that Aerona is reachable from n8n.";
	}
	const guessed =
		endpoint.source === 'INFERRED'
			? ` The path ${endpoint.method} ${endpoint.path} is inferred (Aerona does not publish it), so Aerona may use another one: see "Known gaps" in the package's README.`
			: '';
	if (status === 404 && subject) {
		return `No ${subject.label.toLowerCase()} with ID ${subject.id} exists or is visible to this Aerona user. Check the ${subject.label} ID.${guessed}`;
	}
	if ((status === 404 || status === 405) && guessed) return guessed.trim();
	const hints: Record<number, string> = {
		400: 'Aerona rejected the request: fix the fields named in the message.',
		401: 'Aerona rejected the token even after n8n logged in again. Check the username, password and practice PIN of the Aerona credential. Aerona also invalidates the token of a user that sends more than 300 requests in 15 minutes, for example when other software signs in as the same user.',
		403: 'The Aerona user of this credential may not see or change this record or practice.',
		404: 'Check the IDs in the node parameters.',
		429: 'Aerona is limiting the request rate and n8n already retried. Try again later.',
	};
	return (
		hints[status] ??
		(status >= 500
			? 'Aerona failed to process the request. Try again later.'
			: 'Check the node parameters.')
	);
}

function maxWaitSeconds(ctx: RequestContext, call: AeronaCall): number {
	if (call.maxWaitSeconds !== undefined) return call.maxWaitSeconds;
	if (call.itemIndex === undefined) return DEFAULT_MAX_WAIT_SECONDS;
	const value = (ctx as IExecuteFunctions).getNodeParameter(
		'options.maxWait',
		call.itemIndex,
		DEFAULT_MAX_WAIT_SECONDS,
	);
	return typeof value === 'number' && value >= 0 ? value : DEFAULT_MAX_WAIT_SECONDS;
}

/**
 * One Aerona request: base URL from the credential, path from the endpoint table, a slot of the
 * credential's rate budget taken before every request that goes out (see rateGuard.ts).
 */
export async function aeronaRequest(this: RequestContext, call: AeronaCall): Promise<unknown> {
	const endpoint: Endpoint = AERONA_ENDPOINTS[call.endpoint];
	const credentials = await this.getCredentials(AERONA_CREDENTIAL);
	const request: IHttpRequestOptions = {
		method: endpoint.method,
		url: `${aeronaBaseUrl(credentials)}${fillPath(endpoint.path, call.params)}`,
		json: true,
	};
	const qs = compact(call.qs ?? {});
	if (Object.keys(qs).length > 0) request.qs = qs;
	if (call.body !== undefined) request.body = call.body;
	const guard = rateGuard(this.getNode(), credentials, maxWaitSeconds(this, call), call.itemIndex);
	return await sendWithRetry.call(this, request, {
		credentialType: AERONA_CREDENTIAL,
		errors: aeronaErrors(endpoint, call.subject),
		itemIndex: call.itemIndex,
		beforeSend: guard.beforeSend,
	});
}

export interface Paging {
	returnAll: boolean;
	limit: number;
}

/** Aerona lists are bare arrays without paging: the whole list comes in one answer, cut to the limit here. */
export async function aeronaList(
	this: RequestContext,
	call: AeronaCall,
	paging: Paging,
): Promise<IDataObject[]> {
	const { items } = parseListEnvelope(await aeronaRequest.call(this, call));
	return paging.returnAll ? items : items.slice(0, paging.limit);
}

/**
 * Aerona answers some writes with a bare value: a created appointment with its ID (`34234`), a status
 * update with a boolean (`true`). Each becomes one item: `{ id }`, `{ success }`; a record stays as it is.
 */
export function toItem(body: unknown): IDataObject {
	if (typeof body === 'number') return { id: body };
	if (typeof body === 'boolean') return { success: body };
	if (typeof body === 'string') {
		const text = body.trim();
		if (/^\d+$/.test(text)) return { id: Number(text) };
		if (text === 'true' || text === 'false') return { success: text === 'true' };
		return text === '' ? { success: true } : { value: text };
	}
	if (body === null || body === undefined) return { success: true };
	return body as IDataObject;
}
