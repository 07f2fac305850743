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
	HEYDONTO_HOSTS,
	HEYDONTO_TIMEOUT_MS,
	heyDontoBaseUrl,
	nestMessage,
} from '../nodes/shared/heydontoPlatform';
import type { Login } from '../nodes/shared/login';
import { loginFailure, loginMessage } from '../nodes/shared/login';
import { scrubberFor } from '../nodes/shared/redact';

/** The `exp` claim of a JWT in milliseconds, or undefined when the token carries none. */
export function jwtExpiry(token: string): number | undefined {
	const payload = token.split('.')[1];
	if (!payload) return undefined;
	try {
		const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as IDataObject;
		return typeof claims.exp === 'number' ? claims.exp * 1000 : undefined;
	} catch {
		return undefined;
	}
}

/** Fails before any request when a pasted JWT has expired. */
export function assertNotExpired(token: string, now: number = Date.now()): void {
	const expiry = jwtExpiry(token);
	if (expiry !== undefined && expiry <= now) {
		throw new UserError(
			`The HeyDonto access token expired at ${new Date(expiry).toISOString()}. Paste a new JWT in the HeyDonto credential, or switch its Authentication to Email and Password so n8n logs in by itself.`,
		);
	}
}

/**
 * The Authorization header as an n8n expression: the pasted JWT with Access Token, else the token the
 * last login stored. An expired pasted JWT never gets here: preAuthentication checks it first (the
 * session token stays empty with a pasted JWT, so n8n runs it before every request).
 */
export const BEARER_EXPRESSION =
	'={{"Bearer " + String(($credentials.authMethod === "token" ? $credentials.accessToken : $credentials.sessionToken) || "").trim()}}';

export class HeyDontoApi implements ICredentialType {
	name = 'heyDontoApi';

	displayName = 'HeyDonto API';

	icon: Icon = { light: 'file:../icons/heydonto.svg', dark: 'file:../icons/heydonto.dark.svg' };

	documentationUrl = 'https://docs.heydonto.com/apis/authentication/openapi';

	properties: INodeProperties[] = [
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'options',
			options: [
				{ name: 'Production', value: 'production', description: HEYDONTO_HOSTS.production },
				{ name: 'Sandbox (Staging)', value: 'sandbox', description: HEYDONTO_HOSTS.sandbox },
				{
					name: 'Custom URL',
					value: 'custom',
					description: 'A self-hosted instance or the local sandbox',
				},
			],
			default: 'production',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. http://127.0.0.1:3901',
			description: 'The address the API paths (such as /site) hang off',
			displayOptions: { show: { environment: ['custom'] } },
		},
		{
			displayName: 'Authentication',
			name: 'authMethod',
			type: 'options',
			options: [
				{
					name: 'Email and Password',
					value: 'login',
					description:
						'n8n signs in with this email and password, and again whenever HeyDonto ends the session',
				},
				{
					name: 'Access Token (JWT)',
					value: 'token',
					description: 'Paste a JWT; it is used until it expires',
				},
			],
			default: 'login',
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			required: true,
			displayOptions: { show: { authMethod: ['login'] } },
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: { show: { authMethod: ['login'] } },
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'A HeyDonto JWT, sent as "Authorization: Bearer <token>"',
			displayOptions: { show: { authMethod: ['token'] } },
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
	 * Runs before a request whenever the stored session token is empty, when a request was rejected
	 * with 401, and on the credential's Test button. With email + password it logs in; with a pasted
	 * JWT it only checks the token's expiry (and stores nothing, so the check runs every time).
	 */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		if (credentials.authMethod === 'token') {
			assertNotExpired(String(credentials.accessToken ?? '').trim());
			return {};
		}
		return { sessionToken: await heyDontoLogin(this, credentials) };
	}

	/**
	 * Generic (an object, not a function), so that n8n offers the credential in the HTTP Request node
	 * and adds "Custom API Call" to the nodes: the pasted JWT, or the token the last login stored.
	 */
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: BEARER_EXPRESSION } },
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: `={{$credentials.environment === "custom" ? $credentials.baseUrl : ($credentials.environment === "sandbox" ? "${HEYDONTO_HOSTS.sandbox}" : "${HEYDONTO_HOSTS.production}")}}`,
			url: '/auth/user',
		},
	};
}

interface LoginFailure {
	message?: string;
	response?: { status?: number; data?: IDataObject };
}

/**
 * POST /auth/login (DOCS); the token comes back as `token` (current docs) or `accessToken` (older docs).
 * A failure never carries the password (see nodes/shared/login.ts).
 */
export async function heyDontoLogin(
	helper: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
): Promise<string> {
	const login: Login = {
		vendor: 'HeyDonto',
		label: 'POST /auth/login',
		timeoutMs: HEYDONTO_TIMEOUT_MS,
		scrubber: scrubberFor({ credentials }),
		message: nestMessage,
	};
	let body: IDataObject;
	try {
		body = (await helper.helpers.httpRequest({
			method: 'POST',
			url: `${heyDontoBaseUrl(credentials)}/auth/login`,
			body: { email: credentials.email, password: credentials.password },
			json: true,
			timeout: login.timeoutMs,
		})) as IDataObject;
	} catch (error) {
		const status = (error as LoginFailure).response?.status;
		if (status === 400 || status === 401 || status === 403) {
			const message = loginMessage((error as LoginFailure).response?.data, login);
			throw new UserError(
				`HeyDonto refused the login for ${String(credentials.email)} (HTTP ${status}${message ? `: ${message}` : ''}). Check the email and password in the HeyDonto credential.`,
			);
		}
		throw loginFailure(error as LoginFailure, login);
	}
	const token = body?.token ?? body?.accessToken;
	if (typeof token !== 'string' || token === '') {
		throw new UserError(
			'HeyDonto accepted the login but its answer carried no token (expected "token" or "accessToken").',
		);
	}
	return token;
}
