import type { IDataObject } from 'n8n-workflow';

/** Keys whose values are secrets wherever they appear (error bodies, logs). */
export const SECRET_KEY =
	/pass(word)?$|password|secret|token|api[-_]?key|authorization|cookie|pin$/i;

const JWT = /eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;
const BEARER = /(bearer\s+)[^\s"',]+/gi;

/** Removes JWTs and bearer tokens from free text (vendor messages, network error texts). */
export function redactText(text: string): string {
	if (!text.includes('eyJ') && !/bearer/i.test(text)) return text;
	return text.replace(JWT, '[redacted]').replace(BEARER, '$1[redacted]');
}

/**
 * `value` with the values of secret-looking keys replaced and tokens cut out of strings. Unchanged
 * parts are shared, not copied (output items of a 10,000-record list are mostly unchanged).
 */
export function redactSecrets<T>(value: T, keyPattern: RegExp = SECRET_KEY): T {
	if (typeof value === 'string') return redactText(value) as T;
	if (Array.isArray(value)) {
		const entries = value.map((entry) => redactSecrets(entry, keyPattern));
		return (entries.every((entry, index) => entry === value[index]) ? value : entries) as T;
	}
	if (value === null || typeof value !== 'object') return value;
	let copy: IDataObject | undefined;
	for (const [key, entry] of Object.entries(value as IDataObject)) {
		const redacted =
			keyPattern.test(key) && entry !== null && entry !== undefined && entry !== ''
				? '[redacted]'
				: redactSecrets(entry, keyPattern);
		if (redacted !== entry) {
			copy ??= { ...(value as IDataObject) };
			copy[key] = redacted;
		}
	}
	return (copy ?? value) as T;
}

interface HttpErrorLike {
	message?: string;
	code?: string;
	response?: { status?: number; headers?: IDataObject; data?: unknown };
}

/**
 * A copy of an HTTP client error that keeps what error handling needs (message, network code, status,
 * response headers and body) and drops the request configuration, which carries the request body
 * (a login's password) and the headers (a bearer token).
 */
export function withoutRequestConfig(error: HttpErrorLike): Error {
	const clean = new Error(redactText(error.message ?? 'Request failed')) as Error & HttpErrorLike;
	// With a response, the status is what matters (n8n would otherwise read "ERR_BAD_REQUEST" as the HTTP code).
	if (error.code !== undefined && !error.response) clean.code = error.code;
	if (error.response) {
		clean.response = {
			status: error.response.status,
			headers: error.response.headers,
			data: redactSecrets(error.response.data),
		};
	}
	return clean;
}
