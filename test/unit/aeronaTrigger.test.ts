import type { IDataObject } from 'n8n-workflow';

import { AeronaTrigger } from '../../nodes/Aerona/AeronaTrigger.node';
import { describeDelivery } from '../../nodes/Aerona/trigger/delivery';
import { MAX_REMEMBERED, isRepeat } from '../../nodes/Aerona/trigger/repeats';
import { aeronaCredential, get } from '../helpers/aerona';
import type { WebhookRequest } from '../helpers/fakeN8n';
import { FakeApi, hookContext, webhookContext } from '../helpers/fakeN8n';

const appointmentCreated = {
	objectType: 'Appointment',
	event: 'Created',
	id: 34234,
	data: { id: 34234, patientId: 426909, appointmentStatusId: 1 },
};

const base = {
	objectTypes: ['appointment', 'patient', 'treatment'],
	authentication: 'none',
	options: {},
};

async function deliver(parameters: IDataObject, request: WebhookRequest, extra: IDataObject = {}) {
	const run = webhookContext({ parameters: { ...base, ...parameters }, request, ...extra });
	const result = await new AeronaTrigger().webhook.call(run.ctx);
	const json = result.workflowData?.[0]?.map((item) => item.json);
	return { ...run, result, json };
}

describe('Aerona Trigger: a delivery', () => {
	it('is passed through with its type, event and ID, and n8n answers the empty 200 (onReceived, noData)', async () => {
		const { result, json, response } = await deliver(
			{},
			{
				body: appointmentCreated,
				headers: { 'Content-Type': 'application/json', 'User-Agent': 'Aerona' },
			},
		);
		expect(result.noWebhookResponse).toBeUndefined();
		expect(response.ended).toBe(false);
		expect(json).toEqual([
			{
				objectType: 'appointment',
				event: 'created',
				id: 34234,
				body: appointmentCreated,
				headers: { 'content-type': 'application/json', 'user-agent': 'Aerona' },
				receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
			},
		]);
		const description = new AeronaTrigger().description.webhooks?.[0];
		expect(description).toMatchObject({
			responseMode: 'onReceived',
			responseData: 'noData',
			httpMethod: 'POST',
		});
	});

	it('of a type that is not selected is answered 200 and starts no workflow', async () => {
		const { result, response } = await deliver(
			{ objectTypes: ['patient'] },
			{ body: appointmentCreated },
		);
		expect(result).toEqual({ noWebhookResponse: true });
		expect(response.statusCode).toBe(200);
		expect(response.ended).toBe(true);
		expect(response.body).toBeUndefined();
	});

	it('whose type cannot be told starts the workflow with the body as received', async () => {
		const { json } = await deliver({ objectTypes: ['patient'] }, { body: { hello: 'world' } });
		expect(json?.[0]).toMatchObject({
			objectType: null,
			event: null,
			id: null,
			body: { hello: 'world' },
		});
	});
});

describe('Aerona Trigger: authenticity', () => {
	const secret = {
		authentication: 'headerSecret',
		headerName: 'X-Aerona-Secret',
		headerValue: 's3cret-value',
	};

	it('a right secret header passes, and the header is not in the output', async () => {
		const { json } = await deliver(secret, {
			body: appointmentCreated,
			headers: { 'X-Aerona-Secret': 's3cret-value', Authorization: 'Bearer abc' },
		});
		expect(json?.[0].headers).toEqual({ authorization: '[redacted]' });
	});

	it.each([
		['a wrong secret header', secret, { headers: { 'X-Aerona-Secret': 'guess' } }],
		['a missing secret header', secret, { headers: {} }],
		[
			'wrong basic auth',
			{ authentication: 'basicAuth', basicAuthUser: 'aerona', basicAuthPassword: 'pw-1' },
			{ headers: { Authorization: `Basic ${Buffer.from('aerona:pw-2').toString('base64')}` } },
		],
		[
			'a wrong query secret',
			{ authentication: 'querySecret', queryParameterName: 'secret', queryParameterValue: 'q-1' },
			{ query: { secret: 'q-2' } },
		],
		[
			'an address outside the allowed list',
			{ authentication: 'allowedIps', allowedIps: '203.0.113.0/24, 2001:db8::1' },
			{ ip: '198.51.100.7' },
		],
		[
			'an empty secret (fails closed)',
			{ ...secret, headerValue: '' },
			{ headers: { 'X-Aerona-Secret': '' } },
		],
	])('%s gets 401 and starts no workflow', async (_, parameters, request) => {
		const { result, response } = await deliver(parameters, {
			body: appointmentCreated,
			...request,
		});
		expect(result).toEqual({ noWebhookResponse: true });
		expect(response.statusCode).toBe(401);
		expect(response.body).toBe('Unauthorized');
	});

	it('asks for basic auth with WWW-Authenticate', async () => {
		const { response } = await deliver(
			{ authentication: 'basicAuth', basicAuthUser: 'aerona', basicAuthPassword: 'pw-1' },
			{ body: {} },
		);
		expect(response.headers['www-authenticate']).toBe('Basic realm="Aerona Trigger"');
	});

	it.each([
		[
			'right basic auth',
			{ authentication: 'basicAuth', basicAuthUser: 'aerona', basicAuthPassword: 'pw:1' },
			{ headers: { Authorization: `Basic ${Buffer.from('aerona:pw:1').toString('base64')}` } },
		],
		[
			'a right query secret',
			{ authentication: 'querySecret', queryParameterName: 'key', queryParameterValue: 'q-1' },
			{ query: { key: 'q-1' } },
		],
		[
			'an allowed IPv4 range',
			{ authentication: 'allowedIps', allowedIps: '203.0.113.0/24' },
			{ ip: '::ffff:203.0.113.200' },
		],
		[
			'an allowed IPv6 address',
			{ authentication: 'allowedIps', allowedIps: '10.0.0.1; 2001:DB8::1' },
			{ ip: '2001:db8::1' },
		],
	])('%s passes', async (_, parameters, request) => {
		const { json } = await deliver(parameters, { body: appointmentCreated, ...request });
		expect(json).toHaveLength(1);
	});
});

describe('Aerona Trigger: repeated deliveries', () => {
	const options = { options: { ignoreRepeats: true, repeatWindowHours: 25 } };
	let workflows = 0;
	/** A workflow of its own per test: the trigger's memory is per workflow and node, for the process. */
	const newWorkflow = () => `wf-repeats-${++workflows}`;
	const delivery = (i: number) => ({
		deliveryId: `dlv-${i}`,
		objectType: 'Appointment',
		event: 'Updated',
		id: 34200 + i,
	});

	/**
	 * n8n's live webhook path, request by request: the static data is loaded from the database when the
	 * request arrives, the trigger runs, and the whole static data is saved afterwards (last save wins).
	 */
	class Database {
		staticData: IDataObject = {};

		load(): IDataObject {
			return structuredClone(this.staticData);
		}

		save(copy: IDataObject) {
			this.staticData = structuredClone(copy);
		}
	}

	/**
	 * Deliveries that arrive at the same moment: every request loads its copy before any of them ran,
	 * then each runs and saves; `saveOrder` picks which save lands last.
	 */
	async function atOnce(
		trigger: AeronaTrigger,
		db: Database,
		workflowId: string,
		bodies: IDataObject[],
		saveOrder: 'arrival' | 'reverse' = 'arrival',
	) {
		const runs = bodies.map((body) =>
			webhookContext({
				parameters: { ...base, ...options },
				request: { body },
				staticData: db.load(),
				workflowId,
			}),
		);
		const results = await Promise.all(runs.map(async (run) => await trigger.webhook.call(run.ctx)));
		const saves = saveOrder === 'arrival' ? runs : [...runs].reverse();
		for (const run of saves) db.save(run.staticData);
		return results.filter((result) => result.workflowData !== undefined).length;
	}

	it('drops a body already seen within the window, answering 200', async () => {
		const staticData: IDataObject = {};
		const workflowId = newWorkflow();
		const first = await deliver(options, { body: appointmentCreated }, { staticData, workflowId });
		expect(first.json).toHaveLength(1);
		const again = await deliver(
			options,
			{ body: { ...appointmentCreated } },
			{ staticData, workflowId },
		);
		expect(again.result).toEqual({ noWebhookResponse: true });
		expect(again.response.statusCode).toBe(200);
		const other = await deliver(
			options,
			{ body: { ...appointmentCreated, event: 'Updated' } },
			{ staticData, workflowId },
		);
		expect(other.json).toHaveLength(1);
		expect(staticData.recentDeliveries).toHaveLength(2);
	});

	it('keeps deliveries when the option is off', async () => {
		const staticData: IDataObject = {};
		const workflowId = newWorkflow();
		await deliver({}, { body: appointmentCreated }, { staticData, workflowId });
		const again = await deliver({}, { body: appointmentCreated }, { staticData, workflowId });
		expect(again.json).toHaveLength(1);
		expect(staticData).toEqual({});
	});

	it('200 distinct at once, then the same 200 again: 200 executions, then none, whatever order the saves land in', async () => {
		for (const saveOrder of ['arrival', 'reverse'] as const) {
			const trigger = new AeronaTrigger();
			const db = new Database();
			const workflowId = newWorkflow();
			const bodies = Array.from({ length: 200 }, (_, i) => delivery(i));
			expect(await atOnce(trigger, db, workflowId, bodies, saveOrder)).toBe(200);
			expect(
				await atOnce(
					trigger,
					db,
					workflowId,
					bodies.map((body) => ({ ...body })),
				),
			).toBe(0);
			// The database keeps every delivery only when the most complete copy is saved last.
			if (saveOrder === 'arrival') expect(db.staticData.recentDeliveries).toHaveLength(200);
		}
	});

	it('50 distinct at once, then the same 50 one by one: no repeat starts the workflow', async () => {
		const trigger = new AeronaTrigger();
		const db = new Database();
		const workflowId = newWorkflow();
		const bodies = Array.from({ length: 50 }, (_, i) => delivery(i));
		expect(await atOnce(trigger, db, workflowId, bodies, 'reverse')).toBe(50);
		let executions = 0;
		for (const body of bodies) executions += await atOnce(trigger, db, workflowId, [body]);
		expect(executions).toBe(0);
	});

	it('after a restart (a new process), the deliveries in the static data are still dropped', async () => {
		const db = new Database();
		const workflowId = newWorkflow();
		const bodies = Array.from({ length: 20 }, (_, i) => delivery(i));
		expect(await atOnce(new AeronaTrigger(), db, workflowId, bodies)).toBe(20);
		await jest.isolateModulesAsync(async () => {
			const { AeronaTrigger: Restarted } = await import('../../nodes/Aerona/AeronaTrigger.node');
			expect(await atOnce(new Restarted(), db, workflowId, bodies)).toBe(0);
			expect(await atOnce(new Restarted(), db, workflowId, [delivery(20)])).toBe(1);
		});
	});

	describe('across processes (the static data is their only link)', () => {
		it('a repeat reaching another process is dropped once the first save reached the database', async () => {
			const db = new Database();
			const workflowId = newWorkflow();
			expect(await atOnce(new AeronaTrigger(), db, workflowId, [delivery(1)])).toBe(1);
			await jest.isolateModulesAsync(async () => {
				const { AeronaTrigger: Other } = await import('../../nodes/Aerona/AeronaTrigger.node');
				expect(await atOnce(new Other(), db, workflowId, [delivery(1)])).toBe(0);
			});
		});

		it('known gap: a concurrent save of another process holding an older copy can drop the record, and a later repeat there passes', async () => {
			const db = new Database();
			const workflowId = newWorkflow();
			await jest.isolateModulesAsync(async () => {
				const { AeronaTrigger: Other } = await import('../../nodes/Aerona/AeronaTrigger.node');
				const other = new Other();
				// The other process loads its copy before this process's save lands, and saves after it.
				const stale = webhookContext({
					parameters: { ...base, ...options },
					request: { body: delivery(2) },
					staticData: db.load(),
					workflowId,
				});
				expect(await atOnce(new AeronaTrigger(), db, workflowId, [delivery(1)])).toBe(1);
				await other.webhook.call(stale.ctx);
				db.save(stale.staticData);
				expect(await atOnce(other, db, workflowId, [delivery(1)])).toBe(1);
			});
		});
	});

	it('forgets deliveries older than the window, and never remembers more than the maximum', () => {
		const staticData: IDataObject = {};
		const scope = newWorkflow();
		const hour = 3600_000;
		expect(isRepeat(scope, staticData, { a: 1, b: 2 }, 0, hour)).toBe(false);
		expect(isRepeat(scope, staticData, { b: 2, a: 1 }, hour - 1, hour)).toBe(true);
		expect(isRepeat(scope, staticData, { a: 1, b: 2 }, 2 * hour, hour)).toBe(false);
		for (let i = 0; i < MAX_REMEMBERED + 10; i++)
			isRepeat(scope, staticData, { i }, 3 * hour + i, hour);
		expect(staticData.recentDeliveries).toHaveLength(MAX_REMEMBERED);
		expect(isRepeat(scope, staticData, { i: MAX_REMEMBERED + 9 }, 3 * hour + 2000, hour)).toBe(
			true,
		);
		expect(isRepeat(scope, staticData, { i: 0 }, 3 * hour + 2000, hour)).toBe(false);
	});

	it('a body nested without bound is passed on as an error, not digested', async () => {
		let deep: IDataObject = { id: 1 };
		for (let level = 0; level < 20000; level++) deep = { data: deep };
		const { json, result } = await deliver(options, { body: deep }, { workflowId: newWorkflow() });
		expect(result.noWebhookResponse).toBeUndefined();
		expect(json?.[0]).toMatchObject({
			objectType: null,
			id: null,
			body: null,
			bodyError: 'The body is nested more than 64 levels deep, so it was not read',
		});
	});
});

describe('Aerona Trigger: Fetch Full Record', () => {
	const fetch = { fetchFullRecord: true };

	it('answers 200 first, then reads the appointment with the credential and outputs it as "record"', async () => {
		const api = new FakeApi();
		const run = webhookContext({
			parameters: { ...base, ...fetch },
			request: { body: appointmentCreated },
			api,
			credentials: aeronaCredential(),
		});
		let answeredBeforeRead = false;
		api.push(() => {
			answeredBeforeRead = run.response.statusCode === 200 && run.response.ended;
			return { body: { id: 34234, duration: 45 } };
		});
		const result = await new AeronaTrigger().webhook.call(run.ctx);
		expect(answeredBeforeRead).toBe(true);
		expect(api.requests).toEqual([get('/appointments/34234')]);
		expect(result.noWebhookResponse).toBe(true);
		expect(result.workflowData?.[0][0].json).toMatchObject({
			objectType: 'appointment',
			id: 34234,
			record: { id: 34234, duration: 45 },
		});
	});

	it('reads a patient named by patientId', async () => {
		const api = new FakeApi([{ body: { forename: 'Mary' } }]);
		const { json } = await deliver(
			fetch,
			{ body: { event: 'patient.updated', patientId: 426709 } },
			{ api, credentials: aeronaCredential() },
		);
		expect(api.requests).toEqual([get('/patients/426709')]);
		expect(json?.[0]).toMatchObject({
			objectType: 'patient',
			event: 'updated',
			record: { forename: 'Mary' },
		});
	});

	it('a failed read still starts the workflow, with the error beside the delivery', async () => {
		const api = new FakeApi([{ status: 404, body: { message: 'Patient not found' } }]);
		const { json } = await deliver(
			fetch,
			{ body: { objectType: 'Patient', id: 9 } },
			{ api, credentials: aeronaCredential() },
		);
		expect(json?.[0]).toMatchObject({
			record: null,
			recordError: {
				error: 'The Aerona API answered 404: Patient not found',
				description:
					'No patient with ID 9 exists or is visible to this Aerona user. Check the Patient ID.',
				httpCode: '404',
			},
		});
	});

	it.each([['..'], ['.'], ['12/../..'], ['abc'], [-4], [1.5], ['']])(
		'a delivered ID of %p is refused like a parameter, before any request',
		async (id) => {
			const api = new FakeApi();
			const { json } = await deliver(
				fetch,
				{ body: { objectType: 'Appointment', event: 'Updated', id } },
				{ api, credentials: aeronaCredential() },
			);
			expect(api.requests).toEqual([]);
			if (id === '') {
				expect(json?.[0]).toMatchObject({
					record: null,
					recordError: { error: 'The delivery names no patient or appointment ID' },
				});
				return;
			}
			expect(json?.[0]).toMatchObject({
				id,
				record: null,
				recordError: {
					error: expect.stringMatching(
						/^Invalid value for "Appointment ID in the delivery": expected a numeric ID \(a whole number such as 42\), but got /,
					),
					description:
						'Aerona IDs are whole numbers, so the appointment was not read and nothing was sent. The delivery is under "body".',
				},
			});
		},
	);

	it('a treatment has nothing to fetch', async () => {
		const api = new FakeApi();
		const { json } = await deliver(
			fetch,
			{ body: { objectType: 'Treatment', id: 3 } },
			{ api, credentials: aeronaCredential() },
		);
		expect(api.requests).toEqual([]);
		expect(json?.[0]).toMatchObject({
			record: null,
			recordError: { error: 'Aerona has no documented API to read a treatment' },
		});
	});
});

describe('Aerona Trigger: activation (no registration API)', () => {
	const methods = new AeronaTrigger().webhookMethods.default;

	it('always runs create, which warns about an http URL and registers nothing', async () => {
		const { ctx, warnings } = hookContext(base, 'http://127.0.0.1:5678/webhook/abc/webhook');
		expect(await methods.checkExists.call(ctx)).toBe(false);
		expect(await methods.create.call(ctx)).toBe(true);
		expect(warnings).toEqual([
			'Aerona Trigger: Aerona only calls HTTPS URLs, and this webhook URL is http://127.0.0.1:5678/webhook/abc/webhook. Serve n8n over HTTPS (WEBHOOK_URL) before pasting the URL into Aerona.',
		]);
		expect(await methods.delete.call(ctx)).toBe(true);
	});

	it('refuses to activate with an unusable Authentication', async () => {
		const https = 'https://n8n.example.com/webhook/abc/webhook';
		const noSecret = hookContext(
			{ ...base, authentication: 'headerSecret', headerName: 'X-S', headerValue: '' },
			https,
		);
		await expect(methods.create.call(noSecret.ctx)).rejects.toThrow(
			'Authentication: Set the Header Value (the secret)',
		);
		const badIp = hookContext(
			{ ...base, authentication: 'allowedIps', allowedIps: '10.0.0.1, 10.0.0/8' },
			https,
		);
		await expect(methods.create.call(badIp.ctx)).rejects.toThrow(
			'Authentication: "10.0.0/8" is not an IP address or an IPv4 range such as 203.0.113.0/24',
		);
		const fine = hookContext(base, https);
		expect(await methods.create.call(fine.ctx)).toBe(true);
		expect(fine.warnings).toEqual([]);
	});
});

describe('Aerona Trigger: what a delivery is about', () => {
	it.each([
		[appointmentCreated, { objectType: 'appointment', event: 'created', id: 34234 }],
		[
			{ eventType: 'APPOINTMENT_STATUS_CHANGED', appointmentId: '77' },
			{ objectType: 'appointment', event: 'status_changed', id: '77' },
		],
		[
			{ event: 'PatientUpdated', data: { patientId: 5 } },
			{ objectType: 'patient', event: 'updated', id: 5 },
		],
		[
			{ appointmentId: 4, patientId: 3 },
			{ objectType: 'appointment', event: null, id: 4 },
		],
		[{ patientId: 3 }, { objectType: 'patient', event: null, id: 3 }],
		[
			{ Type: 'treatment', action: 'completed', treatmentId: 12 },
			{ objectType: 'treatment', event: 'completed', id: 12 },
		],
		[{ id: 3 }, { objectType: null, event: null, id: null }],
		[[{ patientId: 1 }], { objectType: null, event: null, id: null }],
		['text', { objectType: null, event: null, id: null }],
	])('%j', (body, expected) => {
		expect(describeDelivery(body)).toEqual(expected);
	});
});
