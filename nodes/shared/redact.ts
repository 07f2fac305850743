import type { IDataObject } from 'n8n-workflow';

/** Keys whose values are secrets wherever they appear (error bodies, logs). */
export const SECRET_KEY =
	/pass(word)?$|password|secret|token|api[-_]?key|authorization|cookie|pin$/i;

const JWT = /eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;
const BEARER = /(bearer\s+)[^\s"',]+/gi;
const REDACTED = '[redacted]';

/** Removes JWTs and bearer tokens from free text (vendor messages, network error texts). */
export function redactText(text: string): string {
	if (!text.includes('eyJ') && !/bearer/i.test(text)) return text;
	return text.replace(JWT, REDACTED).replace(BEARER, `$1${REDACTED}`);
}

/**
 * `value` with every string passed through `onString` and, when `secretKey` is given, the values of
 * keys it matches replaced. Unchanged parts are shared, not copied (output items of a 10,000-record
 * list are mostly unchanged).
 */
function mapStrings<T>(value: T, onString: (text: string) => string, secretKey?: RegExp): T {
	if (typeof value === 'string') return onString(value) as T;
	if (Array.isArray(value)) {
		const entries = value.map((entry) => mapStrings(entry, onString, secretKey));
		return (entries.every((entry, index) => entry === value[index]) ? value : entries) as T;
	}
	if (value === null || typeof value !== 'object') return value;
	let copy: IDataObject | undefined;
	for (const [key, entry] of Object.entries(value as IDataObject)) {
		const mapped =
			secretKey?.test(key) && entry !== null && entry !== undefined && entry !== ''
				? REDACTED
				: mapStrings(entry, onString, secretKey);
		if (mapped !== entry) {
			copy ??= { ...(value as IDataObject) };
			copy[key] = mapped;
		}
	}
	return (copy ?? value) as T;
}

/** `value` with the values of secret-looking keys replaced and tokens cut out of strings. */
export function redactSecrets<T>(value: T, keyPattern: RegExp = SECRET_KEY): T {
	return mapStrings(value, redactText, keyPattern);
}

/**
 * The fields of a credential (or of an OAuth2 token, at any depth) that hold a secret: the name ends in
 * password, secret, token, API key or PIN (`password`, `practicePin`, `apiKey`, `sessionToken`,
 * `accessToken`, `clientSecret`, `access_token`, `refresh_token`), not `token_type` or `accessTokenUrl`.
 */
export const SECRET_FIELD = /(pass(word)?|passwd|secret|token|api[-_]?key|pin)$/i;

/** Fields naming who signs in: `<identity>:<secret>` is what HTTP Basic sends, in base64. */
const IDENTITY_FIELD = /^(username|user|email|login|client[-_]?id)$/i;

/** Request headers that carry a credential (`Authorization: Bearer …`, `X-Api-Key`, `AERONA-AUTH-TOKEN`). */
const SECRET_HEADER = /authorization|cookie|api[-_]?key|token|secret/i;

/**
 * Values shorter than this are not searched for: they cannot be told apart from ordinary words and
 * numbers. A practice PIN has 4 digits.
 */
export const MIN_SECRET_LENGTH = 4;

/**
 * Values shorter than this (a PIN, a short password) are replaced only where they stand alone, not
 * inside a longer word or number, and only in errors: in output items they would damage data (an ID,
 * a phone number). They only ever travel with a login, never with an API request.
 */
export const SHORT_SECRET_LENGTH = 8;

export interface Scrubber {
	/** Text of an error (a message, a description): every secret, in every shape. */
	text(text: string): string;
	/** An error body: secret-looking keys, token shapes and every secret value. */
	errorBody<T>(value: T): T;
	/** An output item: the values of secrets of 8 characters or more (see SHORT_SECRET_LENGTH). */
	output<T>(value: T): T;
	/** Whether the text contains a secret (tests and checks). */
	leaks(text: string): boolean;
}

/** What is known about where the secrets are: credential data, OAuth2 tokens, request headers. */
export interface SecretSources {
	credentials?: IDataObject | Array<IDataObject | undefined>;
	headers?: IDataObject;
}

function collect(value: unknown, secrets: Set<string>, identities: Set<string>, depth = 0): void {
	if (value === null || typeof value !== 'object' || depth > 4) return;
	for (const [key, entry] of Object.entries(value as IDataObject)) {
		if (typeof entry === 'string' || typeof entry === 'number') {
			const text = String(entry).trim();
			if (text === '') continue;
			if (SECRET_FIELD.test(key)) secrets.add(text);
			else if (IDENTITY_FIELD.test(key)) identities.add(text);
		} else {
			collect(entry, secrets, identities, depth + 1);
		}
	}
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
/** RFC 3986, as qs and n8n-core encode query and form values (`!'()*` too). */
const rfc3986 = (text: string) =>
	encodeURIComponent(text).replace(
		/[!'()*]/g,
		(char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
	);

/**
 * Every shape a secret may be echoed in: plain, URL-encoded (encodeURIComponent, RFC 3986, an HTML
 * form's), JSON-escaped (once and twice), base64, and HTTP Basic `identity:secret` in base64.
 */
function shapesOf(secret: string, identities: Set<string>): string[] {
	const encoded = encodeURIComponent(secret);
	const shapes = [
		secret,
		encoded,
		encoded.replace(/%20/g, '+'),
		rfc3986(secret),
		rfc3986(secret).replace(/%20/g, '+'),
		new URLSearchParams({ s: secret }).toString().slice(2),
		JSON.stringify(secret).slice(1, -1),
		JSON.stringify(JSON.stringify(secret)).slice(3, -3),
		base64(secret),
		...[...identities].map((identity) => base64(`${identity}:${secret}`)),
	];
	return shapes.filter((shape) => shape.length >= MIN_SECRET_LENGTH);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One expression for all shapes, longest first; short ones only where they stand alone. */
function matcher(long: string[], short: string[]): RegExp | undefined {
	const byLength = (list: string[]) =>
		[...new Set(list)].sort((a, b) => b.length - a.length).map(escapeRegExp);
	const parts = [];
	if (long.length > 0) parts.push(byLength(long).join('|'));
	if (short.length > 0)
		parts.push(`(?<![A-Za-z0-9])(?:${byLength(short).join('|')})(?![A-Za-z0-9])`);
	return parts.length === 0 ? undefined : new RegExp(parts.join('|'), 'g');
}

/**
 * A scrubber for the secrets of one request: every secret field of its credential (password, PIN,
 * API key, session token, pasted JWT, client secret, OAuth2 access and refresh tokens) and the values
 * of the headers that carried one, searched for by value in every shape a server may echo them in.
 */
export function scrubberFor(sources: SecretSources): Scrubber {
	const secrets = new Set<string>();
	const identities = new Set<string>();
	const credentials = Array.isArray(sources.credentials)
		? sources.credentials
		: [sources.credentials];
	for (const data of credentials) collect(data, secrets, identities);
	for (const [name, value] of Object.entries(sources.headers ?? {})) {
		if (typeof value !== 'string' || !SECRET_HEADER.test(name)) continue;
		secrets.add(value.trim());
		// "Bearer <token>", "Basic <base64>": the credential after the scheme.
		const credential = /^\S+\s+(\S+)$/.exec(value.trim())?.[1];
		if (credential) secrets.add(credential);
	}
	const long: string[] = [];
	const short: string[] = [];
	const longOnly: string[] = [];
	for (const secret of secrets) {
		if (secret.length < MIN_SECRET_LENGTH) continue;
		for (const shape of shapesOf(secret, identities)) {
			(shape.length < SHORT_SECRET_LENGTH ? short : long).push(shape);
			if (secret.length >= SHORT_SECRET_LENGTH) longOnly.push(shape);
		}
	}
	const all = matcher(long, short);
	const outputs = matcher(longOnly, []);
	// How each shape reads inside JSON text (JSON escapes character by character, so a string that
	// holds a shape holds its escaped form once serialised).
	const inJson = [...new Set(longOnly)].map((shape) => JSON.stringify(shape).slice(1, -1));
	const text = (value: string) =>
		redactText(all === undefined ? value : value.replace(all, REDACTED));
	return {
		text,
		errorBody: (value) => mapStrings(value, text, SECRET_KEY),
		// Most answers hold no secret: one search of the serialised answer spares walking its strings.
		output: (value) => {
			if (outputs === undefined) return value;
			const serialised = JSON.stringify(value) ?? '';
			if (!inJson.some((shape) => serialised.includes(shape))) return value;
			return mapStrings(value, (entry) => entry.replace(outputs, REDACTED));
		},
		leaks: (value) => all !== undefined && value.replace(all, '') !== value,
	};
}

interface HttpErrorLike {
	message?: string;
	code?: string;
	response?: { status?: number; headers?: IDataObject; data?: unknown };
}

/**
 * A copy of an HTTP client error that keeps what error handling needs (message, network code, status,
 * response headers and body) and drops the request configuration, which carries the request body
 * (a login's password) and the headers (a bearer token). What is kept is scrubbed of the credential's
 * secrets (`scrubber`), which a server may echo.
 */
export function withoutRequestConfig(error: HttpErrorLike, scrubber?: Scrubber): Error {
	const text = scrubber?.text ?? redactText;
	const clean = new Error(text(error.message ?? 'Request failed')) as Error & HttpErrorLike;
	// With a response, the status is what matters (n8n would otherwise read "ERR_BAD_REQUEST" as the HTTP code).
	if (error.code !== undefined && !error.response) clean.code = error.code;
	if (error.response) {
		clean.response = {
			status: error.response.status,
			headers: error.response.headers,
			data: scrubber ? scrubber.errorBody(error.response.data) : redactSecrets(error.response.data),
		};
	}
	return clean;
}
