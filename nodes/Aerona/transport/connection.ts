import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import type { Budget } from '../../shared/throttle';
import { AERONA_DEFAULT_BASE_URL, AERONA_LOGIN, AERONA_RATE_LIMIT } from '../endpoints';

/** The credential type of every Aerona request. */
export const AERONA_CREDENTIAL = 'aeronaApi';

/**
 * How long an operation may wait for the rate budget by default: one whole window, so a large run
 * slows down to Aerona's pace instead of failing half-way (Options → Max Wait changes it).
 */
export const DEFAULT_MAX_WAIT_SECONDS = 900;

/**
 * How long an Aerona request (the login too) waits for an answer by default; Options › Timeout changes
 * it. Aerona documents no response times; its answers are small JSON values and lists.
 */
export const AERONA_TIMEOUT_MS = 30_000;

/**
 * Options › Concurrency by default: 10 items at once, as for AlfaDocs. Aerona's budget (300 requests
 * per 15 minutes) is a window, not a pace: a run of up to 300 requests may go at once, and one request
 * at a time would spend a round trip per item on it (the bench, 1,000 items at 150 ms with the window
 * shortened to 5 s: 162 s one at a time, 20 s with 10, the HTTP Request node batched to it 26 s). The
 * budget still holds whatever the concurrency: every request takes its slot first (rateGuard.ts), and
 * concurrent requests that need a login share one (login.ts).
 */
export const AERONA_CONCURRENCY = 10;

/** The base URL the API paths hang off, without a trailing slash. */
export function aeronaBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	const url = String(credentials.baseUrl ?? '').trim() || AERONA_DEFAULT_BASE_URL;
	return url.replace(/\/+$/, '');
}

export interface LoginRequest {
	url: string;
	body: IDataObject;
}

const text = (value: unknown, fallback: string) => {
	const trimmed = typeof value === 'string' ? value.trim() : '';
	return trimmed === '' ? fallback : trimmed;
};

/** The login request: AERONA_LOGIN (inferred), or the credential's "Customize Login Request" values. */
export function loginRequest(credentials: ICredentialDataDecryptedObject): LoginRequest {
	const custom = credentials.customizeLogin === true;
	const pick = (key: string, fallback: string) =>
		custom ? text(credentials[key], fallback) : fallback;
	const path = pick('loginPath', AERONA_LOGIN.path);
	return {
		url: `${aeronaBaseUrl(credentials)}${path.startsWith('/') ? path : `/${path}`}`,
		body: {
			[pick('loginUserKey', AERONA_LOGIN.usernameField)]: credentials.username,
			[pick('loginPassKey', AERONA_LOGIN.passwordField)]: credentials.password,
			[pick('loginPinKey', AERONA_LOGIN.pinField)]: credentials.practicePin,
		},
	};
}

/**
 * This process's request budget for a credential: its "Request Limit" (Aerona: 300) divided by the
 * "n8n Processes" that send with the login (each process counts alone), per "Request Limit Window" (15
 * minutes), counted over a window a little longer than the server's, so that requests that left n8n
 * inside one window cannot reach Aerona inside another (network latency, the login before a request).
 */
export function aeronaBudget(credentials: ICredentialDataDecryptedObject): Budget {
	const limit = positive(credentials.requestLimit, AERONA_RATE_LIMIT.limit);
	const processes = Math.max(1, Math.floor(positive(credentials.processes, 1)));
	const windowMs =
		positive(credentials.requestWindowSeconds, AERONA_RATE_LIMIT.windowSeconds) * 1000;
	return {
		limit: Math.max(1, Math.floor(limit / processes)),
		windowMs: windowMs + Math.max(1000, Math.round(windowMs * 0.02)),
	};
}

/**
 * Who Aerona counts requests for: the user at an Aerona server (base URL + username). Every request and
 * login with that user takes a slot of one budget, whichever n8n credential holds it: whether Aerona
 * counts per token or per user is not documented, and sharing is the safe reading.
 */
export function aeronaBudgetKey(credentials: ICredentialDataDecryptedObject): string {
	return `aerona:${aeronaBaseUrl(credentials)}|${String(credentials.username ?? '')
		.trim()
		.toLowerCase()}`;
}

function positive(value: unknown, fallback: number): number {
	const number = typeof value === 'string' ? Number(value) : value;
	return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : fallback;
}
