import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestOptions,
} from 'n8n-workflow';

import { itemRunOf, requestConcurrency } from './concurrency';
import type { Endpoint } from './endpoints';
import { compact, fillPath } from './endpoints';
import type { FailedRequest, RequestContext, SendOptions } from './http';
import { sendWithRetry } from './http';
import type { Subject } from './ids';
import { collectPages, parseListEnvelope } from './paginate';

/**
 * The one place where a request is built and sent. A vendor describes its API once (name, credential
 * type, base URL, endpoint table, error reader, hints, and its quirks as hooks) and gets its `request`
 * and `list`. Everything goes through `sendWithRetry`: n8n's authenticated request helper, bounded
 * retries, and errors as NodeApiError with the vendor's message and a hint.
 */

/** One request, as an operation, a picker or a trigger asks for it. */
export interface Call<K extends string = string, S = unknown> {
	/** The row of the vendor's endpoint table: method and path. */
	endpoint: K;
	/** Values of the path's `{placeholders}`. */
	params?: Record<string, string | number>;
	/** Query parameters; empty values are left out. */
	qs?: IDataObject;
	body?: IDataObject;
	/** Set by operations: errors name the item, and per-item options are read for it. */
	itemIndex?: number;
	/** The record the request is about, for a 404 hint. */
	subject?: Subject;
	/** A link the API gave (a next page): sent instead of path and query when it lies under the base URL. */
	link?: string;
	/** Overrides the base URL the credential gives (AHDS' Options › Base URL). */
	baseUrl?: string;
	/** How long a rate budget may make this request wait (pickers and triggers wait less). */
	maxWaitSeconds?: number;
	/** What the node's execution shares between items (AlfaDocs' practice/archive session). */
	state?: S;
}

/** A request about to leave, as hints and hooks see it. */
export interface Outgoing<K extends string = string, S = unknown> {
	call: Call<K, S>;
	endpoint: Endpoint;
	credentialType: string;
	credentials: ICredentialDataDecryptedObject;
	baseUrl: string;
}

export interface Hints<K extends string, S> {
	/** No answer came back (network failure, wrong host). */
	network(failure: FailedRequest, outgoing: Outgoing<K, S>): string;
	/** Hints that depend on the request (a 404 naming the record...), tried before `byStatus`. */
	special?(
		failure: FailedRequest & { status: number },
		outgoing: Outgoing<K, S>,
	): string | undefined;
	/** The hint of an HTTP status. */
	byStatus(outgoing: Outgoing<K, S>): Record<number, string>;
}

export interface Paging {
	returnAll: boolean;
	limit: number;
	/** Records per request of a paged list; default the vendor's largest page. */
	pageSize?: number;
}

export interface VendorApi<K extends string, S = unknown> {
	/** "HeyDonto": how messages name the API. */
	vendor: string;
	endpoints: Record<K, Endpoint>;
	/** The credential type, or how a node's parameters pick one of several. */
	credentialType: string | ((ctx: RequestContext, itemIndex?: number) => string);
	/** Where the paths hang off, from the credential, without a trailing slash. */
	baseUrl(credentials: ICredentialDataDecryptedObject, credentialType: string): string;
	/** The vendor's own message in an error body. */
	message(body: unknown): string | undefined;
	hints: Hints<K, S>;
	/** Options every request carries (a query array format, an Accept header). */
	options?: Partial<IHttpRequestOptions>;
	/** Largest page of a `paged` list endpoint. */
	maxPageSize?: number;
	/** Path parameters every path of the vendor needs (AlfaDocs: the practice and archive). */
	pathParams?(
		this: RequestContext,
		call: Call<K, S>,
		endpoint: Endpoint,
	): Promise<Record<string, string | number>>;
	/**
	 * Runs once before the request (a rate budget); may return a check to run before every attempt,
	 * retries and the re-login after a 401 included (see SendOptions.beforeSend).
	 */
	beforeSend?(
		this: RequestContext,
		outgoing: Outgoing<K, S>,
	): Promise<SendOptions['beforeSend'] | void>;
	/** One record out of an answer (an envelope, a bare value). Default: the answer as it is. */
	record?(body: unknown): IDataObject;
}

export interface Transport<K extends string, S = unknown> {
	/** Sends one request and returns the answer's body. */
	request(this: RequestContext, call: Call<K, S>): Promise<unknown>;
	/** One record: the answer read by the vendor's `record`. */
	record(this: RequestContext, call: Call<K, S>): Promise<IDataObject>;
	/**
	 * A list with Return All / Limit: endpoints marked `paged` are read page by page (page, pageSize);
	 * the others answer everything at once, cut to the limit here.
	 */
	list(this: RequestContext, call: Call<K, S>, paging: Paging): Promise<IDataObject[]>;
}

const VENDOR_FALLBACK = (vendor: string, status: number) =>
	status >= 500
		? `${vendor} failed to process the request. Try again later.`
		: 'Check the node parameters.';

/** A link from an answer as an absolute URL, if it lies under the base URL (the credential never leaves it). */
function linkUnder(baseUrl: string, link: string | undefined): string | undefined {
	if (!link) return undefined;
	try {
		const url = new URL(link, `${baseUrl}/`).toString();
		return url.startsWith(`${baseUrl}/`) ? url : undefined;
	} catch {
		return undefined;
	}
}

export function createTransport<K extends string, S = unknown>(
	api: VendorApi<K, S>,
): Transport<K, S> {
	const hint = (failure: FailedRequest, outgoing: Outgoing<K, S>): string => {
		const { status } = failure;
		if (status === undefined) return api.hints.network(failure, outgoing);
		return (
			api.hints.special?.({ ...failure, status }, outgoing) ??
			api.hints.byStatus(outgoing)[status] ??
			VENDOR_FALLBACK(api.vendor, status)
		);
	};

	async function request(this: RequestContext, call: Call<K, S>): Promise<unknown> {
		const endpoint = api.endpoints[call.endpoint];
		const credentialType =
			typeof api.credentialType === 'function'
				? api.credentialType(this, call.itemIndex)
				: api.credentialType;
		const params = { ...(await api.pathParams?.call(this, call, endpoint)), ...call.params };
		const credentials = await this.getCredentials(credentialType);
		const baseUrl = call.baseUrl ?? api.baseUrl(credentials, credentialType);
		const link = linkUnder(baseUrl, call.link);
		const options: IHttpRequestOptions = {
			method: endpoint.method,
			url: link ?? `${baseUrl}${fillPath(endpoint.path, params)}`,
			...api.options,
			json: true,
		};
		// A copy per request: n8n's OAuth2 signing writes the Authorization header into it.
		if (api.options?.headers) options.headers = { ...api.options.headers };
		const qs = compact(call.qs ?? {});
		if (!link && Object.keys(qs).length > 0) options.qs = qs;
		if (call.body !== undefined) options.body = call.body;
		const outgoing: Outgoing<K, S> = { call, endpoint, credentialType, credentials, baseUrl };
		const run = itemRunOf(this);
		const send = async () => {
			const beforeSend = (await api.beforeSend?.call(this, outgoing)) ?? undefined;
			return await sendWithRetry.call(this, options, {
				credentialType,
				errors: {
					vendor: api.vendor,
					message: api.message,
					hint: (failure) => hint(failure, outgoing),
				},
				itemIndex: call.itemIndex,
				beforeSend,
				oneReauthenticationAtATime: run
					? async (task) => await run.reauthentication.run(task)
					: undefined,
			});
		};
		// In a node's item loop, a slot of the run's concurrency (rate budgets are taken inside it).
		if (!run) return await send();
		if (run.readOnly && endpoint.method !== 'GET') {
			throw new Error(
				`${api.vendor} ${String(call.endpoint)} is a ${endpoint.method}, but the operation runs as one that only reads`,
			);
		}
		return await run.requests.run(send);
	}

	const toRecord = api.record ?? ((body: unknown) => body as IDataObject);

	return {
		request,
		async record(this: RequestContext, call: Call<K, S>) {
			return toRecord(await request.call(this, call));
		},
		async list(this: RequestContext, call: Call<K, S>, paging: Paging) {
			const endpoint = api.endpoints[call.endpoint];
			if (!endpoint.paged) {
				const { items } = parseListEnvelope(await request.call(this, call));
				return paging.returnAll ? items : items.slice(0, paging.limit);
			}
			return await collectPages(
				async (page, pageSize) =>
					await request.call(this, { ...call, qs: { ...call.qs, page, pageSize } }),
				{
					returnAll: paging.returnAll,
					limit: paging.limit,
					maxPageSize: paging.pageSize ?? api.maxPageSize ?? 100,
					concurrency: requestConcurrency(this),
				},
			);
		},
	};
}
