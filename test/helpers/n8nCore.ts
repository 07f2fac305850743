/**
 * What n8n-core does with a request a node hands it, copied in outline from n8n-core 2.8.1 (the
 * version n8n 2.8.4 ships, the one the e2e tests run), file
 * dist/execution-engine/node-execution-context/utils/request-helper-functions.js:
 *
 * - `httpRequestWithAuthentication`: preAuthentication when the credential's expirable token is empty,
 *   the credential's `authenticate` (a function, or the generic headers/qs object with
 *   `={{ ... }}` expressions over `$credentials`), and after a 401 one more preAuthentication (forced) and one
 *   retry; every failure wrapped in a NodeApiError. With `additionalCredentialOptions.credentialsDecrypted`
 *   it signs with that object and writes a new login into it (and stores the login, as n8n does).
 * - `requestOAuth2` (for `extends: ['oAuth2Api']`): the stored access token as a Bearer header written
 *   into the request's own headers object (client-oauth2's `sign`) and, after a 401, a refresh_token
 *   grant against the token URL (client ID and secret in the body with `authentication: 'body'`, else
 *   Basic), the new token stored, one retry; a refused grant fails as @n8n/client-oauth2 fails it
 *   (AuthError, code EAUTH).
 * - axios' parsing of a text body: valid JSON (any content type) becomes JSON, anything else stays
 *   text; a request that gets no answer within its `timeout` fails with "timeout of <n>ms exceeded"
 *   (code ECONNABORTED), as axios says it.
 * - `removeEmptyBody`, and the URL axios sends: `qs` serialised by `qs.stringify` with the request's
 *   `arrayFormat` (n8n's default for axios is 'indices'), keys and values percent-encoded as RFC 3986.
 *
 * Not modelled: proxies, redirects, TLS options, binary and form-data bodies, response
 * parsing beyond JSON bodies given as objects, the headers n8n-core adds on its own (Accept for `json`,
 * User-Agent), OAuth1, client-credentials grants, expressions reading anything but `$credentials`, nested
 * objects and dates in `qs` beyond what the nodes send, and n8n's CredentialsHelper lookups (the
 * credential type is given, not resolved by name).
 */
import type {
	IAdditionalCredentialOptions,
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INode,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

/** The error axios throws: a network code, or a response with its status, body and headers. */
export class AxiosError extends Error {
	isAxiosError = true;

	constructor(
		message: string,
		public code?: string,
		public response?: { status: number; data: unknown; headers: Record<string, string> },
	) {
		super(message);
	}
}

export interface CredentialSlot {
	type: ICredentialType;
	data: ICredentialDataDecryptedObject;
}

/** Sends one request as axios would (the fake API); resolves with the body or the full response. */
export type Send = (options: IHttpRequestOptions) => Promise<unknown>;

/** RFC 3986 percent-encoding, as qs.stringify does it by default (`!'()*` encoded too). */
const encode = (text: string) =>
	encodeURIComponent(text).replace(
		/[!'()*]/g,
		(char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
	);

function pairs(key: string, value: unknown, arrayFormat: string): string[] {
	if (value === undefined) return [];
	if (value === null) return [`${encode(key)}=`];
	if (value instanceof Date) return [`${encode(key)}=${encode(value.toISOString())}`];
	if (Array.isArray(value)) {
		if (arrayFormat === 'comma') return pairs(key, value.map(String).join(','), arrayFormat);
		return value.flatMap((entry, index) => {
			const name =
				arrayFormat === 'repeat'
					? key
					: arrayFormat === 'brackets'
						? `${key}[]`
						: `${key}[${index}]`;
			return pairs(name, entry, arrayFormat);
		});
	}
	if (typeof value === 'object') {
		return Object.entries(value as IDataObject).flatMap(([sub, entry]) =>
			pairs(`${key}[${sub}]`, entry, arrayFormat),
		);
	}
	return [`${encode(key)}=${encode(String(value))}`];
}

/** The URL axios requests for n8n-core's options: `url` plus `qs` serialised in its array format. */
export function wireUrl(options: IHttpRequestOptions): string {
	const arrayFormat = options.arrayFormat ?? 'indices';
	const query = Object.entries(options.qs ?? {})
		.flatMap(([key, value]) => pairs(key, value, arrayFormat))
		.join('&');
	if (query === '') return options.url;
	return `${options.url}${options.url.includes('?') ? '&' : '?'}${query}`;
}

/** n8n-core drops an empty body from GET, HEAD and OPTIONS requests. */
export function removeEmptyBody(options: IHttpRequestOptions): IHttpRequestOptions {
	const method = (options.method ?? 'GET').toUpperCase();
	const body: unknown = options.body;
	const empty =
		body === undefined ||
		body === null ||
		body === '' ||
		(typeof body === 'object' && Object.keys(body).length === 0);
	if (!['GET', 'HEAD', 'OPTIONS'].includes(method) || !empty) return options;
	const copy = { ...options };
	delete copy.body;
	return copy;
}

/**
 * One `{{ }}` of an n8n expression, evaluated as JavaScript over `$credentials` (n8n's own engine
 * evaluates the same JavaScript in its sandbox; the credentials only use plain expressions).
 */
function evaluate(code: string, credentials: ICredentialDataDecryptedObject): unknown {
	return new Function('$credentials', `return (${code});`)(credentials) as unknown;
}

/** n8n's generic authenticate: `={{ ... }}` (and `=text {{ ... }}`) over `$credentials` in headers and qs. */
function applyGeneric(
	authenticate: IAuthenticateGeneric,
	credentials: ICredentialDataDecryptedObject,
	options: IHttpRequestOptions,
): IHttpRequestOptions {
	const resolve = (value: unknown) =>
		typeof value === 'string' && value.startsWith('=')
			? value.slice(1).replace(/\{\{([\s\S]+?)\}\}/g, (_, code: string) => {
					const result = evaluate(code, credentials);
					return result === undefined || result === null ? '' : String(result as string);
				})
			: value;
	const resolveAll = (values: IDataObject | undefined): IDataObject =>
		Object.fromEntries(
			Object.entries(values ?? {}).map(([key, value]) => [
				key,
				resolve(value) as IDataObject[string],
			]),
		);
	const { headers, qs } = authenticate.properties;
	return {
		...options,
		...(headers ? { headers: { ...options.headers, ...resolveAll(headers) } } : {}),
		...(qs ? { qs: { ...options.qs, ...resolveAll(qs) } } : {}),
	};
}

/** @n8n/client-oauth2's ERROR_RESPONSES for the grant errors the tests use. */
const OAUTH2_ERRORS: Record<string, string> = {
	invalid_grant:
		'The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
	invalid_client:
		'Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method).',
};

/**
 * What @n8n/client-oauth2 throws when the token endpoint refuses (a 4xx): an AuthError (code EAUTH)
 * whose message is the OAuth2 error's text, or the body's error_description or error; a ResponseError
 * (code ESTATUS, with the status) when the body names no error. A 5xx stays axios' error.
 */
function tokenEndpointError(failure: AxiosError): Error {
	const status = failure.response?.status;
	if (status === undefined || status >= 500) return failure;
	const body = (failure.response?.data ?? {}) as IDataObject;
	const error = typeof body.error === 'string' ? body.error : undefined;
	const message =
		(error && OAUTH2_ERRORS[error]) ?? (body.error_description as string | undefined) ?? error;
	if (message) return Object.assign(new Error(message), { code: 'EAUTH', body });
	return Object.assign(new Error(`HTTP status ${status}`), { code: 'ESTATUS', status, body });
}

/** n8n-core's httpRequestWithAuthentication over `send`, with the credential stored like n8n does. */
export function authenticatedRequester(
	send: Send,
	credentials: Record<string, CredentialSlot>,
	node: INode,
) {
	const helpers = { httpRequest: send };

	/** `data`: what n8n signs with; `slot.data`: what it stores (the database). */
	async function preAuthenticate(
		slot: CredentialSlot,
		data: ICredentialDataDecryptedObject,
		expired: boolean,
	) {
		const expirable = slot.type.properties.find(
			(property) => property.type === 'hidden' && property.typeOptions?.expirable === true,
		);
		if (!expirable || !slot.type.preAuthentication) return;
		if (data[expirable.name] !== '' && !expired) return;
		const output = await slot.type.preAuthentication.call({ helpers } as never, data);
		if (output[expirable.name] === undefined) return;
		Object.assign(slot.data, output);
		Object.assign(data, output);
	}

	async function authenticate(
		slot: CredentialSlot,
		data: ICredentialDataDecryptedObject,
		options: IHttpRequestOptions,
	) {
		const { authenticate } = slot.type;
		if (typeof authenticate === 'function') return await authenticate(data, options);
		if (authenticate?.type === 'generic') return applyGeneric(authenticate, data, options);
		return options;
	}

	/** requestOAuth2 with isN8nRequest: sign, and on a 401 refresh once and retry. */
	async function oAuth2Request(slot: CredentialSlot, options: IHttpRequestOptions) {
		const token = slot.data.oauthTokenData as IDataObject | undefined;
		if (slot.data.grantType === 'authorizationCode' && token === undefined) {
			throw new Error('OAuth credentials not connected');
		}
		// client-oauth2's sign: into the request's own headers object.
		const sign = (data: IDataObject) => {
			options.headers = options.headers ?? {};
			options.headers.Authorization = `Bearer ${String(data.access_token)}`;
			return options;
		};
		// As n8n-core does it: a promise .catch that refreshes on a 401 and rethrows anything else.
		return await send(sign(token ?? {})).catch(async (error: AxiosError) => {
			if (error.response?.status !== 401) throw error;
			const body: IDataObject = {
				refresh_token: token?.refresh_token,
				grant_type: 'refresh_token',
			};
			const headers: IDataObject = {
				Accept: 'application/json, application/x-www-form-urlencoded',
				'Content-Type': 'application/x-www-form-urlencoded',
			};
			if (slot.data.authentication === 'body') {
				body.client_id = slot.data.clientId;
				body.client_secret = slot.data.clientSecret;
			} else {
				headers.Authorization = `Basic ${Buffer.from(`${String(slot.data.clientId)}:${String(slot.data.clientSecret)}`).toString('base64')}`;
			}
			const refreshed = (await send({
				method: 'POST',
				url: String(slot.data.accessTokenUrl),
				headers,
				body,
			}).catch((failure: AxiosError) => {
				throw tokenEndpointError(failure);
			})) as IDataObject;
			slot.data.oauthTokenData = { ...token, ...refreshed };
			return await send(sign(slot.data.oauthTokenData as IDataObject));
		});
	}

	return async function (
		credentialType: string,
		requestOptions: IHttpRequestOptions,
		additional?: IAdditionalCredentialOptions,
	) {
		const slot = credentials[credentialType];
		if (!slot) throw new Error(`No credential of type ${credentialType} in this test`);
		const data = additional?.credentialsDecrypted?.data ?? slot.data;
		let options = removeEmptyBody(requestOptions);
		let decrypted = false;
		try {
			if (slot.type.extends?.includes('oAuth2Api')) return await oAuth2Request(slot, options);
			decrypted = true;
			await preAuthenticate(slot, data, false);
			options = await authenticate(slot, data, removeEmptyBody(requestOptions));
			return await send(options);
		} catch (error) {
			// n8n's CredentialsHelper always has preAuthentication, so every 401 is sent once more.
			if ((error as AxiosError).response?.status === 401) {
				try {
					if (decrypted) {
						await preAuthenticate(slot, data, true);
						options = await authenticate(slot, data, removeEmptyBody(requestOptions));
					}
					return await send(options);
				} catch (retryError) {
					throw new NodeApiError(node, retryError as never);
				}
			}
			throw new NodeApiError(node, error as never);
		}
	};
}
