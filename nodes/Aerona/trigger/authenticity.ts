import { createHash, timingSafeEqual } from 'crypto';

/**
 * Aerona does not sign its webhook requests, so the trigger can check one of: a secret header, basic
 * auth (credentials in the URL pasted into Aerona), a secret query parameter, or the sender's IP address.
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
