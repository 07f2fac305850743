import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
} from 'n8n-workflow';

import { duration, isEmptyBody } from './answer';
import { itemRunOf, requestConcurrency } from './concurrency';
import type { Endpoint } from './endpoints';
import { compact, fillPath } from './endpoints';
import type { Answer, FailedRequest, RequestContext, SendOptions } from './http';
import { DEFAULT_RETRY, invalidAnswer, sendWithRetry } from './http';
import type { Subject } from './ids';
import type { ListPage } from './paginate';
import { collectPages, parseListEnvelope } from './paginate';
import type { Scrubber } from './redact';
import { scrubberFor } from './redact';
import { invalidParameter } from './validate';

/**
 * The one place where a request is built and sent. A vendor describes its API once (name, credential
 * type, base URL, endpoint table, error reader, hints, default timeout, and its quirks as hooks) and
 * gets its `request`, `record`, `list` and `page`. Everything goes through `sendWithRetry`: n8n's
 * authenticated request helper, a timeout on every request, bounded retries, answers checked, errors
 * as NodeApiError with the vendor's message and a hint, and every secret of the credential scrubbed by
 * value from errors and output.
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
	/** How long to wait for an answer; default the node's Options › Timeout, else the vendor's. */
	timeoutMs?: number;
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
	/**
	 * No request reached the API because of the credential: its login was refused or could not be made,
	 * an OAuth2 token could not be renewed, a pasted token expired. Says how to fix or reconnect it.
	 */
	credential(failure: FailedRequest, outgoing: Outgoing<K, S>): string;
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
	/** How long a request waits for an answer unless the node's Options › Timeout says otherwise (ms). */
	timeoutMs: number;
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
	/** Sends one request and returns the answer's body (JSON, or undefined when it is empty). */
	request(this: RequestContext, call: Call<K, S>): Promise<unknown>;
	/**
	 * One record: the answer read by the vendor's `record`. An empty answer is an error for a GET and
	 * `{ success: true }` for a write; an answer that is not a record is an error.
	 */
	record(this: RequestContext, call: Call<K, S>): Promise<IDataObject>;
	/**
	 * A list with Return All / Limit: endpoints marked `paged` are read page by page (page, pageSize);
	 * the others answer everything at once, cut to the limit here. An answer that is not a list is an
	 * error.
	 */
	list(this: RequestContext, call: Call<K, S>, paging: Paging): Promise<IDataObject[]>;
	/** One page of a list as it came (the body, for links), with its records; not a list is an error. */
	page(
		this: RequestContext,
		call: Call<K, S>,
	): Promise<ListPage & { body: IDataObject | IDataObject[] }>;
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

/** The node's Options › Timeout for an item (milliseconds), checked; undefined when not set. */
function timeoutOption(ctx: RequestContext, itemIndex: number | undefined): number | undefined {
	if (itemIndex === undefined) return undefined;
	const value = (ctx as IExecuteFunctions).getNodeParameter('options.timeout', itemIndex, '');
	if (value === '' || value === undefined || value === null) return undefined;
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
		throw invalidParameter(
			ctx as IExecuteFunctions,
			itemIndex,
			'Timeout',
			'a whole number of milliseconds, 1 or more',
			value,
		);
	}
	return number;
}

/** One request as sent: its answer, and how errors about it name it and scrub it. */
interface Sent {
	answer: Answer;
	label: string;
	scrubber: () => Scrubber;
}

export function createTransport<K extends string, S = unknown>(
	api: VendorApi<K, S>,
): Transport<K, S> {
	const hint = (failure: FailedRequest, outgoing: Outgoing<K, S>, timeoutMs: number): string => {
		const { status } = failure;
		if (status !== undefined) {
			return (
				api.hints.special?.({ ...failure, status }, outgoing) ??
				api.hints.byStatus(outgoing)[status] ??
				VENDOR_FALLBACK(api.vendor, status)
			);
		}
		if (failure.timeoutMs !== undefined) return timeoutHint(api.vendor, outgoing, timeoutMs);
		if (failure.authentication) return api.hints.credential(failure, outgoing);
		return api.hints.network(failure, outgoing);
	};

	async function send(this: RequestContext, call: Call<K, S>): Promise<Sent> {
		const endpoint = api.endpoints[call.endpoint];
		const credentialType =
			typeof api.credentialType === 'function'
				? api.credentialType(this, call.itemIndex)
				: api.credentialType;
		const timeoutMs = call.timeoutMs ?? timeoutOption(this, call.itemIndex) ?? api.timeoutMs;
		const params = { ...(await api.pathParams?.call(this, call, endpoint)), ...call.params };
		const credentials = await this.getCredentials(credentialType);
		const baseUrl = call.baseUrl ?? api.baseUrl(credentials, credentialType);
		const link = linkUnder(baseUrl, call.link);
		const path = link ? link.slice(baseUrl.length).split('?')[0] : fillPath(endpoint.path, params);
		const options: IHttpRequestOptions = {
			method: endpoint.method,
			url: link ?? `${baseUrl}${path}`,
			...api.options,
			json: true,
			timeout: timeoutMs,
		};
		// A copy per request: n8n's OAuth2 signing writes the Authorization header into it.
		options.headers = { ...api.options?.headers };
		const qs = compact(call.qs ?? {});
		if (!link && Object.keys(qs).length > 0) options.qs = qs;
		if (call.body !== undefined) options.body = call.body;
		const outgoing: Outgoing<K, S> = { call, endpoint, credentialType, credentials, baseUrl };
		const label = `${endpoint.method} ${path}`;
		// n8n signs in with this very object, so a login's new token lands in it (and the OAuth2 token
		// in the headers): the scrubber is built once the request is over, knowing all of them.
		const scrubber = () => scrubberFor({ credentials, headers: options.headers });
		const reference = this.getNode().credentials?.[credentialType];
		const run = itemRunOf(this);
		const sendOnce = async () => {
			const vendorBeforeSend = (await api.beforeSend?.call(this, outgoing)) ?? undefined;
			const beforeSend = async (attempt: 'send' | 'reauthenticate') => {
				// n8n signs with `credentials` as read when the request began: another request of the run
				// may have logged in since (its 401 came first), so the stored login is read again.
				if (attempt === 'reauthenticate')
					Object.assign(credentials, await this.getCredentials(credentialType));
				await vendorBeforeSend?.(attempt);
			};
			return await sendWithRetry.call(this, options, {
				credentialType,
				credentialOptions: {
					credentialsDecrypted: {
						id: reference?.id ?? '',
						name: reference?.name ?? credentialType,
						type: credentialType,
						data: credentials,
					},
				},
				errors: {
					vendor: api.vendor,
					message: api.message,
					hint: (failure) => hint(failure, outgoing, timeoutMs),
				},
				itemIndex: call.itemIndex,
				label,
				scrubber,
				beforeSend,
				oneReauthenticationAtATime: run
					? async (task) => await run.reauthentication.run(task)
					: undefined,
			});
		};
		if (run?.readOnly && endpoint.method !== 'GET') {
			throw new Error(
				`${api.vendor} ${String(call.endpoint)} is a ${endpoint.method}, but the operation runs as one that only reads`,
			);
		}
		// In a node's item loop, a slot of the run's concurrency (rate budgets are taken inside it).
		const answer = run ? await run.requests.run(sendOnce) : await sendOnce();
		answer.body = isEmptyBody(answer.body) ? undefined : scrubber().output(answer.body);
		return { answer, label, scrubber };
	}

	const invalid = (
		ctx: RequestContext,
		sent: Sent,
		expected: 'a record' | 'a list',
		itemIndex?: number,
	) =>
		invalidAnswer(ctx, sent.answer, expected, {
			errors: { vendor: api.vendor },
			label: sent.label,
			itemIndex,
			scrubber: sent.scrubber,
		});

	async function page(this: RequestContext, call: Call<K, S>) {
		const sent = await send.call(this, call);
		const { body } = sent.answer;
		const listed = parseListEnvelope(body);
		// parseListEnvelope reads anything that is not a list envelope as one record: here it is an error.
		const single = listed.items.length === 1 && listed.items[0] === body;
		if (body === null || typeof body !== 'object' || single)
			throw invalid(this, sent, 'a list', call.itemIndex);
		return { ...listed, body: body as IDataObject | IDataObject[] };
	}

	const toRecord = api.record ?? ((body: unknown) => body as IDataObject);

	return {
		async request(this: RequestContext, call: Call<K, S>) {
			return (await send.call(this, call)).answer.body;
		},
		async record(this: RequestContext, call: Call<K, S>) {
			const sent = await send.call(this, call);
			const { body } = sent.answer;
			if (body === undefined) {
				if (api.endpoints[call.endpoint].method === 'GET')
					throw invalid(this, sent, 'a record', call.itemIndex);
				return { success: true };
			}
			const record = toRecord(body);
			if (record === null || typeof record !== 'object' || Array.isArray(record))
				throw invalid(this, sent, 'a record', call.itemIndex);
			return record;
		},
		async list(this: RequestContext, call: Call<K, S>, paging: Paging) {
			const endpoint = api.endpoints[call.endpoint];
			if (!endpoint.paged) {
				const { items } = await page.call(this, call);
				return paging.returnAll ? items : items.slice(0, paging.limit);
			}
			return await collectPages(
				async (number, pageSize) =>
					(await page.call(this, { ...call, qs: { ...call.qs, page: number, pageSize } })).body,
				{
					returnAll: paging.returnAll,
					limit: paging.limit,
					maxPageSize: paging.pageSize ?? api.maxPageSize ?? 100,
					concurrency: requestConcurrency(this),
				},
			);
		},
		page,
	};
}

/** What to do about a request that got no answer in time. */
function timeoutHint<K extends string, S>(
	vendor: string,
	{ endpoint, call }: Outgoing<K, S>,
	timeoutMs: number,
): string {
	const where =
		call.itemIndex === undefined
			? `n8n waits ${duration(timeoutMs)} for ${vendor} here.`
			: `The node's Options › Timeout is ${duration(timeoutMs)}: raise it if ${vendor} is slow to answer.`;
	const again =
		endpoint.method === 'GET'
			? `A GET without an answer is tried again, ${DEFAULT_RETRY.maxRetries + 1} times in all.`
			: `n8n did not send this ${endpoint.method} again: ${vendor} may have applied it, so check before you run it again.`;
	return `${again} ${where} If ${vendor} never answers, check the credential's base URL and that ${vendor} is up.`;
}
