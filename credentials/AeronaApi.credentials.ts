import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	INodeProperties,
	Icon,
} from 'n8n-workflow';
import { UserError } from 'n8n-workflow';

import {
	AERONA_DEFAULT_BASE_URL,
	AERONA_ENDPOINTS,
	AERONA_LOGIN,
	AERONA_RATE_LIMIT,
	AERONA_TOKEN_HEADER,
} from '../nodes/Aerona/endpoints';
import { AERONA_TIMEOUT_MS, loginRequest } from '../nodes/Aerona/transport/connection';
import { aeronaSessionToken } from '../nodes/Aerona/transport/login';
import type { Login } from '../nodes/shared/login';
import { loginFailure, loginMessage } from '../nodes/shared/login';
import { scrubberFor } from '../nodes/shared/redact';

const showCustomLogin = { show: { customizeLogin: [true] } };

export class AeronaApi implements ICredentialType {
	name = 'aeronaApi';

	displayName = 'Aerona API';

	icon: Icon = { light: 'file:../icons/aerona.svg', dark: 'file:../icons/aerona.dark.svg' };

	documentationUrl =
		'https://aerona.zendesk.com/hc/en-gb/articles/360018207340-What-is-the-Practice-Pin';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: AERONA_DEFAULT_BASE_URL,
			required: true,
			placeholder: `e.g. ${AERONA_DEFAULT_BASE_URL}`,
			description: 'The address the API paths (such as /patients) hang off',
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			description: 'The Aerona user n8n signs in as',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Practice PIN',
			name: 'practicePin',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			placeholder: 'e.g. 1234',
			description: 'The 4-digit practice PIN you enter when you sign in to Aerona',
		},
		{
			displayName: 'Request Limit',
			name: 'requestLimit',
			type: 'number',
			default: AERONA_RATE_LIMIT.limit,
			typeOptions: { minValue: 1 },
			description:
				'Most requests n8n sends with this login in any window. Aerona allows 300 per 15 minutes and invalidates the token beyond that; lower it to leave room for other software that signs in as the same Aerona user.',
		},
		{
			displayName: 'n8n Processes',
			name: 'processes',
			type: 'number',
			default: 1,
			typeOptions: { minValue: 1 },
			description:
				'How many n8n processes send requests with this Aerona login. 1 for a single n8n. In queue mode: the main process, every worker and every webhook process (the Aerona Trigger reads its full record there). Each process counts its own requests, so each may send the Request Limit divided by this number.',
		},
		{
			displayName: 'Request Limit Window (Seconds)',
			name: 'requestWindowSeconds',
			type: 'number',
			default: AERONA_RATE_LIMIT.windowSeconds,
			typeOptions: { minValue: 1 },
			description:
				"Length of the window of the Request Limit. Aerona's is 900 seconds (15 minutes): change it only for a test server.",
		},
		{
			displayName: 'Customize Login Request',
			name: 'customizeLogin',
			type: 'boolean',
			default: false,
			description: `Whether to change the login path and body field names. Aerona does not publish them; n8n sends POST ${AERONA_LOGIN.path} with {"${AERONA_LOGIN.usernameField}", "${AERONA_LOGIN.passwordField}", "${AERONA_LOGIN.pinField}"} unless you change them here.`,
		},
		{
			displayName: 'Login Path',
			name: 'loginPath',
			type: 'string',
			default: AERONA_LOGIN.path,
			placeholder: `e.g. ${AERONA_LOGIN.path}`,
			description: 'The path of the Login API, after the Base URL',
			displayOptions: showCustomLogin,
		},
		{
			displayName: 'Username Field Name',
			name: 'loginUserKey',
			type: 'string',
			default: AERONA_LOGIN.usernameField,
			description: 'The JSON field of the login body that carries the username',
			displayOptions: showCustomLogin,
		},
		{
			displayName: 'Password Field Name',
			name: 'loginPassKey',
			type: 'string',
			default: AERONA_LOGIN.passwordField,
			description: 'The JSON field of the login body that carries the password',
			displayOptions: showCustomLogin,
		},
		{
			displayName: 'PIN Field Name',
			name: 'loginPinKey',
			type: 'string',
			default: AERONA_LOGIN.pinField,
			description: 'The JSON field of the login body that carries the practice PIN',
			displayOptions: showCustomLogin,
		},
		{
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	/**
	 * n8n runs this before a request whenever the stored token is empty, after a request was rejected
	 * with 401 (Aerona tokens live one hour), and on the Test button: it logs in and keeps the token.
	 * Concurrent callers in one n8n process share one login, counted in the request budget (login.ts).
	 */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		return {
			sessionToken: await aeronaSessionToken(
				credentials,
				async () => await aeronaLogin(this, credentials),
				(message) => {
					throw new UserError(message);
				},
			),
		};
	}

	/** Generic, so that n8n offers the credential in the HTTP Request node (and "Custom API Call"). */
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { [AERONA_TOKEN_HEADER]: '={{$credentials.sessionToken}}' } },
	};

	/** The Test button logs in (n8n always runs preAuthentication for it), then lists appointment types. */
	test: ICredentialTestRequest = {
		request: {
			// axios joins baseURL and url with exactly one slash, whether or not the Base URL ends in one.
			baseURL: '={{$credentials.baseUrl}}',
			url: AERONA_ENDPOINTS['auth.test'].path,
		},
	};
}

interface FullResponse {
	statusCode: number;
	headers: IDataObject;
	body: unknown;
}

function messageOf(body: unknown): string | undefined {
	if (body === null || typeof body !== 'object') return undefined;
	const { message, error } = body as IDataObject;
	if (typeof message === 'string' && message !== '') return message;
	return typeof error === 'string' && error !== '' ? error : undefined;
}

/**
 * Logs in and returns the token from the AERONA-AUTH-TOKEN response header. The password and PIN never
 * appear in an error (see nodes/shared/login.ts): the request configuration is dropped, Aerona's
 * message is cut to its first line and scrubbed of the credential's secrets.
 */
export async function aeronaLogin(
	helper: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
): Promise<string> {
	const { url, body } = loginRequest(credentials);
	const login: Login = {
		vendor: 'Aerona',
		label: `POST ${new URL(url).pathname}`,
		timeoutMs: AERONA_TIMEOUT_MS,
		scrubber: scrubberFor({ credentials }),
		message: messageOf,
	};
	let response: FullResponse;
	try {
		response = (await helper.helpers.httpRequest({
			method: 'POST',
			url,
			body,
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: login.timeoutMs,
		})) as FullResponse;
	} catch (error) {
		throw loginFailure(error, login);
	}
	const { statusCode } = response;
	const message = loginMessage(response.body, login);
	const detail = `HTTP ${statusCode}${message ? `: ${message}` : ''}`;
	const user = String(credentials.username ?? '');
	if (statusCode === 400 || statusCode === 401 || statusCode === 403) {
		throw new UserError(
			`Aerona refused the login for ${user} (${detail}). Check the username, password and practice PIN in the Aerona credential.`,
		);
	}
	if (statusCode === 404 || statusCode === 405) {
		throw new UserError(
			`Aerona has no login at ${url} (${detail}). Check the Base URL; the login path is a guess (Aerona does not publish it): set the right one under "Customize Login Request".`,
		);
	}
	if (statusCode >= 300) {
		// Not a refusal (a 5xx): the status stays, for the node's error to say what it means.
		throw loginFailure(
			{
				message: `Request failed with status code ${statusCode}`,
				response: { status: statusCode, headers: response.headers, data: response.body },
			},
			login,
		);
	}
	const headerName = AERONA_TOKEN_HEADER.toLowerCase();
	const key = Object.keys(response.headers ?? {}).find((name) => name.toLowerCase() === headerName);
	const value = key === undefined ? undefined : response.headers[key];
	const token = (Array.isArray(value) ? value[0] : value) as unknown;
	if (typeof token !== 'string' || token.trim() === '') {
		throw new UserError(
			`Aerona accepted the login for ${user} (HTTP ${statusCode}) but its answer carried no ${AERONA_TOKEN_HEADER} header. Check that the Base URL points at the Aerona API (it ends in /AeronaAPI/v1); if it does, the login body may need other field names (see "Customize Login Request").`,
		);
	}
	return token.trim();
}
