import {
	HeyDontoApi,
	assertNotExpired,
	jwtExpiry,
} from '../../credentials/HeyDontoApi.credentials';
import { heyDontoBaseUrl } from '../../nodes/shared/heydontoPlatform';
import {
	BASE,
	PASTED_JWT,
	TIMEOUT,
	byId,
	failHeyDonto,
	jwt,
	loginCredential,
	runHeyDonto,
	tokenCredential,
} from '../helpers/heydonto';

const login = {
	method: 'POST',
	url: `${BASE}/auth/login`,
	body: { email: 'admin@heydonto.test', password: 'Sandbox-Admin-1' },
	json: true,
	timeout: TIMEOUT,
};
const getSite = (token: string, id = 1) => ({
	method: 'GET',
	url: `${BASE}/site/${id}`,
	headers: { Authorization: `Bearer ${token}` },
	json: true,
	timeout: TIMEOUT,
});
const three = [{ json: {} }, { json: {} }, { json: {} }];

describe('HeyDonto API credential', () => {
	it('logs in once with email + password and reuses the token for every request', async () => {
		const { output, requests, credentials } = await runHeyDonto({
			credentials: loginCredential(),
			items: three,
			parameters: (i) => ({ resource: 'site', operation: 'get', siteId: byId(i + 1) }),
			responses: [
				{ status: 201, body: { message: 'Login successful', token: 'jwt-A' } },
				{ body: { id: 1 } },
				{ body: { id: 2 } },
				{ body: { id: 3 } },
			],
		});
		expect(requests).toEqual([
			login,
			getSite('jwt-A', 1),
			getSite('jwt-A', 2),
			getSite('jwt-A', 3),
		]);
		expect(output.map((item) => item.json.id)).toEqual([1, 2, 3]);
		expect(credentials.heyDontoApi.data.sessionToken).toBe('jwt-A');
	});

	it('accepts the older login answer { accessToken }', async () => {
		const { requests } = await runHeyDonto({
			credentials: loginCredential(),
			parameters: { resource: 'site', operation: 'get', siteId: byId(1) },
			responses: [{ body: { accessToken: 'jwt-old' } }, { body: { id: 1 } }],
		});
		expect(requests).toEqual([login, getSite('jwt-old')]);
	});

	it('logs in again when the API rejects the stored token with 401, and retries once', async () => {
		const { output, requests, credentials } = await runHeyDonto({
			credentials: loginCredential({ sessionToken: 'jwt-expired' }),
			parameters: { resource: 'site', operation: 'get', siteId: byId(1) },
			responses: [
				{ status: 401, body: { statusCode: 401, message: 'Unauthorized' } },
				{ status: 401, body: { statusCode: 401, message: 'Unauthorized' } },
				{ body: { token: 'jwt-fresh' } },
				{ body: { id: 1 } },
			],
		});
		expect(requests).toEqual([
			getSite('jwt-expired'),
			getSite('jwt-expired'),
			login,
			getSite('jwt-fresh'),
		]);
		expect(output[0].json).toEqual({ id: 1 });
		expect(credentials.heyDontoApi.data.sessionToken).toBe('jwt-fresh');
	});

	it('a refused login says so, names the email, and never shows the password', async () => {
		const { error, requests } = await failHeyDonto({
			credentials: loginCredential(),
			parameters: { resource: 'site', operation: 'get', siteId: byId(1) },
			responses: [
				{
					status: 401,
					body: { statusCode: 401, message: 'Invalid credentials', error: 'Unauthorized' },
				},
			],
		});
		expect(requests).toEqual([login]);
		expect(error.message).toBe(
			'HeyDonto refused the login for admin@heydonto.test (HTTP 401: Invalid credentials). Check the email and password in the HeyDonto credential.',
		);
		expect(JSON.stringify({ ...error, message: error.message })).not.toContain('Sandbox-Admin-1');
	});

	it('a login answer without a token is reported as such', async () => {
		const { error } = await failHeyDonto({
			credentials: loginCredential(),
			parameters: { resource: 'site', operation: 'get', siteId: byId(1) },
			responses: [{ body: { message: 'Login successful' } }],
		});
		expect(error.message).toBe(
			'HeyDonto accepted the login but its answer carried no token (expected "token" or "accessToken").',
		);
	});

	it('sends a pasted JWT as a bearer token, with no login', async () => {
		const { requests } = await runHeyDonto({
			credentials: tokenCredential(),
			parameters: { resource: 'site', operation: 'get', siteId: byId(1) },
			responses: [{ body: { id: 1 } }],
		});
		expect(requests).toEqual([getSite(PASTED_JWT)]);
	});

	it('sends the pasted JWT (trimmed) even when a token of an earlier login is still stored', async () => {
		const { requests } = await runHeyDonto({
			credentials: tokenCredential({ accessToken: ` ${PASTED_JWT}\n`, sessionToken: 'jwt-old' }),
			parameters: { resource: 'site', operation: 'get', siteId: byId(1) },
			responses: [{ body: { id: 1 } }],
		});
		expect(requests).toEqual([getSite(PASTED_JWT)]);
	});

	it('signs with a generic Authorization header, which the HTTP Request node can use', () => {
		expect(new HeyDontoApi().authenticate).toEqual({
			type: 'generic',
			properties: {
				headers: {
					Authorization:
						'={{"Bearer " + String(($credentials.authMethod === "token" ? $credentials.accessToken : $credentials.sessionToken) || "").trim()}}',
				},
			},
		});
	});

	it('an expired pasted JWT fails at once with its expiry time, without a request', async () => {
		const expired = jwt({ sub: 1, exp: Date.parse('2026-01-02T03:04:05Z') / 1000 });
		const { error, requests } = await failHeyDonto({
			credentials: tokenCredential({ accessToken: expired }),
			parameters: { resource: 'site', operation: 'get', siteId: byId(1) },
		});
		expect(requests).toEqual([]);
		expect(error.message).toBe(
			'The HeyDonto access token expired at 2026-01-02T03:04:05.000Z. Paste a new JWT in the HeyDonto credential, or switch its Authentication to Email and Password so n8n logs in by itself.',
		);
		expect(error.message).not.toContain(expired);
	});

	it('reads the expiry of a JWT and ignores tokens without one', () => {
		expect(jwtExpiry(jwt({ exp: 1700000000 }))).toBe(1700000000000);
		expect(jwtExpiry(jwt({ sub: 1 }))).toBeUndefined();
		expect(jwtExpiry('not-a-jwt')).toBeUndefined();
		expect(() => assertNotExpired(jwt({ exp: 1000 }), 1_000_001)).toThrow(
			'expired at 1970-01-01T00:16:40.000Z',
		);
		expect(() => assertNotExpired(jwt({ exp: 1000 }), 999_999)).not.toThrow();
	});

	it('points at production, staging or a custom URL', () => {
		expect(heyDontoBaseUrl({ environment: 'production' })).toBe('https://api.heydonto.com');
		expect(heyDontoBaseUrl({ environment: 'sandbox' })).toBe('https://api-staging.heydonto.com');
		expect(heyDontoBaseUrl({ environment: 'custom', baseUrl: ' http://127.0.0.1:3901/ ' })).toBe(
			'http://127.0.0.1:3901',
		);
	});

	it("is tested with GET /auth/user on the environment's host", () => {
		const { test } = new HeyDontoApi();
		expect(test.request.url).toBe('/auth/user');
		expect(test.request.baseURL).toBe(
			'={{$credentials.environment === "custom" ? $credentials.baseUrl : ($credentials.environment === "sandbox" ? "https://api-staging.heydonto.com" : "https://api.heydonto.com")}}',
		);
	});

	it('keeps the session token in an expirable hidden field, so n8n runs the login', () => {
		const hidden = new HeyDontoApi().properties.filter((property) => property.type === 'hidden');
		expect(hidden.map((property) => [property.name, property.typeOptions?.expirable])).toEqual([
			['sessionToken', true],
		]);
	});
});
