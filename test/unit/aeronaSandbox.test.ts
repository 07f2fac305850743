/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test-only: a local webhook receiver, timers */
import * as http from 'node:http';

import type { Sandbox, WebhookAttempt } from '../../sandbox';
import { startSandbox } from '../../sandbox';

const LOGIN = { username: 'frontdesk', password: 'Sandbox-Aerona-1', pin: '1234' };
const sleep = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

let sandbox: Sandbox;
let api: string;

beforeAll(async () => {
	sandbox = await startSandbox({ quiet: true, webhookRetryMs: 50, webhookMaxRetries: 2 });
	api = `${sandbox.url}/aerona/AeronaAPI/v1`;
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

async function call(
	method: string,
	path: string,
	{ token, body }: { token?: string; body?: unknown } = {},
) {
	const response = await fetch(path.startsWith('/__') ? `${sandbox.url}${path}` : `${api}${path}`, {
		method,
		headers: {
			'content-type': 'application/json',
			...(token ? { 'AERONA-AUTH-TOKEN': token } : {}),
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	return {
		status: response.status,
		headers: response.headers,
		body: text ? JSON.parse(text) : undefined,
	};
}

async function login(credentials: object = LOGIN) {
	const response = await call('POST', '/login', { body: credentials });
	expect(response.status).toBe(200);
	return response.headers.get('aerona-auth-token') as string;
}

/** A local receiver for webhooks that answers with the given statuses in turn (then 200). */
async function receiver(statuses: number[] = []) {
	const received: Array<{ headers: http.IncomingHttpHeaders; body: Record<string, unknown> }> = [];
	const server = http.createServer((req, res) => {
		let text = '';
		req.on('data', (chunk) => (text += chunk));
		req.on('end', () => {
			received.push({ headers: req.headers, body: JSON.parse(text) });
			res.writeHead(statuses.shift() ?? 200).end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	return {
		url: `http://127.0.0.1:${port}/hook`,
		port,
		received,
		close: async () => await new Promise((resolve) => server.close(resolve)),
	};
}

describe('Aerona sandbox: login and tokens', () => {
	it('returns the token in the AERONA-AUTH-TOKEN header and accepts it on the API', async () => {
		const token = await login();
		expect(token).toMatch(/^[0-9a-f]{48}$/);
		const patient = await call('GET', '/patients/426709', { token });
		expect(patient.status).toBe(200);
		expect(patient.body).toMatchObject({ id: 426709, forename: 'Mary', surname: 'Simpson' });
	});

	it('refuses a wrong PIN, a missing field and a request without a token, in Spring Boot style', async () => {
		const wrong = await call('POST', '/login', { body: { ...LOGIN, pin: '0000' } });
		expect(wrong.status).toBe(401);
		expect(wrong.body).toMatchObject({
			status: 401,
			error: 'Unauthorized',
			message: 'Invalid username, password or practice PIN',
		});
		expect(wrong.headers.get('aerona-auth-token')).toBeNull();
		const missing = await call('POST', '/login', { body: { username: 'frontdesk' } });
		expect(missing.body.message).toBe('Missing login fields: password, pin');
		const anonymous = await call('GET', '/practices');
		expect(anonymous.status).toBe(401);
		expect(anonymous.body.message).toBe('Missing AERONA-AUTH-TOKEN header');
	});

	it('expires tokens after their lifetime', async () => {
		await call('POST', '/__sandbox/aerona/settings', { body: { tokenTtlSeconds: 1 } });
		const token = await login();
		expect((await call('GET', '/practices', { token })).status).toBe(200);
		await sleep(1100);
		const expired = await call('GET', '/practices', { token });
		expect(expired.status).toBe(401);
		expect(expired.body.message).toBe('Token expired');
	});

	it('invalidates a token that goes over the limit in the window, for good', async () => {
		await call('POST', '/__sandbox/aerona/settings', {
			body: { rateLimit: 3, rateWindowMs: 60000 },
		});
		const token = await login();
		for (let i = 0; i < 3; i++)
			expect((await call('GET', '/practices', { token })).status).toBe(200);
		const over = await call('GET', '/practices', { token });
		expect(over.status).toBe(401);
		expect(over.body.message).toBe('Token invalidated: more than 3 requests in 60 s');
		expect((await call('GET', '/practices', { token })).status).toBe(401);
		expect((await call('GET', '/practices', { token: await login() })).status).toBe(200);
		const usage = await call('GET', '/__sandbox/aerona/usage');
		expect(usage.body).toMatchObject({
			logins: 2,
			invalidations: 1,
			rateLimit: 3,
			rateWindowMs: 60000,
			peakInWindow: 8,
		});
	});
});

describe('Aerona sandbox: endpoints', () => {
	it('creates an appointment (bare ID), updates its status (bare boolean), finds free slots around it', async () => {
		const token = await login();
		const created = await call('POST', '/appointments', {
			token,
			body: {
				practiceId: 9876,
				userId: 34568,
				appointmentTypeId: 1864,
				appointmentStatusId: 1,
				appointmentTime: '2026-03-09T08:00:00Z',
				duration: 30,
				patientId: 426709,
			},
		});
		expect(created).toMatchObject({ status: 200, body: expect.any(Number) });
		const status = await call('PUT', `/appointments/${created.body}/status`, {
			token,
			body: { appointmentStatusId: 2 },
		});
		expect(status.body).toBe(true);
		const appointment = await call('GET', `/appointments/${created.body}`, { token });
		expect(appointment.body).toMatchObject({ appointmentStatusId: 2, createdByApi: true });
		const slots = await call(
			'GET',
			'/find-appointment-slots?clinicianId=34568&appointmentTypeId=1864&searchStart=2026-03-09&timeOfDay=1',
			{ token },
		);
		expect(slots.body).toHaveLength(50);
		expect(slots.body[0]).toEqual({
			clinicianId: 34568,
			clinicianName: 'Dr Liam Doherty',
			practiceId: 9876,
			appointmentTypeId: 1864,
			startTime: '2026-03-09T08:30:00Z',
			endTime: '2026-03-09T09:00:00Z',
			duration: 30,
		});
	});

	it.each([
		[
			'clinicianId=34567&clinicianTypeId=1&practiceId=9876',
			'Either clinicianId or clinicianTypeId must be supplied, but not both',
		],
		['', 'Either clinicianId or clinicianTypeId must be supplied, but not both'],
		['clinicianTypeId=1', 'practiceId must be supplied with clinicianTypeId'],
	])('find-appointment-slots refuses %s', async (query, message) => {
		const token = await login();
		const response = await call(
			'GET',
			`/find-appointment-slots?${query}&appointmentTypeId=1864&searchStart=2026-03-02&timeOfDay=0`,
			{ token },
		);
		expect(response.status).toBe(400);
		expect(response.body.message).toBe(message);
	});

	it('searches payments in the current month when no dates are given', async () => {
		const token = await login();
		const all = await call('GET', '/payments/search?fromDate=2000-01-01&toDate=2099-12-31', {
			token,
		});
		expect(all.body).toHaveLength(60);
		const thisMonth = await call('GET', '/payments/search', { token });
		expect(thisMonth.body).toEqual([]);
		const bad = await call('GET', '/invoices/search?fromDate=01/01/2022', { token });
		expect(bad.status).toBe(400);
	});
});

describe('Aerona sandbox: webhooks', () => {
	it('posts a created appointment to the configured URL, and retries a non-200 with the same delivery', async () => {
		const hook = await receiver([500]);
		await call('POST', '/__sandbox/aerona/webhooks', {
			body: { appointment: hook.url, headers: { 'x-aerona-secret': 's' } },
		});
		const token = await login();
		const created = await call('POST', '/appointments', {
			token,
			body: {
				practiceId: 9876,
				userId: 34567,
				appointmentTypeId: 1864,
				appointmentStatusId: 1,
				appointmentTime: '2026-04-01T10:00:00Z',
				duration: 30,
				patientId: 426710,
			},
		});
		for (let i = 0; i < 40 && hook.received.length < 2; i++) await sleep(25);
		expect(hook.received).toHaveLength(2);
		expect(hook.received[0].body).toEqual(hook.received[1].body);
		expect(hook.received[0].body).toMatchObject({
			objectType: 'Appointment',
			event: 'Created',
			id: created.body,
			data: { id: created.body, patientId: 426710 },
		});
		expect(hook.received[0].headers['x-aerona-secret']).toBe('s');
		const log = (await call('GET', '/__sandbox/aerona/webhooks')).body
			.deliveries as WebhookAttempt[];
		expect(log.map((attempt) => [attempt.attempt, attempt.status])).toEqual([
			[0, 500],
			[1, 200],
		]);
		await hook.close();
	});

	it('gives up after the configured retries, and sends credentials in the URL as basic auth', async () => {
		const hook = await receiver([401, 401, 401, 401]);
		const url = hook.url.replace('http://', 'http://aerona:pw%40x@');
		await call('POST', '/__sandbox/aerona/webhooks', { body: { patient: url } });
		const fired = await call('POST', '/__sandbox/aerona/webhooks/fire', {
			body: { type: 'patient', count: 1 },
		});
		expect(fired.body).toEqual({ fired: 1, statuses: { 401: 1 } });
		await sleep(300);
		expect(hook.received).toHaveLength(3);
		expect(hook.received[0].headers.authorization).toBe(
			`Basic ${Buffer.from('aerona:pw@x').toString('base64')}`,
		);
		const log = (await call('GET', '/__sandbox/aerona/webhooks')).body
			.deliveries as WebhookAttempt[];
		expect(
			log.every((attempt) => attempt.url === `http://aerona:***@127.0.0.1:${hook.port}/hook`),
		).toBe(true);
		await hook.close();
	});

	it('fires a burst of distinct deliveries', async () => {
		const hook = await receiver();
		await call('POST', '/__sandbox/aerona/webhooks', { body: { appointment: [hook.url] } });
		const fired = await call('POST', '/__sandbox/aerona/webhooks/fire', {
			body: { type: 'appointment', count: 30, concurrency: 10 },
		});
		expect(fired.body).toEqual({ fired: 30, statuses: { 200: 30 } });
		expect(new Set(hook.received.map((delivery) => delivery.body.deliveryId)).size).toBe(30);
		await hook.close();
	});
});
