/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test-only: raw sockets, timers, a child process */
/**
 * The sandbox under field conditions: network latency (issue 10) and the faults of issue 9 (hangs,
 * late answers, broken bodies, HTML error pages, servers that echo the request, truncated answers).
 */
import * as http from 'node:http';

import { startSandbox, type LoggedRequest, type Sandbox } from '../../sandbox';
import { sandboxClient, startSandboxProcess } from '../../scripts/lib/sandbox';

const ADMIN = { email: 'admin@heydonto.test', password: 'Sandbox-Admin-1' };
const AERONA = { username: 'frontdesk', password: 'Sandbox-Aerona-1', pin: '1234' };
const AERONA_API = '/aerona/AeronaAPI/v1';
const ALFADOCS_KEY = 'sandbox-alfadocs-key-11';

// Generous: these talk to real sockets on a shared, loaded machine.
jest.setTimeout(30000);

let sb: Sandbox;

beforeAll(async () => {
	sb = await startSandbox({ port: 0, quiet: true });
});
afterAll(async () => {
	await sb.close();
});
beforeEach(async () => {
	sb.reset();
	await control('DELETE', '/__sandbox/latency');
});

const sleep = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

async function control(method: string, path: string, body?: unknown) {
	const response = await fetch(`${sb.url}${path}`, {
		method,
		headers: body === undefined ? {} : { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

interface Answer {
	status: number;
	headers: Headers;
	text: string;
	ms: number;
}

async function request(
	method: string,
	path: string,
	{
		headers = {},
		json,
		raw,
		signal,
	}: { headers?: Record<string, string>; json?: unknown; raw?: string; signal?: AbortSignal } = {},
): Promise<Answer> {
	const started = Date.now();
	const all = { ...headers };
	let body = raw;
	if (json !== undefined) {
		all['content-type'] = 'application/json';
		body = JSON.stringify(json);
	}
	const response = await fetch(`${sb.url}${path}`, { method, headers: all, body, signal });
	const text = await response.text();
	return { status: response.status, headers: response.headers, text, ms: Date.now() - started };
}

async function heyDontoToken() {
	const answer = await request('POST', '/auth/login', { json: ADMIN });
	expect(answer.status).toBe(201);
	return (JSON.parse(answer.text) as { token: string }).token;
}

const log = () => sb.state.requests as LoggedRequest[];

/** The most requests in flight at once, from the log's arrival and answer times. */
function peakConcurrency(entries: LoggedRequest[]) {
	const events = entries.flatMap((entry) => [
		[entry.at, 1],
		[entry.sentAt as number, -1],
	]);
	events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	let now = 0;
	let peak = 0;
	for (const [, step] of events) {
		now += step;
		peak = Math.max(peak, now);
	}
	return peak;
}

/** A raw request that reports how it ended (answered, or the socket closed without a full answer). */
async function rawRequest(method: string, path: string) {
	return await new Promise<{
		status?: number;
		headers?: http.IncomingHttpHeaders;
		received: Buffer;
		complete: boolean;
		error?: string;
	}>((resolve) => {
		const chunks: Buffer[] = [];
		const req = http.request(`${sb.url}${path}`, { method, agent: false }, (res) => {
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('error', () => undefined);
			res.on('close', () =>
				resolve({
					status: res.statusCode,
					headers: res.headers,
					received: Buffer.concat(chunks),
					complete: res.complete,
				}),
			);
		});
		req.on('error', (err: NodeJS.ErrnoException) =>
			resolve({ received: Buffer.concat(chunks), complete: false, error: err.code ?? err.message }),
		);
		req.end();
	});
}

describe('latency', () => {
	it('is off by default and set at run time with PUT /__sandbox/latency', async () => {
		expect(await control('GET', '/__sandbox/latency')).toEqual({
			status: 200,
			body: { ms: 0, jitterMs: 0, seed: 'sandbox-latency' },
		});
		expect(await control('PUT', '/__sandbox/latency', { ms: 150, jitterMs: 20 })).toEqual({
			status: 200,
			body: { ms: 150, jitterMs: 20, seed: 'sandbox-latency' },
		});
		expect(await control('PUT', '/__sandbox/latency', { ms: -1, jitterMs: 1.5 })).toEqual({
			status: 400,
			body: {
				statusCode: 400,
				message: [
					'ms must be an integer from 0 to 600000',
					'jitterMs must be an integer from 0 to 600000',
				],
				error: 'Bad Request',
			},
		});
		expect((await control('DELETE', '/__sandbox/latency')).body).toEqual({
			ms: 0,
			jitterMs: 0,
			seed: 'sandbox-latency',
		});
	});

	it('delays 200 concurrent requests by 150 ms each without serialising them', async () => {
		// Warm up connections and code paths first, so the measure is about the delay.
		await Promise.all(Array.from({ length: 50 }, async () => await request('GET', '/auth/user')));
		await control('DELETE', '/__sandbox/requests');
		await control('PUT', '/__sandbox/latency', { ms: 150 });

		const started = Date.now();
		const answers = await Promise.all(
			Array.from({ length: 200 }, async () => await request('GET', '/auth/user')),
		);
		const elapsed = Date.now() - started;

		expect(answers.every((answer) => answer.status === 401)).toBe(true);
		expect(answers.every((answer) => answer.ms >= 149)).toBe(true);
		// One after the other would take 200 x 150 ms = 30 s (the bound is generous for a loaded machine).
		expect(elapsed).toBeLessThan(4000);
		const entries = log();
		expect(entries).toHaveLength(200);
		expect(entries.every((entry) => entry.delayMs === 150)).toBe(true);
		expect(entries.every((entry) => (entry.sentAt as number) - entry.at >= 149)).toBe(true);
		expect(entries.every((entry) => entry.ms === (entry.sentAt as number) - entry.at)).toBe(true);
		// One at a time would be 1.
		expect(peakConcurrency(entries)).toBeGreaterThanOrEqual(10);
	});

	it('never delays control routes, and is kept by a reset', async () => {
		await control('PUT', '/__sandbox/latency', { ms: 2000 });
		const started = Date.now();
		expect((await control('GET', '/__sandbox/health')).body).toEqual({ ok: true });
		expect((await control('POST', '/__sandbox/reset')).status).toBe(200);
		expect(Date.now() - started).toBeLessThan(1500);
		expect((await control('GET', '/__sandbox/latency')).body).toMatchObject({ ms: 2000 });
	});

	it('draws the jitter from a seeded sequence, restarted by each PUT', async () => {
		const delays = async () => {
			await control('DELETE', '/__sandbox/requests');
			for (let i = 0; i < 12; i++) await request('GET', '/auth/user');
			return log().map((entry) => entry.delayMs);
		};
		await control('PUT', '/__sandbox/latency', { ms: 40, jitterMs: 30, seed: 'bench' });
		const first = await delays();
		expect(first.every((ms) => ms >= 10 && ms <= 70)).toBe(true);
		expect(new Set(first).size).toBeGreaterThan(3);
		await control('PUT', '/__sandbox/latency', { ms: 40, jitterMs: 30, seed: 'bench' });
		expect(await delays()).toEqual(first);
		await control('PUT', '/__sandbox/latency', { seed: 'other' });
		expect(await delays()).not.toEqual(first);
	});

	it('takes latencyMs / jitterMs options, and SANDBOX_LATENCY_MS / flags in the CLI', async () => {
		await expect(startSandbox({ quiet: true, latencyMs: -5 })).rejects.toThrow(
			'latencyMs must be an integer from 0 to 600000',
		);
		const own = await startSandbox({ quiet: true, latencyMs: 60, jitterMs: 0 });
		try {
			const started = Date.now();
			const answer = await fetch(`${own.url}/auth/user`);
			expect(answer.status).toBe(401);
			expect(Date.now() - started).toBeGreaterThanOrEqual(59);
			expect(own.state.requests[0]).toMatchObject({ status: 401, delayMs: 60 });
		} finally {
			await own.close();
		}

		const env = { ...process.env, SANDBOX_LATENCY_MS: '120', SANDBOX_JITTER_MS: '15' };
		const fromEnv = await startSandboxProcess({ args: ['--quiet'], env });
		try {
			expect(await sandboxClient(fromEnv.url).getLatency()).toEqual({
				ms: 120,
				jitterMs: 15,
				seed: 'sandbox-latency',
			});
		} finally {
			await fromEnv.stop();
		}
		const flagged = await startSandboxProcess({
			args: ['--quiet', '--latency-ms', '80', '--jitter-ms=0', '--latency-seed', 's1'],
			env,
		});
		try {
			const client = sandboxClient(flagged.url);
			expect(await client.getLatency()).toEqual({ ms: 80, jitterMs: 0, seed: 's1' });
			expect(await client.latency(10, 5)).toEqual({ ms: 10, jitterMs: 5, seed: 's1' });
		} finally {
			await flagged.stop();
		}
	});
});

describe('faults', () => {
	it('hang: accepts the request and never answers, until the client gives up', async () => {
		await control('POST', '/__sandbox/faults', { path: '^/site$', hang: true });
		const started = Date.now();
		await expect(
			request('GET', '/site', { signal: AbortSignal.timeout(400) }),
		).rejects.toMatchObject({ name: 'TimeoutError' });
		expect(Date.now() - started).toBeGreaterThanOrEqual(390);
		expect(log()).toEqual([
			expect.objectContaining({ path: '/site', status: 0, fault: 'hang', sentAt: null }),
		]);
		// Used up: the next request is answered.
		expect((await request('GET', '/site')).status).toBe(401);
	});

	it('hang: the socket is closed by a reset, and by closing the sandbox', async () => {
		await control('POST', '/__sandbox/faults', { hang: true });
		const pending = rawRequest('GET', '/brands');
		const early = await Promise.race([pending, sleep(500).then(() => 'still waiting')]);
		expect(early).toBe('still waiting');
		await control('POST', '/__sandbox/reset');
		const ended = await pending;
		expect(ended.status).toBeUndefined();
		expect(ended.error).toBe('ECONNRESET');

		const own = await startSandbox({ quiet: true });
		await fetch(`${own.url}/__sandbox/faults`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ hang: true }),
		});
		const hanging = new Promise<string>((resolve) => {
			const req = http.get(`${own.url}/site`, { agent: false }, () => resolve('answered'));
			req.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
		});
		await sleep(100);
		await own.close();
		expect(await hanging).toBe('ECONNRESET');
	});

	it('delayMs: answers normally but late; a write is done even when the client gave up', async () => {
		const token = await heyDontoToken();
		await control('DELETE', '/__sandbox/requests');
		await control('POST', '/__sandbox/faults', { method: 'GET', path: '^/brands$', delayMs: 400 });
		const late = await request('GET', '/brands', { headers: { authorization: `Bearer ${token}` } });
		expect(late.status).toBe(200);
		expect(JSON.parse(late.text).meta).toMatchObject({ page: 0, pageSize: 10 });
		expect(late.ms).toBeGreaterThanOrEqual(399);
		expect(log()[0]).toMatchObject({ status: 200, fault: 'delay', delayMs: 400 });

		await control('POST', '/__sandbox/faults', {
			method: 'POST',
			path: '^/brands$',
			delayMs: 1000,
		});
		await expect(
			request('POST', '/brands', {
				headers: { authorization: `Bearer ${token}` },
				json: { title: 'Written Late Dental', organizationId: 1 },
				signal: AbortSignal.timeout(300),
			}),
		).rejects.toMatchObject({ name: 'TimeoutError' });
		const list = await request('GET', '/brands?title=Written%20Late', {
			headers: { authorization: `Bearer ${token}` },
		});
		expect(JSON.parse(list.text).data.map((b: { title: string }) => b.title)).toEqual([
			'Written Late Dental',
		]);
		await sleep(900);
		expect(log().find((entry) => entry.method === 'POST')).toMatchObject({
			status: 201,
			aborted: true,
			delayMs: 1000,
		});
	});

	it('rawBody: answers exactly these bytes (malformed JSON, an empty 200, no Content-Type)', async () => {
		await control('POST', '/__sandbox/faults', { path: '^/site/1$', rawBody: '{"id": 1,' });
		const broken = await request('GET', '/site/1');
		expect(broken.status).toBe(200);
		expect(broken.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(broken.text).toBe('{"id": 1,');

		await control('POST', '/__sandbox/faults', { rawBody: '' });
		const empty = await request('GET', '/site/1');
		expect(empty.status).toBe(200);
		expect(empty.headers.get('content-length')).toBe('0');
		expect(empty.text).toBe('');

		await control('POST', '/__sandbox/faults', {
			status: 500,
			rawBody: 'upstream exploded',
			contentType: null,
		});
		const bare = await request('GET', '/site/1');
		expect(bare.status).toBe(500);
		expect(bare.headers.get('content-type')).toBeNull();
		expect(bare.text).toBe('upstream exploded');
		expect(log().map((entry) => [entry.status, entry.fault])).toEqual([
			[200, 'rawBody'],
			[200, 'rawBody'],
			[500, 'rawBody'],
		]);
	});

	it('html: a 6,506-byte HTML gateway page with a <title>', async () => {
		await control('POST', '/__sandbox/faults', { html: true });
		const page = await request('GET', '/site');
		expect(page.status).toBe(502);
		expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(Buffer.byteLength(page.text)).toBe(6506);
		expect(/<title>([^<]*)<\/title>/.exec(page.text)?.[1]).toBe('502 Bad Gateway');
		expect(page.text.trimEnd().endsWith('</html>')).toBe(true);

		await control('POST', '/__sandbox/faults', { html: true, status: 503, retryAfter: 30 });
		const busy = await request('GET', '/site');
		expect(busy.status).toBe(503);
		expect(busy.headers.get('retry-after')).toBe('30');
		expect(Buffer.byteLength(busy.text)).toBe(6506);
		expect(/<title>([^<]*)<\/title>/.exec(busy.text)?.[1]).toBe('503 Service Unavailable');
	});

	it('truncate: sends the headers and half the body, then drops the connection', async () => {
		const token = await heyDontoToken();
		const full = await request('GET', '/site/1', { headers: { authorization: `Bearer ${token}` } });
		await control('POST', '/__sandbox/faults', { path: '^/site/1$', truncate: true });
		const cut = await new Promise<{
			status?: number;
			length?: string;
			received: number;
			complete: boolean;
		}>((resolve) => {
			let received = 0;
			const req = http.get(
				`${sb.url}/site/1`,
				{ agent: false, headers: { authorization: `Bearer ${token}` } },
				(res) => {
					res.on('data', (chunk: Buffer) => (received += chunk.length));
					res.on('error', () => undefined);
					res.on('close', () =>
						resolve({
							status: res.statusCode,
							length: res.headers['content-length'],
							received,
							complete: res.complete,
						}),
					);
				},
			);
			req.on('error', () => undefined);
		});
		const size = Buffer.byteLength(full.text);
		expect(cut).toEqual({
			status: 200,
			length: String(size),
			received: Math.floor(size / 2),
			complete: false,
		});
		await expect(request('GET', '/site/1')).resolves.toMatchObject({ status: 401 });
		await control('POST', '/__sandbox/faults', {
			truncate: true,
			status: 200,
			body: { a: 'b'.repeat(40) },
		});
		await expect(request('GET', '/site/1')).rejects.toThrow();
		expect(
			log()
				.filter((entry) => entry.truncated)
				.map((entry) => entry.fault),
		).toEqual(['truncate', 'truncate']);
	});

	it('echo: a debugging proxy answers with the whole request, secrets and all', async () => {
		await control('POST', '/__sandbox/faults', { echo: true, path: '/patients/' });
		const basic = Buffer.from('api-user:p@ss word').toString('base64');
		const answer = await request(
			'POST',
			'/alfadocs/api/v1/practices/7/archives/11/patients/5?lang=it&x=1',
			{
				headers: { 'X-Api-Key': ALFADOCS_KEY, Authorization: `Basic ${basic}` },
				json: { firstName: 'Mario', note: 'secret-in-body' },
			},
		);
		expect(answer.status).toBe(502);
		const body = JSON.parse(answer.text);
		const url = '/alfadocs/api/v1/practices/7/archives/11/patients/5?lang=it&x=1';
		expect(body).toMatchObject({
			statusCode: 502,
			status: 502,
			error: 'Bad Gateway',
			path: url,
			request: {
				method: 'POST',
				url,
				headers: expect.objectContaining({
					'X-Api-Key': ALFADOCS_KEY,
					Authorization: `Basic ${basic}`,
				}),
				body: '{"firstName":"Mario","note":"secret-in-body"}',
				decoded: { basic: 'api-user:p@ss word' },
			},
		});
		for (const secret of [ALFADOCS_KEY, `Basic ${basic}`, 'secret-in-body', `POST ${url}`]) {
			expect(body.message).toContain(secret);
			expect(body.error_description).toContain(secret);
		}
		expect(log()[0]).toMatchObject({ status: 502, fault: 'echo' });
	});

	it("echo: 'onError' on login routes leaks a wrong password, PIN or client secret (and lets the right one in)", async () => {
		// HeyDonto
		await control('POST', '/__sandbox/faults', {
			path: '^/auth/login$',
			echo: 'onError',
			count: 2,
		});
		expect((await request('POST', '/auth/login', { json: ADMIN })).status).toBe(201);
		const wrong = await request('POST', '/auth/login', {
			json: { email: ADMIN.email, password: 'Wrong-Password-42' },
		});
		expect(wrong.status).toBe(401);
		const heyDonto = JSON.parse(wrong.text);
		expect(heyDonto.message).toContain('"password":"Wrong-Password-42"');
		expect(heyDonto.upstream).toEqual({
			statusCode: 401,
			message: 'Invalid credentials',
			error: 'Unauthorized',
		});

		// Aerona: the password and the PIN; then the session token on an API call.
		await control('POST', '/__sandbox/faults', { vendor: 'aerona', echo: 'onError', count: 2 });
		const aeronaWrong = await request('POST', `${AERONA_API}/login`, {
			json: { ...AERONA, pin: '9999' },
		});
		expect(aeronaWrong.status).toBe(401);
		expect(JSON.parse(aeronaWrong.text).message).toContain(
			`"password":"${AERONA.password}","pin":"9999"`,
		);
		const aeronaLogin = await request('POST', `${AERONA_API}/login`, { json: AERONA });
		expect(aeronaLogin.status).toBe(200);
		const token = aeronaLogin.headers.get('aerona-auth-token') as string;
		await control('POST', '/__sandbox/faults', { vendor: 'aerona', status: 500, echo: true });
		const echoed = await request('GET', `${AERONA_API}/practices`, {
			headers: { 'AERONA-AUTH-TOKEN': token },
		});
		expect(echoed.status).toBe(500);
		expect(JSON.parse(echoed.text).message).toContain(`AERONA-AUTH-TOKEN: ${token}`);

		// AlfaDocs OAuth2: the client secret, URL-encoded in the form body and decoded beside it.
		await control('POST', '/__sandbox/faults', {
			path: '^/alfadocs/oauth2/token$',
			echo: 'onError',
		});
		const form = new URLSearchParams({
			grant_type: 'refresh_token',
			refresh_token: 'not-a-token',
			client_id: 'n8n-sandbox',
			client_secret: 'sandbox-client-secret+/=',
		}).toString();
		const oauth = await request('POST', '/alfadocs/oauth2/token', {
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			raw: form,
		});
		expect(oauth.status).toBeGreaterThanOrEqual(400);
		const oauthBody = JSON.parse(oauth.text);
		expect(oauthBody.message).toContain('client_secret=sandbox-client-secret%2B%2F%3D');
		expect(oauthBody.request.decoded.form).toMatchObject({
			client_secret: 'sandbox-client-secret+/=',
		});
		expect(log().map((entry) => [entry.path, entry.status, entry.fault])).toEqual([
			['/auth/login', 201, 'echo-on-error'],
			['/auth/login', 401, 'echo-on-error'],
			[`${AERONA_API}/login`, 401, 'echo-on-error'],
			[`${AERONA_API}/login`, 200, 'echo-on-error'],
			[`${AERONA_API}/practices`, 500, 'echo'],
			['/alfadocs/oauth2/token', oauth.status, 'echo-on-error'],
		]);
	});

	it('matches by vendor, and never faults control routes', async () => {
		await control('POST', '/__sandbox/faults', { vendor: 'aerona', status: 503, count: 5 });
		await control('POST', '/__sandbox/faults', { vendor: 'heydonto-fhir', status: 418 });
		expect((await control('GET', '/__sandbox/health')).status).toBe(200);
		expect((await request('GET', '/site')).status).toBe(401);
		expect((await request('GET', '/alfadocs/api/v1/me')).status).toBe(401);
		expect((await request('GET', '/site/1/ahds/v1/contact')).status).toBe(401);
		expect((await request('GET', `${AERONA_API}/practices`)).status).toBe(503);
		expect((await request('GET', '/site/1/fhir/patient')).status).toBe(418);
		const queued = await control('GET', '/__sandbox/faults');
		expect(queued.body).toEqual([
			{
				method: null,
				path: null,
				vendor: 'aerona',
				status: 503,
				retryAfter: null,
				remaining: 4,
				reset: false,
			},
		]);
	});

	it('matches by query too: the pages after the first of a search', async () => {
		await control('POST', '/__sandbox/faults', {
			path: '^/site/1/fhir/patient$',
			query: '_page_token=',
			status: 500,
		});
		expect((await control('GET', '/__sandbox/faults')).body).toEqual([
			{
				method: null,
				path: '^/site/1/fhir/patient$',
				query: '_page_token=',
				status: 500,
				retryAfter: null,
				remaining: 1,
				reset: false,
			},
		]);
		expect((await request('GET', '/site/1/fhir/patient?_count=5')).status).toBe(401);
		expect((await request('GET', '/site/1/fhir/patient?_count=5&_page_token=abc')).status).toBe(
			500,
		);
		expect((await control('GET', '/__sandbox/faults')).body).toEqual([]);
		expect(
			(await control('POST', '/__sandbox/faults', { status: 500, query: '(' })).body,
		).toMatchObject({
			message: [expect.stringMatching(/^query must be a valid regular expression: /)],
		});
	});

	it('refuses faults that make no sense, with every reason', async () => {
		expect(await control('POST', '/__sandbox/faults', {})).toMatchObject({
			status: 400,
			body: { message: ['status must be an integer HTTP status (100-599)'] },
		});
		expect(
			await control('POST', '/__sandbox/faults', {
				hang: true,
				reset: true,
				body: {},
				rawBody: 'x',
				vendor: 'acme',
				delayMs: -1,
			}),
		).toMatchObject({
			status: 400,
			body: {
				message: [
					'reset and hang cannot be combined',
					'body, rawBody cannot be combined: give one answer',
					'vendor must be one of heydonto, heydonto-fhir, ahds, alfadocs, aerona',
					'delayMs must be an integer from 0 to 600000',
				],
			},
		});
		expect(
			await control('POST', '/__sandbox/faults', { status: 500, contentType: 'text/plain' }),
		).toMatchObject({
			status: 400,
			body: { message: ['contentType goes with rawBody'] },
		});
		expect(
			await control('POST', '/__sandbox/faults', { echo: 'onError', status: 500 }),
		).toMatchObject({
			status: 400,
			body: { message: ["echo: 'onError' keeps the API's status: leave status out"] },
		});
		expect((await control('GET', '/__sandbox/faults')).body).toEqual([]);
	});

	it('latency and a fault add up; a reset fault waits for the latency first', async () => {
		await control('PUT', '/__sandbox/latency', { ms: 100 });
		await control('POST', '/__sandbox/faults', { delayMs: 200 });
		const slow = await request('GET', '/site');
		expect(slow.ms).toBeGreaterThanOrEqual(299);
		await control('POST', '/__sandbox/faults', { reset: true });
		const started = Date.now();
		await expect(request('GET', '/site')).rejects.toThrow('fetch failed');
		expect(Date.now() - started).toBeGreaterThanOrEqual(99);
		expect(log().map((entry) => [entry.status, entry.fault, entry.delayMs])).toEqual([
			[401, 'delay', 300],
			[0, 'reset', 100],
		]);
	});
});
