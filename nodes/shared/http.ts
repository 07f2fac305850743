import type {
	IAdditionalCredentialOptions,
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

import {
	contentTypeOf,
	describeBody,
	duration,
	isUnparsedText,
	oneLine,
	preview,
	shortText,
} from './answer';
import type { Scrubber } from './redact';
import { redactSecrets, redactText } from './redact';

/** Every n8n context that may send authenticated requests. */
export type RequestContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IWebhookFunctions
	| IPollFunctions;

/** What is known about a failed request. Secrets are scrubbed when the error is made. */
export interface FailedRequest {
	status?: number;
	networkCode?: string;
	/** No answer came within the request's timeout (milliseconds). */
	timeoutMs?: number;
	/**
	 * No request reached the API: the credential's login was refused or could not be made, an OAuth2
	 * token could not be renewed, a pasted token has expired.
	 */
	authentication?: boolean;
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
	/** "GET /site/1": how errors name the request. Default: the method and the URL's path. */
	label?: string;
	/**
	 * Handed to n8n's request helper. With `credentialsDecrypted`, n8n signs in with that object and
	 * writes a new login's token into it, so the caller knows every secret the request carried.
	 */
	credentialOptions?: IAdditionalCredentialOptions;
	/** The request's secrets, asked for when an error is made (after any login the request caused). */
	scrubber?: () => Scrubber;
	/**
	 * Runs before each call to n8n's request helper and may wait or throw, so that nothing is sent. `send`:
	 * an attempt (the first, or a retry after 429/503/network failure); `reauthenticate`: the call after a
	 * 401 in which n8n sends the request again, logs in when it is rejected once more, and retries it.
	 */
	beforeSend?: (call: 'send' | 'reauthenticate') => Promise<void>;
	/**
	 * Runs the call after a 401 (n8n's re-login or token refresh) one request at a time: the requests of
	 * an item loop rejected together wait for the first to renew the credential, then send with it.
	 */
	oneReauthenticationAtATime?: <T>(task: () => Promise<T>) => Promise<T>;
}

/** A successful answer: its body (JSON, or `''` when empty), status and content type. */
export interface Answer {
	body: unknown;
	status: number;
	contentType?: string;
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
/** The codes axios gives a request that hit its timeout (clarifyTimeoutError on or off). */
const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT']);
/**
 * Codes that look like network codes but are not: n8n's OAuth2 client (`@n8n/client-oauth2`) gives
 * EAUTH when the token endpoint refuses a grant (a revoked refresh token), ESTATUS for its other errors.
 */
const OAUTH2_CODES = new Set(['EAUTH', 'ESTATUS']);

interface FullResponse {
	body: unknown;
	headers: IDataObject;
	statusCode: number;
}

/**
 * Sends one request through n8n's `httpRequestWithAuthentication` (the credential's login, token and
 * re-login apply), retrying 429 and 503 a bounded number of times while honouring Retry-After, and
 * network failures and timeouts only for GET. Any other failure becomes a NodeApiError with the
 * vendor's message, the HTTP status and a hint, scrubbed of the request's secrets. A successful
 * answer whose body is not JSON is an error as well.
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
): Promise<Answer> {
	const policy = options.retry ?? DEFAULT_RETRY;
	const method = (request.method ?? 'GET').toUpperCase();
	const label = options.label ?? `${method} ${pathOf(request.url)}`;
	const send = async (ignoreHttpStatusErrors: boolean) =>
		(await this.helpers.httpRequestWithAuthentication.call(
			this,
			options.credentialType,
			{ ...request, returnFullResponse: true, ignoreHttpStatusErrors },
			options.credentialOptions,
		)) as FullResponse;
	const attempt = async (
		call: 'send' | 'reauthenticate',
	): Promise<FullResponse | FailedRequest> => {
		await options.beforeSend?.(call);
		const started = Date.now();
		try {
			return await send(call === 'send');
		} catch (error) {
			const failure = describeFailure(error as ErrorLike, options.errors);
			// Some runtimes say nothing but ECONNABORTED: the time it took tells a timeout apart.
			if (
				failure.timeoutMs === undefined &&
				request.timeout !== undefined &&
				failure.networkCode !== undefined &&
				TIMEOUT_CODES.has(failure.networkCode) &&
				Date.now() - started >= request.timeout
			)
				failure.timeoutMs = request.timeout;
			return failure;
		}
	};
	for (let attemptNumber = 0; ; attemptNumber++) {
		let outcome = await attempt('send');
		if (isResponse(outcome) && outcome.statusCode === 401 && options.reauthenticate !== false) {
			const reauthenticate = async () => await attempt('reauthenticate');
			outcome = options.oneReauthenticationAtATime
				? await options.oneReauthenticationAtATime(reauthenticate)
				: await reauthenticate();
		}
		if (isResponse(outcome) && outcome.statusCode < 400) {
			const answer: Answer = {
				body: outcome.body,
				status: outcome.statusCode,
				contentType: contentTypeOf(outcome.headers),
			};
			if (isUnparsedText(answer.body))
				throw invalidAnswer(this, answer, undefined, { ...options, label });
			return answer;
		}
		const failure = isResponse(outcome) ? responseFailure(outcome, options.errors) : outcome;
		const wait = retryDelay(failure, method, attemptNumber, policy);
		if (wait === undefined) throw toNodeApiError(this, failure, options, label, attemptNumber + 1);
		await sleep(wait * 1000);
	}
}

function isResponse(outcome: FullResponse | FailedRequest): outcome is FullResponse {
	return typeof (outcome as FullResponse).statusCode === 'number';
}

/** The path of a URL, for messages ("GET /site/1"). */
function pathOf(url: string): string {
	try {
		return new URL(url).pathname;
	} catch {
		return url;
	}
}

/**
 * The body of an error answer and the vendor's message in it. A text or HTML body (a gateway's error
 * page) is reduced to its title or first line; a JSON message to one line.
 */
function failureBody(body: unknown, errors: VendorErrors): { body: unknown; message?: string } {
	if (typeof body === 'string') {
		const text = shortText(body);
		return { body: text, message: text };
	}
	const message = body === undefined || body === null ? undefined : errors.message(body);
	return { body, message: message === undefined ? undefined : oneLine(message) };
}

function responseFailure(response: FullResponse, errors: VendorErrors): FailedRequest {
	const { body, message } = failureBody(response.body, errors);
	return {
		status: response.statusCode,
		body,
		retryAfterSeconds: parseRetryAfter(headerValue(response.headers, 'retry-after')),
		message: message ?? `HTTP ${response.statusCode}`,
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
/** Longest message of a failure before any request (an OAuth2 grant's texts run to 230 characters). */
const MAX_AUTH_MESSAGE = 300;
const TIMEOUT_TEXT = /timeout of (\d+)ms exceeded/;

/**
 * Reads what is left in an error n8n's request helpers throw: the NodeApiError keeps the status
 * (httpCode), the response body (context.data) and the original messages, from which the network
 * error code and a timeout are recovered ("connect ECONNREFUSED 127.0.0.1:3901", "timeout of
 * 30000ms exceeded"). Without a status, a network code or a timeout, no request reached the API: the
 * credential's login or token failed (the message says why).
 */
export function describeFailure(error: ErrorLike, errors: VendorErrors): FailedRequest {
	// httpCode holds the status, or a network code when there was no response ("ECONNRESET").
	const statusText = String(error.response?.status ?? error.httpCode ?? '');
	const status = /^\d{3}$/.test(statusText) ? Number(statusText) : undefined;
	const texts = [error.code, statusText, ...(error.messages ?? []), error.message].filter(
		(text): text is string => typeof text === 'string',
	);
	const timeout = texts.map((text) => TIMEOUT_TEXT.exec(text)?.[1]).find(Boolean);
	const code = texts.map((text) => NETWORK_CODE.exec(text)?.[1]).find(Boolean);
	const oAuth2 = code !== undefined && OAUTH2_CODES.has(code);
	const networkCode =
		status !== undefined
			? undefined
			: timeout !== undefined
				? 'ETIMEDOUT'
				: oAuth2
					? undefined
					: code;
	const raw = error.response?.data ?? error.context?.data;
	const { body, message } =
		raw === undefined ? { body: undefined, message: undefined } : failureBody(raw, errors);
	const authentication = status === undefined && networkCode === undefined;
	// Before any request (a login, a token renewal): the first line only, never the echo of a request.
	const text =
		message ??
		(authentication
			? (shortText(error.message ?? '', MAX_AUTH_MESSAGE) ?? 'Unknown error')
			: oneLine(error.message ?? 'Unknown error'));
	return {
		status,
		networkCode,
		timeoutMs: status === undefined && timeout !== undefined ? Number(timeout) : undefined,
		authentication,
		body,
		retryAfterSeconds: parseRetryAfter(headerValue(error.response?.headers, 'retry-after')),
		message:
			oAuth2 && status === undefined
				? `The OAuth2 access token could not be renewed: ${text}`
				: text,
	};
}

function toNodeApiError(
	ctx: RequestContext,
	failure: FailedRequest,
	options: SendOptions,
	label: string,
	attempts: number,
) {
	const { vendor } = options.errors;
	const scrubber = options.scrubber?.();
	const text = scrubber?.text ?? redactText;
	// n8n rewrites a message that contains a network code ("ECONNRESET"), so the code goes in the hint.
	const message =
		failure.status !== undefined
			? `The ${vendor} API answered ${failure.status}: ${failure.message}`
			: failure.timeoutMs !== undefined
				? `The ${vendor} API did not answer ${label} within ${duration(failure.timeoutMs)}${attempts > 1 ? ` (${attempts} attempts)` : ''}`
				: failure.networkCode !== undefined
					? `Could not reach the ${vendor} API: ${failure.message}`
					: failure.message;
	const hint = options.errors.hint(failure);
	const errorResponse: JsonObject = { message: text(message) };
	if (failure.body !== undefined)
		errorResponse.body = (
			scrubber ? scrubber.errorBody(failure.body) : redactSecrets(failure.body)
		) as JsonObject;
	const description =
		failure.timeoutMs === undefined &&
		failure.status === undefined &&
		failure.networkCode !== undefined
			? `Network error ${failure.networkCode}. ${hint ?? ''}`.trim()
			: hint;
	return new NodeApiError(ctx.getNode(), errorResponse, {
		message: text(message),
		description: description === undefined ? undefined : text(description),
		httpCode: failure.status !== undefined ? String(failure.status) : undefined,
		itemIndex: options.itemIndex,
	});
}

export interface AnswerContext {
	errors: Pick<VendorErrors, 'vendor'>;
	label: string;
	itemIndex?: number;
	scrubber?: () => Scrubber;
}

/**
 * A successful answer that cannot be what the request asked for: a body that is not JSON (an HTML page,
 * plain text, JSON cut off or malformed), an empty body where a record was expected, a record where a
 * list was expected. The error says what came (status, content type, the first characters).
 */
export function invalidAnswer(
	ctx: RequestContext,
	answer: Answer,
	expected: 'a record' | 'a list' | undefined,
	context: AnswerContext,
): NodeApiError {
	const { vendor } = context.errors;
	const text = context.scrubber?.().text ?? redactText;
	const what = describeBody(answer.body);
	const shown =
		typeof answer.body === 'string'
			? ` (${answer.contentType ?? 'no content type'})${what === 'an empty body' ? '' : `: ${preview(answer.body)}`}`
			: what === 'a record' || what === 'a list'
				? `: ${preview(answer.body)}`
				: '';
	const message = `The ${vendor} API answered ${context.label} with ${answer.status} and ${what}${expected ? `, where ${expected} was expected` : ''}${shown}`;
	// "GET /site/1": a write answered with a success status may have been applied.
	const method = context.label.split(' ')[0];
	const applied =
		method === 'GET'
			? ''
			: ` The status says success: ${vendor} may have applied this ${method}, so check before you run it again.`;
	return new NodeApiError(
		ctx.getNode(),
		{ message: text(message) },
		{
			message: text(message),
			description: `This does not look like an answer of the ${vendor} API. Check the base URL of the credential (a proxy, a sign-in or maintenance page may have answered instead); if it is right, try again later, as the answer may have been cut off.${applied}`,
			httpCode: String(answer.status),
			itemIndex: context.itemIndex,
		},
	);
}
