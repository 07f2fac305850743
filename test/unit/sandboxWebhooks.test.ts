/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test-only: local webhook receivers, timers */
/**
 * The sandbox as a webhook sender for the triggers (issue 11): AlfaDocs bodies in JSON and with raw
 * fragments, Aerona bursts that are truly simultaneous, repeats of the same deliveries, and the
 * sender's timeout.
 */
import * as http from 'node:http';

import { decodeBracketForm } from '../../nodes/shared/brackets';
import { startSandbox, type Sandbox, type WebhookAttempt } from '../../sandbox';

// Generous: these talk to real sockets on a shared, loaded machine.
jest.setTimeout(30000);

let sb: Sandbox;

beforeAll(async () => {
	sb = await startSandbox({ quiet: true, webhookRetryMs: 50, webhookMaxRetries: 0 });
});
afterAll(async () => {
	await sb.close();
});
beforeEach(() => sb.reset());

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

interface Received {
	headers: http.IncomingHttpHeaders;
	text: string;
	at: number;
}

/**
 * A webhook receiver. `answer(request, index)` decides when to answer: it returns a promise of the
 * status (or never resolves: the request hangs). Tracks how many requests were in flight at most.
 */
async function receiver(answer: (index: number) => Promise<number> | number = () => 200) {
	const received: Received[] = [];
	let inFlight = 0;
	let peak = 0;
	const sockets = new Set<import('node:net').Socket>();
	const server = http.createServer((req, res) => {
		let text = '';
		req.on('data', (chunk) => (text += chunk));
		req.on('end', () => {
			const index = received.length;
			received.push({ headers: req.headers, text, at: Date.now() });
			inFlight++;
			peak = Math.max(peak, inFlight);
			void Promise.resolve(answer(index)).then((status) => {
				inFlight--;
				if (!res.destroyed) res.writeHead(status).end();
			});
		});
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	return {
		url: `http://127.0.0.1:${port}/hook`,
		received,
		peak: () => peak,
		resetPeak: () => {
			peak = inFlight;
		},
		close: async () => {
			for (const socket of sockets) socket.destroy();
			await new Promise((resolve) => server.close(resolve));
		},
	};
}

const EVENTS = [
	{
		event: 'appointment_created',
		objectId: 900,
		data: { created_entity: { id: 900, archiveId: 11, date: '2026-03-02 09:00:00' } },
	},
	{ event: 'patient_deleted', objectId: 12, data: { deleted_entity: { id: 12, archiveId: 11 } } },
];

describe('AlfaDocs webhook bodies', () => {
	it("sends the events as a JSON array with format: 'json', and as an indexed object with 'json-object'", async () => {
		const hook = await receiver();
		try {
			await control('PUT', '/__sandbox/alfadocs/webhooks', { url: hook.url });
			const fired = await control('POST', '/__sandbox/alfadocs/webhooks/fire', {
				events: EVENTS,
				format: 'json',
			});
			expect(fired.body).toMatchObject({
				sent: 2,
				status: 200,
				contentType: 'application/json',
				body: JSON.stringify(EVENTS),
				timedOut: false,
			});
			expect(hook.received[0].headers['content-type']).toBe('application/json');
			expect(JSON.parse(hook.received[0].text)).toEqual(EVENTS);

			await control('POST', '/__sandbox/alfadocs/webhooks/fire', {
				events: EVENTS,
				format: 'json-object',
			});
			expect(JSON.parse(hook.received[1].text)).toEqual({ 0: EVENTS[0], 1: EVENTS[1] });

			await control('POST', '/__sandbox/alfadocs/webhooks/fire', {
				events: EVENTS[0],
				format: 'json',
			});
			expect(JSON.parse(hook.received[2].text)).toEqual(EVENTS[0]);

			// The default is still AlfaDocs' form, which decodes to the same events.
			await control('POST', '/__sandbox/alfadocs/webhooks/fire', { events: EVENTS });
			expect(hook.received[3].headers['content-type']).toBe('application/x-www-form-urlencoded');
			expect(Object.values(decodeBracketForm(hook.received[3].text))).toEqual([
				{
					...EVENTS[0],
					objectId: '900',
					data: { created_entity: { id: '900', archiveId: '11', date: '2026-03-02 09:00:00' } },
				},
				{ ...EVENTS[1], objectId: '12', data: { deleted_entity: { id: '12', archiveId: '11' } } },
			]);
			const { body } = await control('GET', '/__sandbox/alfadocs/webhooks');
			expect(
				(body.deliveries as Array<{ format: string; events: number; status: number }>).map((d) => [
					d.format,
					d.events,
					d.status,
				]),
			).toEqual([
				['json', 2, 200],
				['json-object', 2, 200],
				['json', 1, 200],
				['form', 2, 200],
			]);
		} finally {
			await hook.close();
		}
	});

	it('appends a raw fragment (a key nested 20,000 levels deep) beside valid events', async () => {
		const hook = await receiver();
		try {
			await control('PUT', '/__sandbox/alfadocs/webhooks', { url: hook.url });
			const deep = `a${'[a]'.repeat(20000)}=1`;
			const fired = await control('POST', '/__sandbox/alfadocs/webhooks/fire', {
				events: [EVENTS[0]],
				append: deep,
				prepend: 'note=before',
			});
			expect(fired.status).toBe(200);
			const text = hook.received[0].text;
			expect(text.startsWith('note=before&0%5Bevent%5D=appointment_created&')).toBe(true);
			expect(text.endsWith(`&${deep}`)).toBe(true);
			expect(text).toHaveLength(fired.body.body.length);
			expect(fired.body.sent).toBe(1);

			// Only the fragment: no events, still sent.
			const alone = await control('POST', '/__sandbox/alfadocs/webhooks/fire', {
				events: [],
				append: 'x[y]=1',
			});
			expect(alone.body).toMatchObject({ sent: 0, status: 200, body: 'x[y]=1' });
		} finally {
			await hook.close();
		}
	});

	it('sends a raw body with any content type, and reports the timeout of a silent receiver', async () => {
		const hook = await receiver((index) =>
			index === 0 ? 202 : new Promise<number>(() => undefined),
		);
		try {
			await control('PUT', '/__sandbox/alfadocs/webhooks', { url: hook.url });
			const raw = await control('POST', '/__sandbox/alfadocs/webhooks/fire', {
				rawBody: '{"event": "appointment_created", ',
				contentType: 'application/json',
			});
			expect(raw.body).toMatchObject({ sent: 0, status: 202, contentType: 'application/json' });
			expect(hook.received[0]).toMatchObject({ text: '{"event": "appointment_created", ' });
			expect(hook.received[0].headers['content-type']).toBe('application/json');

			const started = Date.now();
			const silent = await control('POST', '/__sandbox/alfadocs/webhooks/fire', {
				events: EVENTS,
				timeoutMs: 300,
			});
			expect(silent.body).toMatchObject({
				sent: 2,
				status: 0,
				error: 'ETIMEDOUT',
				timedOut: true,
			});
			expect(silent.body.ms).toBeGreaterThanOrEqual(299);
			expect(Date.now() - started).toBeLessThan(5000);
		} finally {
			await hook.close();
		}
	});

	it('refuses options that do not go together', async () => {
		await control('PUT', '/__sandbox/alfadocs/webhooks', { url: 'http://127.0.0.1:9/hook' });
		expect(
			await control('POST', '/__sandbox/alfadocs/webhooks/fire', {
				format: 'xml',
				append: 1,
				rawBody: 'x',
				events: [],
				timeoutMs: 0,
			}),
		).toMatchObject({
			status: 400,
			body: {
				message: [
					'format must be one of form, json, json-object',
					'append must be a string',
					'prepend and append are form fragments: use them with format form',
					'rawBody is the whole body: leave out events, prepend and append',
					'timeoutMs must be a positive integer',
				],
			},
		});
	});
});

describe('Aerona webhook bursts and repeats', () => {
	it('fires N deliveries truly at once: none is answered before all N have arrived', async () => {
		const N = 200;
		let release: () => void = () => undefined;
		const allArrived = new Promise<void>((resolve) => (release = resolve));
		const hook = await receiver(async (index) => {
			if (index === N - 1) release();
			await allArrived;
			return 200;
		});
		try {
			await control('POST', '/__sandbox/aerona/webhooks', {
				appointment: hook.url,
				timeoutMs: 8000,
			});
			const fired = await control('POST', '/__sandbox/aerona/webhooks/fire', {
				type: 'appointment',
				count: N,
				report: true,
			});
			expect(fired.body).toMatchObject({ fired: N, statuses: { 200: N }, timedOut: 0 });
			expect(hook.peak()).toBe(N);
			const deliveries = fired.body.deliveries as Array<{
				deliveryId: string;
				status: number;
				ms: number;
				timedOut: boolean;
			}>;
			expect(deliveries).toHaveLength(N);
			expect(new Set(deliveries.map((d) => d.deliveryId)).size).toBe(N);
			expect(deliveries.every((d) => d.status === 200 && !d.timedOut && d.ms >= 0)).toBe(true);
		} finally {
			await hook.close();
		}
	});

	it('repeats the last burst with the same deliveryIds and bodies, at once or one by one', async () => {
		const hook = await receiver(async () => await sleep(100).then(() => 200));
		try {
			await control('POST', '/__sandbox/aerona/webhooks', {
				appointment: hook.url,
				patient: hook.url,
			});
			await control('POST', '/__sandbox/aerona/webhooks/fire', { type: 'patient', count: 20 });
			const first = hook.received.map((r) => r.text);
			expect(new Set(first.map((text) => JSON.parse(text).deliveryId)).size).toBe(20);

			hook.resetPeak();
			const again = await control('POST', '/__sandbox/aerona/webhooks/fire', { repeat: true });
			expect(again.body).toEqual({ fired: 20, statuses: { 200: 20 } });
			expect(
				hook.received
					.slice(20)
					.map((r) => r.text)
					.sort(),
			).toEqual([...first].sort());
			expect(hook.peak()).toBeGreaterThan(5);

			hook.resetPeak();
			const serial = await control('POST', '/__sandbox/aerona/webhooks/fire', {
				repeat: true,
				concurrency: 1,
			});
			expect(serial.body).toEqual({ fired: 20, statuses: { 200: 20 } });
			expect(hook.peak()).toBe(1);
			// One at a time: received in the original order.
			expect(hook.received.slice(40).map((r) => r.text)).toEqual(first);

			const log = (await control('GET', '/__sandbox/aerona/webhooks')).body
				.deliveries as WebhookAttempt[];
			expect(log).toHaveLength(60);
			expect(log.filter((attempt) => attempt.repeat)).toHaveLength(40);
			expect(log.every((attempt) => attempt.ms >= 99 && attempt.timedOut === false)).toBe(true);
		} finally {
			await hook.close();
		}
	});

	it('re-sends chosen deliveries by ID, including ones sent by an API change', async () => {
		const hook = await receiver();
		try {
			await control('POST', '/__sandbox/aerona/webhooks', { appointment: hook.url });
			await control('POST', '/__sandbox/aerona/webhooks/fire', { count: 5 });
			const ids = hook.received.map((r) => JSON.parse(r.text).deliveryId as string);
			const chosen = await control('POST', '/__sandbox/aerona/webhooks/fire', {
				deliveryIds: [ids[3], ids[1]],
				report: true,
			});
			expect(chosen.body).toMatchObject({ fired: 2, statuses: { 200: 2 }, timedOut: 0 });
			expect(hook.received.slice(5).map((r) => JSON.parse(r.text).deliveryId)).toEqual([
				ids[3],
				ids[1],
			]);
			expect(hook.received[5].text).toBe(hook.received[3].text);

			// A delivery sent by an API write can be sent again too.
			const login = await fetch(`${sb.url}/aerona/AeronaAPI/v1/login`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ username: 'frontdesk', password: 'Sandbox-Aerona-1', pin: '1234' }),
			});
			const token = login.headers.get('aerona-auth-token') as string;
			const write = await fetch(`${sb.url}/aerona/AeronaAPI/v1/appointments`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', 'AERONA-AUTH-TOKEN': token },
				body: JSON.stringify({
					practiceId: 9876,
					userId: 34567,
					appointmentTypeId: 1864,
					appointmentStatusId: 1,
					appointmentTime: '2026-04-01T10:00:00Z',
					duration: 30,
					patientId: 426710,
				}),
			});
			expect(write.status).toBe(200);
			for (let i = 0; i < 40 && hook.received.length < 8; i++) await sleep(25);
			const created = JSON.parse(hook.received[7].text);
			expect(created).toMatchObject({ objectType: 'Appointment', event: 'Created' });
			await control('POST', '/__sandbox/aerona/webhooks/fire', {
				deliveryIds: [created.deliveryId],
			});
			expect(hook.received[8].text).toBe(hook.received[7].text);

			expect(
				await control('POST', '/__sandbox/aerona/webhooks/fire', { deliveryIds: ['dlv-nope'] }),
			).toMatchObject({ status: 400, body: { message: 'unknown deliveryIds: dlv-nope' } });
			// The last burst is still the 5 (a re-send does not replace it).
			expect(
				(await control('POST', '/__sandbox/aerona/webhooks/fire', { repeat: true })).body,
			).toEqual({
				fired: 5,
				statuses: { 200: 5 },
			});
		} finally {
			await hook.close();
		}
	});

	it('records which deliveries hit the sender timeout (configurable, default 10 s)', async () => {
		expect((await control('GET', '/__sandbox/aerona/webhooks')).body.config.timeoutMs).toBe(10000);
		const hook = await receiver((index) =>
			index === 1 ? new Promise<number>(() => undefined) : sleep(50).then(() => 200),
		);
		try {
			const config = await control('POST', '/__sandbox/aerona/webhooks', {
				appointment: hook.url,
				timeoutMs: 1000,
			});
			expect(config.body.timeoutMs).toBe(1000);
			const fired = await control('POST', '/__sandbox/aerona/webhooks/fire', {
				count: 3,
				concurrency: 1,
				report: true,
			});
			expect(fired.body).toMatchObject({ fired: 3, statuses: { 0: 1, 200: 2 }, timedOut: 1 });
			const [a, b, c] = fired.body.deliveries as Array<{
				status: number;
				ms: number;
				timedOut: boolean;
				error?: string;
			}>;
			expect([a.status, a.timedOut, c.status, c.timedOut]).toEqual([200, false, 200, false]);
			expect(a.ms).toBeGreaterThanOrEqual(49);
			expect(b).toMatchObject({ status: 0, timedOut: true, error: 'ETIMEDOUT' });
			expect(b.ms).toBeGreaterThanOrEqual(999);
			const log = (await control('GET', '/__sandbox/aerona/webhooks')).body
				.deliveries as WebhookAttempt[];
			expect(log.map((attempt) => attempt.timedOut)).toEqual([false, true, false]);

			// A burst can have its own timeout.
			const quick = await control('POST', '/__sandbox/aerona/webhooks/fire', {
				repeat: true,
				timeoutMs: 10,
				report: true,
			});
			expect(quick.body.timedOut).toBeGreaterThanOrEqual(1);
			expect(
				await control('POST', '/__sandbox/aerona/webhooks/fire', { timeoutMs: 0, concurrency: 0 }),
			).toMatchObject({
				status: 400,
				body: {
					message: [
						'concurrency must be a positive integer',
						'timeoutMs must be a positive integer',
					],
				},
			});
		} finally {
			await hook.close();
		}
	});
});
