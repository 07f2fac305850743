import { createHash, timingSafeEqual } from 'crypto';
import type { IDataObject, IHookFunctions, INodeProperties, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { redactSecrets } from './redact';

/**
 * How a webhook trigger tells its vendor from anyone else who knows the URL, for vendors that do not
 * sign their requests (Aerona, AlfaDocs): a secret header, basic auth (credentials in the URL given to
 * the vendor), a secret query parameter, or the sender's IP address.
 */
export type AuthenticationMethod =
	| 'none'
	| 'headerSecret'
	| 'basicAuth'
	| 'querySecret'
	| 'allowedIps';

export interface AuthenticitySettings {
	method: AuthenticationMethod;
	headerName?: string;
	headerValue?: string;
	basicAuthUser?: string;
	basicAuthPassword?: string;
	queryParameterName?: string;
	queryParameterValue?: string;
	allowedIps?: string;
}

/** Request headers as Node gives them: lower-cased names. */
export type IncomingHttpHeaders = Record<string, string | string[] | undefined>;

export interface IncomingRequest {
	headers: IncomingHttpHeaders;
	query: Record<string, unknown>;
	/** The client address as n8n's web server sees it (honours N8N_PROXY_HOPS). */
	ip?: string;
}

/** Compares secrets in constant time, whatever their lengths. */
export function sameSecret(given: unknown, expected: string): boolean {
	if (typeof given !== 'string' || expected === '') return false;
	const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
	return timingSafeEqual(digest(given), digest(expected));
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
	const value = headers[name.trim().toLowerCase()];
	return Array.isArray(value) ? value[0] : value;
}

function basicCredentials(
	headers: IncomingHttpHeaders,
): { user: string; password: string } | undefined {
	const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(headerValue(headers, 'authorization') ?? '');
	if (!match) return undefined;
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	return colon < 0
		? undefined
		: { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** What is wrong with the settings (an empty secret, a bad IP entry), or undefined when they are usable. */
export function settingsProblem(settings: AuthenticitySettings): string | undefined {
	const empty = (value?: string) => (value ?? '').trim() === '';
	switch (settings.method) {
		case 'headerSecret':
			if (empty(settings.headerName)) return 'Set the Header Name';
			return empty(settings.headerValue) ? 'Set the Header Value (the secret)' : undefined;
		case 'basicAuth':
			if (empty(settings.basicAuthUser)) return 'Set the User';
			return empty(settings.basicAuthPassword) ? 'Set the Password' : undefined;
		case 'querySecret':
			if (empty(settings.queryParameterName)) return 'Set the Parameter Name';
			return empty(settings.queryParameterValue)
				? 'Set the Parameter Value (the secret)'
				: undefined;
		case 'allowedIps': {
			const entries = ipEntries(settings.allowedIps);
			if (entries.length === 0) return 'Set at least one allowed IP address';
			const bad = entries.find((entry) => parseRule(entry) === undefined);
			return bad === undefined
				? undefined
				: `"${bad}" is not an IP address or an IPv4 range such as 203.0.113.0/24`;
		}
		default:
			return undefined;
	}
}

/** Whether the request passes the configured check. Misconfigured settings fail closed. */
export function isAuthentic(settings: AuthenticitySettings, request: IncomingRequest): boolean {
	if (settingsProblem(settings) !== undefined) return settings.method === 'none';
	switch (settings.method) {
		case 'none':
			return true;
		case 'headerSecret':
			return sameSecret(
				headerValue(request.headers, settings.headerName ?? ''),
				settings.headerValue ?? '',
			);
		case 'basicAuth': {
			const given = basicCredentials(request.headers);
			// Both comparisons always run, so the time taken does not tell which part was wrong.
			const user = sameSecret(given?.user, settings.basicAuthUser ?? '');
			const password = sameSecret(given?.password, settings.basicAuthPassword ?? '');
			return user && password;
		}
		case 'querySecret': {
			const value = request.query[(settings.queryParameterName ?? '').trim()];
			return sameSecret(
				Array.isArray(value) ? value[0] : value,
				settings.queryParameterValue ?? '',
			);
		}
		case 'allowedIps': {
			const address = normalizeIp(request.ip ?? '');
			return ipEntries(settings.allowedIps).some((entry) => parseRule(entry)?.(address) === true);
		}
		default:
			return false;
	}
}

function ipEntries(list?: string): string[] {
	return (list ?? '')
		.split(/[\s,;]+/)
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '');
}

/** "::ffff:203.0.113.7" (IPv4 seen through an IPv6 socket) becomes "203.0.113.7". */
export function normalizeIp(address: string): string {
	const trimmed = address.trim().toLowerCase();
	const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/.exec(trimmed);
	return mapped ? mapped[1] : trimmed;
}

function ipv4ToNumber(address: string): number | undefined {
	const parts = address.split('.');
	if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255))
		return undefined;
	return parts.reduce((total, part) => total * 256 + Number(part), 0);
}

const IPV6 = /^[0-9a-f:]+$/i;

/** A matcher for one entry: an IPv4 address, an IPv4 CIDR range, or an IPv6 address (exact). */
function parseRule(entry: string): ((address: string) => boolean) | undefined {
	const [base, bits, extra] = entry.split('/');
	if (extra !== undefined) return undefined;
	const network = ipv4ToNumber(base);
	if (network !== undefined) {
		const prefix = bits === undefined ? 32 : /^\d{1,2}$/.test(bits) ? Number(bits) : NaN;
		if (!(prefix >= 0 && prefix <= 32)) return undefined;
		const size = 2 ** (32 - prefix);
		const start = Math.floor(network / size) * size;
		return (address) => {
			const value = ipv4ToNumber(address);
			return value !== undefined && value >= start && value < start + size;
		};
	}
	if (bits === undefined && IPV6.test(base) && base.includes(':')) {
		const wanted = normalizeIp(base);
		return (address) => address === wanted;
	}
	return undefined;
}

/** What the Authentication parameters say about the vendor. */
export interface WebhookAuthVendor {
	/** "Aerona" */
	vendor: string;
	/** Where the URL goes, e.g. "the URL pasted into Aerona". */
	urlGiven: string;
	/** When the vendor may send a header, e.g. "if Aerona lets you add headers". */
	headerCondition: string;
	/** The Header Name's default, e.g. "X-Aerona-Secret". */
	headerName: string;
}

const showFor = (authentication: AuthenticationMethod) => ({
	show: { authentication: [authentication] },
});

/** Secret Header's name; each vendor gives it a default of its own. */
const HEADER_NAME: INodeProperties = {
	displayName: 'Header Name',
	name: 'headerName',
	type: 'string',
	default: 'X-Webhook-Secret',
	displayOptions: showFor('headerSecret'),
};

/** The trigger's Authentication parameter and the fields of each of its choices. */
export function webhookAuthProperties(about: WebhookAuthVendor): INodeProperties[] {
	return [
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{
					name: 'Allowed IP Addresses',
					value: 'allowedIps',
					description: 'Only requests from these addresses',
				},
				{
					name: 'Basic Auth',
					value: 'basicAuth',
					description: `A user and password, e.g. in ${about.urlGiven}: https://user:password@host/…`,
				},
				{ name: 'None', value: 'none', description: 'Accept every request to the URL' },
				{
					name: 'Secret Header',
					value: 'headerSecret',
					description: `A header with a secret value, ${about.headerCondition}`,
				},
				{
					name: 'Secret Query Parameter',
					value: 'querySecret',
					description: `A secret in ${about.urlGiven}, e.g. …/webhook?secret=…`,
				},
			],
			default: 'none',
			description: `How the node tells ${about.vendor} from anyone else who knows the URL. A request that fails the check gets 401 and starts no workflow.`,
		},
		{ ...HEADER_NAME, default: about.headerName },
		{
			displayName: 'Header Value',
			name: 'headerValue',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'The secret the header must carry',
			displayOptions: showFor('headerSecret'),
		},
		{
			displayName: 'User',
			name: 'basicAuthUser',
			type: 'string',
			default: '',
			displayOptions: showFor('basicAuth'),
		},
		{
			displayName: 'Password',
			name: 'basicAuthPassword',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: showFor('basicAuth'),
		},
		{
			displayName: 'Parameter Name',
			name: 'queryParameterName',
			type: 'string',
			default: 'secret',
			displayOptions: showFor('querySecret'),
		},
		{
			displayName: 'Parameter Value',
			name: 'queryParameterValue',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'The secret the query parameter must carry',
			displayOptions: showFor('querySecret'),
		},
		{
			displayName: 'Allowed IP Addresses',
			name: 'allowedIps',
			type: 'string',
			default: '',
			placeholder: 'e.g. 203.0.113.10, 198.51.100.0/24',
			description:
				"Comma-separated IPv4 addresses, IPv4 ranges (CIDR) or IPv6 addresses. Behind a reverse proxy, set n8n's N8N_PROXY_HOPS so n8n sees the sender's address.",
			displayOptions: showFor('allowedIps'),
		},
	];
}

/** The node's Authentication settings; a node saved before it had them accepts every request. */
export function authenticitySettings(
	ctx: IWebhookFunctions | IHookFunctions,
): AuthenticitySettings {
	const read = (name: string) => String(ctx.getNodeParameter(name, '') ?? '');
	return {
		method: (read('authentication') || 'none') as AuthenticationMethod,
		headerName: read('headerName'),
		headerValue: read('headerValue'),
		basicAuthUser: read('basicAuthUser'),
		basicAuthPassword: read('basicAuthPassword'),
		queryParameterName: read('queryParameterName'),
		queryParameterValue: read('queryParameterValue'),
		allowedIps: read('allowedIps'),
	};
}

/**
 * Whether the request passes the node's Authentication. A request that does not is answered here: 401
 * "Unauthorized" (with a basic auth challenge naming `realm`), and the trigger starts no workflow.
 */
export function admitDelivery(
	ctx: IWebhookFunctions,
	settings: AuthenticitySettings,
	realm: string,
): boolean {
	const request = ctx.getRequestObject();
	const admitted = isAuthentic(settings, {
		headers: ctx.getHeaderData() as IncomingHttpHeaders,
		query: ctx.getQueryData() as IDataObject,
		ip: request.ip ?? request.socket?.remoteAddress,
	});
	if (!admitted) {
		const response = ctx.getResponseObject();
		if (settings.method === 'basicAuth')
			response.setHeader('WWW-Authenticate', `Basic realm="${realm}"`);
		response.status(401).send('Unauthorized');
	}
	return admitted;
}

/** On activation: refuses settings that could never admit a request (an empty secret, a bad address). */
export function assertUsableAuthentication(ctx: IHookFunctions, trigger: string): void {
	const problem = settingsProblem(authenticitySettings(ctx));
	if (problem !== undefined) {
		throw new NodeOperationError(ctx.getNode(), `Authentication: ${problem}`, {
			description: `${trigger} checks every delivery with the chosen Authentication.`,
		});
	}
}

/** Request headers without anything that authenticates the request. */
export function safeHeaders(headers: IDataObject, settings: AuthenticitySettings): IDataObject {
	const secretHeader = (settings.headerName ?? '').trim().toLowerCase();
	const kept: IDataObject = {};
	for (const [name, value] of Object.entries(headers)) {
		if (name.toLowerCase() === secretHeader) continue;
		kept[name] = value;
	}
	return redactSecrets(kept);
}
