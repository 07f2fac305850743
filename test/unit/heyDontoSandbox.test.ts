/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test-only: timers, process and node:http */
import * as http from 'node:http';

import { startSandbox, type Sandbox } from '../../sandbox';

const ADMIN = { email: 'admin@heydonto.test', password: 'Sandbox-Admin-1' };
const OPS = { email: 'ops@brightsmile.test', password: 'Sandbox-Ops-1' };

interface Reply<T> {
	status: number;
	headers: Headers;
	body: T;
}

interface NestError {
	statusCode: number;
	message: string | string[];
	error?: string;
}

interface Site {
	id: number;
	name: string;
	clientAccountId: number;
	createdAt: string;
	updatedAt: string;
	[field: string]: unknown;
}

interface Page<T> {
	data: T[];
	meta: { page: number; pageSize: number; total: number; totalPages: number };
}

interface CallOptions {
	token?: string;
	body?: unknown;
	rawBody?: string;
	headers?: Record<string, string>;
}

const sleep = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

async function call<T = unknown>(
	base: string,
	method: string,
	path: string,
	opts: CallOptions = {},
): Promise<Reply<T>> {
	const headers: Record<string, string> = { ...opts.headers };
	if (opts.token) headers.authorization = `Bearer ${opts.token}`;
	let payload: string | undefined = opts.rawBody;
	if (opts.body !== undefined) payload = JSON.stringify(opts.body);
	if (payload !== undefined) headers['content-type'] = 'application/json';
	const res = await fetch(`${base}${path}`, { method, headers, body: payload });
	const text = await res.text();
	return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : null) as T };
}

async function login(base: string, creds: { email: string; password: string }): Promise<string> {
	const res = await call<{ token: string }>(base, 'POST', '/auth/login', { body: creds });
	expect(res.status).toBe(201);
	return res.body.token;
}

const newSite = {
	name: 'Bright Smile Dental – Austin Mueller',
	address: { street: '1801 Aldrich St', city: 'Austin', zipCode: '78723' },
	googlePlaceId: 'ChIJN1t_tDeuEmsRUsoyG83frY4',
	organizationId: 1,
	brandId: 1,
	phoneNumber: '+1-512-555-0199',
	practiceManagementSystemId: 3,
	isEnabled: true,
	decisionMakerUserEmail: 'dm@brightsmile.test',
	decisionMakerUserPassword: 'StrongPassword123',
	dentalServiceIds: [1, 2, 3],
	dentalPracticeIds: [10],
};

describe('sandbox (HeyDonto)', () => {
	let sb: Sandbox;
	let admin: string;

	beforeAll(async () => {
		sb = await startSandbox({ port: 0, quiet: true });
	});

	afterAll(async () => {
		await sb.close();
	});

	beforeEach(async () => {
		expect((await call(sb.url, 'POST', '/__sandbox/reset')).status).toBe(200);
		admin = await login(sb.url, ADMIN);
	});

	describe('auth', () => {
		it('logs in with the default { message, token } shape and serves /auth/user', async () => {
			const res = await call<{ message: string; token: string }>(sb.url, 'POST', '/auth/login', {
				body: OPS,
			});
			expect(res.status).toBe(201);
			expect(res.body.message).toBe('Login successful');
			expect(res.body.token.split('.')).toHaveLength(3);

			const claims = JSON.parse(
				Buffer.from(res.body.token.split('.')[1], 'base64url').toString('utf8'),
			);
			expect(claims).toMatchObject({ sub: 2, email: OPS.email, role: 'CLIENT_ACCOUNT_USER' });
			expect(claims.exp - claims.iat).toBe(3600);

			const me = await call<Record<string, unknown>>(sb.url, 'GET', '/auth/user', {
				token: res.body.token,
			});
			expect(me.status).toBe(200);
			expect(Object.keys(me.body).sort()).toEqual(
				[
					'brandIds',
					'email',
					'fhirStoreId',
					'firstName',
					'id',
					'lastName',
					'organizationIds',
					'role',
					'siteIds',
					'tosAcceptedAt',
				].sort(),
			);
			expect(me.body).toMatchObject({ email: OPS.email, id: 2, role: 'CLIENT_ACCOUNT_USER' });
			expect(me.body.siteIds).toHaveLength(60);
		});

		it('answers 401 Invalid credentials on a wrong password and 400 on missing fields', async () => {
			const wrong = await call(sb.url, 'POST', '/auth/login', {
				body: { ...ADMIN, password: 'nope' },
			});
			expect(wrong.status).toBe(401);
			expect(wrong.body).toEqual({
				statusCode: 401,
				message: 'Invalid credentials',
				error: 'Unauthorized',
			});

			const missing = await call<NestError>(sb.url, 'POST', '/auth/login', {
				body: { email: ADMIN.email },
			});
			expect(missing.status).toBe(400);
			expect(missing.body.message).toEqual(['password should not be empty']);
		});

		it('answers 401 without a token, with a malformed one and with a badly signed one', async () => {
			const unauthorized = { statusCode: 401, message: 'Unauthorized' };
			expect(await call(sb.url, 'GET', '/site')).toMatchObject({ status: 401, body: unauthorized });
			expect(await call(sb.url, 'GET', '/site', { token: 'not-a-jwt' })).toMatchObject({
				status: 401,
				body: unauthorized,
			});
			const [head, payload] = admin.split('.');
			const forged = `${head}.${payload}.${'A'.repeat(43)}`;
			expect(await call(sb.url, 'GET', '/site', { token: forged })).toMatchObject({
				status: 401,
				body: unauthorized,
			});
			expect((await call(sb.url, 'GET', '/site', { token: admin })).status).toBe(200);
		});

		it('mints tokens for a user, including already-expired ones', async () => {
			const fresh = await call<{ token: string }>(sb.url, 'POST', '/__sandbox/tokens', {
				body: { email: OPS.email, expiresInSeconds: 60 },
			});
			expect(fresh.status).toBe(201);
			expect((await call(sb.url, 'GET', '/auth/user', { token: fresh.body.token })).status).toBe(
				200,
			);

			const stale = await call<{ token: string }>(sb.url, 'POST', '/__sandbox/tokens', {
				body: { email: OPS.email, expiresInSeconds: -60 },
			});
			expect((await call(sb.url, 'GET', '/auth/user', { token: stale.body.token })).status).toBe(
				401,
			);
		});

		it('supports the older { accessToken } login shape', async () => {
			const old = await startSandbox({ port: 0, quiet: true, loginResponseShape: 'accessToken' });
			try {
				const res = await call<Record<string, string>>(old.url, 'POST', '/auth/login', {
					body: ADMIN,
				});
				expect(res.status).toBe(201);
				expect(Object.keys(res.body)).toEqual(['accessToken']);
				expect(
					(await call(old.url, 'GET', '/brands', { token: res.body.accessToken })).status,
				).toBe(200);
			} finally {
				await old.close();
			}
		});

		it('expires tokens after tokenTtlSeconds', async () => {
			const short = await startSandbox({ port: 0, quiet: true, tokenTtlSeconds: 1 });
			try {
				// exp is whole seconds (iat is floored), so start early in a second to get most of the second.
				if (Date.now() % 1000 > 700) await sleep(1000 - (Date.now() % 1000));
				const token = await login(short.url, ADMIN);
				expect((await call(short.url, 'GET', '/auth/user', { token })).status).toBe(200);
				await sleep(1200);
				const expired = await call(short.url, 'GET', '/auth/user', { token });
				expect(expired.status).toBe(401);
				expect(expired.body).toEqual({ statusCode: 401, message: 'Unauthorized' });
			} finally {
				await short.close();
			}
		});

		it('limits a client-account user to its account and forbids admin analytics', async () => {
			const ops = await login(sb.url, OPS);
			const sites = await call<Page<Site>>(sb.url, 'GET', '/site?pageSize=100', { token: ops });
			expect(sites.body.meta.total).toBe(60);
			expect(sites.body.data.every((s) => s.clientAccountId === 10)).toBe(true);

			const foreign = (
				await call<Page<Site>>(sb.url, 'GET', '/site?clientAccountId=20&pageSize=1', {
					token: admin,
				})
			).body.data[0];
			expect((await call(sb.url, 'GET', `/site/${foreign.id}`, { token: ops })).status).toBe(404);

			const adminOnly = await call(sb.url, 'GET', '/site/billing-analytics-admin', { token: ops });
			expect(adminOnly.status).toBe(403);
			expect(adminOnly.body).toEqual({
				statusCode: 403,
				message: 'Forbidden resource',
				error: 'Forbidden',
			});

			const mine = await call<
				Array<{ clientAccountId: number; activeSiteCount: number; sites: unknown[] }>
			>(
				sb.url,
				'GET',
				'/site/billing-analytics-client-account?clientAccountIds=10&clientAccountIds=20',
				{ token: ops },
			);
			expect(mine.status).toBe(200);
			expect(mine.body.map((r) => r.clientAccountId)).toEqual([10]);
			expect(mine.body[0].activeSiteCount).toBe(mine.body[0].sites.length);
		});
	});

	describe('sites', () => {
		it('round-trips create, get, update and delete', async () => {
			const created = await call<Site>(sb.url, 'POST', '/site', { token: admin, body: newSite });
			expect(created.status).toBe(201);
			expect(created.body).toMatchObject({
				id: 151,
				name: newSite.name,
				clientAccountId: 10,
				brandTitle: 'Bright Smile Dental',
			});
			expect(created.body.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
			expect(created.body).not.toHaveProperty('decisionMakerUserPassword');
			expect(sb.state.heydonto.sites.find(151)?.decisionMakerUserPassword).toBe(
				'StrongPassword123',
			);

			const fetched = await call<Site>(sb.url, 'GET', '/site/151', { token: admin });
			expect(fetched.status).toBe(200);
			expect(fetched.body).toEqual(created.body);

			const updated = await call<Site>(sb.url, 'PUT', '/site/151', {
				token: admin,
				body: {
					...newSite,
					id: 151,
					name: 'Bright Smile Dental – Austin Mueller Park',
					isEnabled: false,
				},
			});
			expect(updated.status).toBe(200);
			expect(updated.body).toMatchObject({
				id: 151,
				name: 'Bright Smile Dental – Austin Mueller Park',
				isEnabled: false,
			});
			expect(updated.body.createdAt).toBe(created.body.createdAt);
			expect(Date.parse(updated.body.updatedAt)).toBeGreaterThan(
				Date.parse(created.body.updatedAt),
			);

			const removed = await call(sb.url, 'DELETE', '/site/151', { token: admin });
			expect(removed.status).toBe(204);
			expect(removed.body).toBeNull();
			expect((await call(sb.url, 'GET', '/site/151', { token: admin })).status).toBe(404);
		});

		it('answers 400 in the NestJS shape on a malformed body and on invalid JSON', async () => {
			const bad = await call<NestError>(sb.url, 'POST', '/site', {
				token: admin,
				body: { ...newSite, name: 42, address: undefined, dentalServiceIds: 'x' },
			});
			expect(bad.status).toBe(400);
			expect(bad.body.statusCode).toBe(400);
			expect(bad.body.error).toBe('Bad Request');
			expect(bad.body.message).toEqual([
				'name must be a string',
				'address should not be empty',
				'dentalServiceIds must be an array',
			]);

			const notJson = await call<NestError>(sb.url, 'POST', '/site', {
				token: admin,
				rawBody: '{"name": ',
			});
			expect(notJson.status).toBe(400);
			expect(notJson.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });

			const reset = await call<NestError>(sb.url, 'POST', '/site/1/fhir-reset', {
				token: admin,
				body: { force: 'yes' },
			});
			expect(reset.body.message).toEqual(['force must be a boolean value']);
			expect(
				(await call(sb.url, 'POST', '/site/1/fhir-reset', { token: admin, body: { force: true } }))
					.status,
			).toBe(204);
			expect(sb.state.heydonto.fhirResets).toEqual([
				expect.objectContaining({ siteId: 1, force: true }),
			]);
		});

		it('answers 404 on an unknown id and 400 on a non-numeric one', async () => {
			const missing = await call(sb.url, 'GET', '/site/999', { token: admin });
			expect(missing.status).toBe(404);
			expect(missing.body).toEqual({
				statusCode: 404,
				message: 'Site with ID 999 not found',
				error: 'Not Found',
			});
			expect((await call(sb.url, 'GET', '/brands/5000', { token: admin })).body).toMatchObject({
				message: 'Brand with ID 5000 not found',
			});

			const notNumeric = await call(sb.url, 'GET', '/site/abc', { token: admin });
			expect(notNumeric.status).toBe(400);
			expect(notNumeric.body).toMatchObject({
				message: 'Validation failed (numeric string is expected)',
			});

			const unknownRoute = await call(sb.url, 'GET', '/sites', { token: admin });
			expect(unknownRoute.body).toEqual({
				statusCode: 404,
				message: 'Cannot GET /sites',
				error: 'Not Found',
			});
		});

		it('pages 150 sites across two pages of 100', async () => {
			const first = await call<Page<Site>>(sb.url, 'GET', '/site?page=0&pageSize=100', {
				token: admin,
			});
			const second = await call<Page<Site>>(sb.url, 'GET', '/site?page=1&pageSize=100', {
				token: admin,
			});
			expect(first.body.meta).toEqual({ page: 0, pageSize: 100, total: 150, totalPages: 2 });
			expect(second.body.meta).toEqual({ page: 1, pageSize: 100, total: 150, totalPages: 2 });
			expect(first.body.data).toHaveLength(100);
			expect(second.body.data).toHaveLength(50);
			const ids = [...first.body.data, ...second.body.data].map((s) => s.id);
			expect(new Set(ids).size).toBe(150);

			const defaults = await call<Page<Site>>(sb.url, 'GET', '/site', { token: admin });
			expect(defaults.body.meta).toEqual({ page: 0, pageSize: 10, total: 150, totalPages: 15 });

			const tooBig = await call<NestError>(sb.url, 'GET', '/site?pageSize=101', { token: admin });
			expect(tooBig.status).toBe(400);
			expect(tooBig.body.message).toEqual(['pageSize must not be greater than 100']);
		});

		it('filters by a repeated query param and accepts the bracket forms', async () => {
			const repeated = await call<Page<Site>>(
				sb.url,
				'GET',
				'/site?clientAccountId=10&clientAccountId=20&pageSize=100',
				{ token: admin },
			);
			expect(repeated.status).toBe(200);
			const expected = sb.state.heydonto.sites.rows.filter((s) =>
				[10, 20].includes(s.clientAccountId as number),
			).length;
			expect(expected).toBe(110);
			expect(repeated.body.meta.total).toBe(expected);
			expect(repeated.body.data.every((s) => [10, 20].includes(s.clientAccountId))).toBe(true);

			for (const form of [
				'clientAccountId[]=10&clientAccountId[]=20',
				'clientAccountId[0]=10&clientAccountId[1]=20',
			]) {
				const res = await call<Page<Site>>(sb.url, 'GET', `/site?${form}`, { token: admin });
				expect(res.body.meta.total).toBe(expected);
			}
			const single = await call<Page<Site>>(sb.url, 'GET', '/site?clientAccountId=30', {
				token: admin,
			});
			expect(single.body.meta.total).toBe(40);
		});

		it('sorts by several sortBy entries', async () => {
			const res = await call<Page<Site>>(
				sb.url,
				'GET',
				'/site?pageSize=100&sortBy[0][field]=clientAccountId&sortBy[0][dir]=desc&sortBy[1][field]=name&sortBy[1][dir]=asc',
				{ token: admin },
			);
			expect(res.status).toBe(200);
			expect(res.body.data[0].clientAccountId).toBe(30);
			const firstNames = res.body.data.filter((s) => s.clientAccountId === 30).map((s) => s.name);
			expect(firstNames).toEqual(
				[...firstNames].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
			);

			const unknown = await call<NestError>(sb.url, 'GET', '/site?sortBy[0][field]=color', {
				token: admin,
			});
			expect(unknown.status).toBe(400);
			expect(String(unknown.body.message)).toContain(
				'sortBy.0.field must be one of the following values',
			);
		});
	});

	it('returns a bare array from older endpoints and ignores paging there', async () => {
		const res = await call<unknown[]>(sb.url, 'GET', '/appointment-type?page=1&pageSize=2', {
			token: admin,
		});
		expect(res.status).toBe(200);
		expect(Array.isArray(res.body)).toBe(true);
		expect(res.body).toHaveLength(15);

		const assistants = await call<Array<{ siteId: number }>>(
			sb.url,
			'GET',
			'/site/1/assistant?pageSize=1',
			{ token: admin },
		);
		expect(Array.isArray(assistants.body)).toBe(true);
		expect(assistants.body.length).toBeGreaterThanOrEqual(1);
		expect(assistants.body.every((a) => a.siteId === 1)).toBe(true);
		expect((await call(sb.url, 'GET', '/site/999/assistant', { token: admin })).body).toMatchObject(
			{ message: 'Site with ID 999 not found' },
		);
	});

	it('creates a periomeasure only with the siteId of its path in the body (the documented create body)', async () => {
		const perio = {
			practitionerId: 1,
			patientId: 12,
			perioMeasureNum: 1,
			perioExamNum: 1,
			sequenceType: 4,
			intTooth: 3,
			toothValue: -1,
			mBvalue: 2,
			bvalue: 3,
			dBvalue: 2,
			mLvalue: -1,
			lvalue: -1,
			dLvalue: -1,
		};
		const missing = await call<NestError>(sb.url, 'POST', '/site/1/periomeasure', {
			token: admin,
			body: perio,
		});
		expect(missing.status).toBe(400);
		expect(String(missing.body.message)).toContain('siteId');
		const other = await call(sb.url, 'POST', '/site/1/periomeasure', {
			token: admin,
			body: { ...perio, siteId: 2 },
		});
		expect(other.body).toMatchObject({ message: ['siteId must match the siteId in the path'] });
		const created = await call(sb.url, 'POST', '/site/1/periomeasure', {
			token: admin,
			body: { ...perio, siteId: 1 },
		});
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({ siteId: 1, intTooth: 3 });
	});

	it('injects faults with Retry-After for the next matching requests only', async () => {
		const queued = await call(sb.url, 'POST', '/__sandbox/faults', {
			body: { method: 'GET', path: '^/site$', status: 429, retryAfter: 2, count: 2 },
		});
		expect(queued.status).toBe(201);

		for (let i = 0; i < 2; i++) {
			const limited = await call(sb.url, 'GET', '/site', { token: admin });
			expect(limited.status).toBe(429);
			expect(limited.headers.get('retry-after')).toBe('2');
			expect(limited.body).toEqual({ statusCode: 429, message: 'Too Many Requests' });
			// Other paths are not affected while the fault is queued.
			if (i === 0)
				expect((await call(sb.url, 'GET', '/brands', { token: admin })).status).toBe(200);
		}
		expect((await call(sb.url, 'GET', '/site', { token: admin })).status).toBe(200);

		await call(sb.url, 'POST', '/__sandbox/faults', {
			body: { status: 503, count: 1, body: { statusCode: 503, message: 'Down for maintenance' } },
		});
		const down = await call(sb.url, 'POST', '/auth/login', { body: ADMIN });
		expect(down).toMatchObject({
			status: 503,
			body: { statusCode: 503, message: 'Down for maintenance' },
		});
		expect(down.headers.get('retry-after')).toBeNull();
	});

	it('logs API requests (not control ones) with query, headers, body and status', async () => {
		expect((await call(sb.url, 'DELETE', '/__sandbox/requests')).status).toBe(204);
		await call(
			sb.url,
			'GET',
			'/site?clientAccountId=10&clientAccountId=20&sortBy[0][field]=name&sortBy[0][dir]=desc',
			{
				token: admin,
				headers: { 'X-Trace': 'abc' },
			},
		);
		await call(sb.url, 'POST', '/brands', {
			token: admin,
			body: { title: 'Bright Smile Seniors', organizationId: 1 },
		});
		await call(sb.url, 'GET', '/__sandbox/health');

		const log = await call<Array<Record<string, unknown>>>(sb.url, 'GET', '/__sandbox/requests');
		expect(log.body).toHaveLength(2);
		expect(log.body[0]).toMatchObject({
			method: 'GET',
			path: '/site',
			rawQuery: 'clientAccountId=10&clientAccountId=20&sortBy[0][field]=name&sortBy[0][dir]=desc',
			query: { clientAccountId: ['10', '20'], sortBy: [{ field: 'name', dir: 'desc' }] },
			body: null,
			status: 200,
		});
		expect(log.body[0].headers).toMatchObject({
			authorization: `Bearer ${admin}`,
			'x-trace': 'abc',
		});
		expect(log.body[1]).toMatchObject({
			method: 'POST',
			path: '/brands',
			rawQuery: '',
			query: {},
			body: { title: 'Bright Smile Seniors', organizationId: 1 },
			status: 201,
		});
		expect(sb.state.requests).toHaveLength(2);

		await call(sb.url, 'DELETE', '/__sandbox/requests');
		expect((await call<unknown[]>(sb.url, 'GET', '/__sandbox/requests')).body).toEqual([]);
	});

	it('numbers the client connection of every logged request: a kept-alive connection keeps its number', async () => {
		await call(sb.url, 'DELETE', '/__sandbox/requests');
		const get = (agent: http.Agent) =>
			new Promise<void>((resolve, reject) => {
				const request = http.get(
					`${sb.url}/site/1`,
					{ agent, headers: { authorization: `Bearer ${admin}` } },
					(res) => {
						res.resume();
						res.on('end', resolve);
					},
				);
				request.on('error', reject);
			});
		const kept = new http.Agent({ keepAlive: true, maxSockets: 1 });
		await get(kept);
		await get(kept);
		kept.destroy();
		await get(new http.Agent());
		await get(new http.Agent());
		const log = (
			await call<Array<{ connection: number; headers: Record<string, string> }>>(
				sb.url,
				'GET',
				'/__sandbox/requests',
			)
		).body;
		const [a, b, c, d] = log.map((entry) => entry.connection);
		expect(a).toBe(b);
		expect(new Set([a, c, d]).size).toBe(3);
		expect(log.map((entry) => entry.headers.connection)).toEqual([
			'keep-alive',
			'keep-alive',
			'close',
			'close',
		]);
	});

	it('seeds copies of the seeded sites, the same ones after every reset', async () => {
		const seeded = async () => {
			await call(sb.url, 'POST', '/__sandbox/reset');
			const seed = await call(sb.url, 'POST', '/__sandbox/seed', {
				body: { vendor: 'heydonto', sites: 230 },
			});
			expect(seed.body).toEqual({ sites: 230 });
			const token = await login(sb.url, ADMIN);
			const page = await call<Page<Site>>(sb.url, 'GET', '/site?page=2&pageSize=100', { token });
			return page.body;
		};
		const first = await seeded();
		await sleep(5);
		const second = await seeded();
		expect(first.meta.total).toBe(230);
		expect(first.data).toHaveLength(30);
		expect(first.data[0].name).toMatch(/ #2$/);
		expect(second).toEqual(first);
	});

	it('resets to the same initial data', async () => {
		await call(sb.url, 'DELETE', '/site/1', { token: admin });
		expect((await call(sb.url, 'GET', '/site/1', { token: admin })).status).toBe(404);
		await call(sb.url, 'POST', '/__sandbox/reset');
		const site = await call<Site>(sb.url, 'GET', '/site/1', { token: admin });
		expect(site.body.name).toBe('Bright Smile Dental – Austin Downtown');
		expect(sb.state.requests).toHaveLength(1);
	});
});
