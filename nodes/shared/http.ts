import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import { redactSecrets, redactText } from './redact';

/** Every n8n context that may send authenticated requests. */
export type RequestContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IWebhookFunctions
	| IPollFunctions;

/** What is known about a failed request, without any secret in it. */
export interface FailedRequest {
	status?: number;
	networkCode?: string;
	body?: unknown;
	retryAfterSeconds?: number;
	message: string;
}

/** How one vendor words its failures. */
export interface VendorErrors {
	vendor: string;
	/** The vendor's own message from an error body, if it has one. */
	message(body: unknown): string | undefined;
	/** What the user can do about this failure. */
	hint(failure: FailedRequest): string | undefined;
}

export interface RetryPolicy {
	/** Retries after the first attempt. */
	maxRetries: number;
	/** Longest single wait; a longer Retry-After fails at once instead of blocking the workflow. */
	maxWaitSeconds: number;
	/** First wait when the server gives no Retry-After; doubles on each retry. */
	baseDelaySeconds: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
	maxRetries: 3,
	maxWaitSeconds: 60,
	baseDelaySeconds: 1,
};

export interface SendOptions {
	credentialType: string;
	errors: VendorErrors;
	/** Whether a 401 goes through n8n's re-login / token refresh once (default true). */
	reauthenticate?: boolean;
	retry?: RetryPolicy;
	itemIndex?: number;
	/**
	 * Runs before each call to n8n's request helper and may wait or throw, so that nothing is sent. `send`:
	 * an attempt (the first, or a retry after 429/503/network failure); `reauthenticate`: the call after a
	 * 401 in which n8n sends the request again, logs in when it is rejected once more, and retries it.
	 */
	beforeSend?: (call: 'send' | 'reauthenticate') => Promise<void>;
}

const RETRY_STATUSES = new Set([429, 503]);
const RETRY_NETWORK_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'ECONNABORTED',
	'ETIMEDOUT',
	'EPIPE',
	'EAI_AGAIN',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

interface FullResponse {
	body: unknown;
	headers: IDataObject;
	statusCode: number;
}

/**
 * Sends one request through n8n's `httpRequestWithAuthentication` (the credential's login, token and
 * re-login apply), retrying 429 and 503 a bounded number of times while honouring Retry-After, and
 * network failures only for GET. Any other failure becomes a NodeApiError with the vendor's message,
 * the HTTP status and a hint, with secrets removed.
 *
 * Statuses are read from the full response (`ignoreHttpStatusErrors`), because the error n8n throws
 * keeps neither the response headers (Retry-After) nor the network error code. A 401 is sent once
 * more without `ignoreHttpStatusErrors`, so that n8n's own path runs: it logs in again
 * (preAuthentication) or refreshes the OAuth2 token, and retries.
 */
export async function sendWithRetry(
	this: RequestContext,
	request: IHttpRequestOptions,
	options: SendOptions,
): Promise<unknown> {
	const policy = options.retry ?? DEFAULT_RETRY;
	const method = (request.method ?? 'GET').toUpperCase();
	const send = async (ignoreHttpStatusErrors: boolean) =>
		(await this.helpers.httpRequestWithAuthentication.call(this, options.credentialType, {
			...request,
			returnFullResponse: true,
			ignoreHttpStatusErrors,
		})) as FullResponse;
	const attempt = async (
		call: 'send' | 'reauthenticate',
	): Promise<FullResponse | FailedRequest> => {
		await options.beforeSend?.(call);
		try {
			return await send(call === 'send');
		} catch (error) {
			return describeFailure(error, options.errors);
		}
	};
	for (let attemptNumber = 0; ; attemptNumber++) {
		let outcome = await attempt('send');
		if (isResponse(outcome) && outcome.statusCode === 401 && options.reauthenticate !== false)
			outcome = await attempt('reauthenticate');
		if (isResponse(outcome) && outcome.statusCode < 400)
			return request.returnFullResponse ? outcome : outcome.body;
		const failure = isResponse(outcome) ? responseFailure(outcome, options.errors) : outcome;
		const wait = retryDelay(failure, method, attemptNumber, policy);
		if (wait === undefined) throw toNodeApiError(this, failure, options);
		await sleep(wait * 1000);
	}
}

function isResponse(outcome: FullResponse | FailedRequest): outcome is FullResponse {
	return typeof (outcome as FullResponse).statusCode === 'number';
}

function responseFailure(response: FullResponse, errors: VendorErrors): FailedRequest {
	return {
		status: response.statusCode,
		body: redactSecrets(response.body),
		retryAfterSeconds: parseRetryAfter(headerValue(response.headers, 'retry-after')),
		message: redactText(errors.message(response.body) ?? `HTTP ${response.statusCode}`),
	};
}

function headerValue(headers: IDataObject | undefined, name: string): unknown {
	if (!headers) return undefined;
	const key = Object.keys(headers).find((header) => header.toLowerCase() === name);
	return key === undefined ? undefined : headers[key];
}

/** Seconds to wait before the next attempt, or undefined when this failure must not be retried. */
export function retryDelay(
	failure: FailedRequest,
	method: string,
	attempt: number,
	policy: RetryPolicy,
): number | undefined {
	if (attempt >= policy.maxRetries) return undefined;
	const retryable =
		(failure.status !== undefined && RETRY_STATUSES.has(failure.status)) ||
		(failure.status === undefined &&
			failure.networkCode !== undefined &&
			RETRY_NETWORK_CODES.has(failure.networkCode) &&
			method === 'GET');
	if (!retryable) return undefined;
	const wait = failure.retryAfterSeconds ?? policy.baseDelaySeconds * 2 ** attempt;
	return wait > policy.maxWaitSeconds ? undefined : wait;
}

/** Parses a Retry-After header: delta seconds or an HTTP date. */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | undefined {
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const text = String(value).trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
	const date = Date.parse(text);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, Math.ceil((date - now) / 1000));
}

interface ErrorLike {
	message?: string;
	messages?: string[];
	httpCode?: string | null;
	code?: string;
	context?: { data?: unknown };
	response?: { status?: number; headers?: IDataObject; data?: unknown };
}

const NETWORK_CODE = /\b(E[A-Z]{4,}|ERR_[A-Z_]+)\b/;

/**
 * Reads what is left in an error n8n's request helpers throw: the NodeApiError keeps the status
 * (httpCode), the response body (context.data) and the original messages, from which the network
 * error code is recovered ("connect ECONNREFUSED 127.0.0.1:3901"; axios timeouts carry none).
 */
export function describeFailure(error: ErrorLike, errors: VendorErrors): FailedRequest {
	// httpCode holds the status, or a network code when there was no response ("ECONNRESET").
	const statusText = String(error.response?.status ?? error.httpCode ?? '');
	const status = /^\d{3}$/.test(statusText) ? Number(statusText) : undefined;
	const body = error.response?.data ?? error.context?.data;
	const texts = [error.code, statusText, ...(error.messages ?? []), error.message].filter(
		(text): text is string => typeof text === 'string',
	);
	const timedOut = texts.some((text) => /timeout of \d+ms exceeded/.test(text));
	const networkCode = timedOut
		? 'ETIMEDOUT'
		: texts.map((text) => NETWORK_CODE.exec(text)?.[1]).find(Boolean);
	const vendorMessage = body === undefined ? undefined : errors.message(body);
	return {
		status,
		networkCode: status === undefined ? networkCode : undefined,
		body: body === undefined ? undefined : redactSecrets(body),
		retryAfterSeconds: parseRetryAfter(headerValue(error.response?.headers, 'retry-after')),
		message: redactText(vendorMessage ?? error.message ?? 'Unknown error'),
	};
}

function toNodeApiError(ctx: RequestContext, failure: FailedRequest, options: SendOptions) {
	const { vendor } = options.errors;
	// n8n rewrites a message that contains a network code ("ECONNRESET"), so the code goes in the hint.
	const message =
		failure.status !== undefined
			? `The ${vendor} API answered ${failure.status}: ${failure.message}`
			: failure.networkCode !== undefined
				? `Could not reach the ${vendor} API: ${failure.message}`
				: failure.message;
	const hint = options.errors.hint(failure);
	const errorResponse: JsonObject = { message };
	if (failure.body !== undefined) errorResponse.body = failure.body as JsonObject;
	return new NodeApiError(ctx.getNode(), errorResponse, {
		message,
		description:
			failure.status === undefined && failure.networkCode !== undefined
				? `Network error ${failure.networkCode}. ${hint ?? ''}`.trim()
				: hint,
		httpCode: failure.status !== undefined ? String(failure.status) : undefined,
		itemIndex: options.itemIndex,
	});
}
