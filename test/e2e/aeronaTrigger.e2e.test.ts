/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test-only: polling timers */
/**
 * The Aerona Trigger in a running n8n (`n8n start`): the trigger workflows are published before the
 * start, the sandbox's Aerona sends its webhooks to n8n's production URLs, and the executions are
 * counted through n8n's public API. Also what the editor does with the Aerona credential: the Test
 * button and a "From list" picker, over n8n's REST API.
 */
import type { IDataObject } from 'n8n-workflow';

import * as n8n from '../../scripts/lib/n8n';
import type { ChildProcess } from '../../scripts/lib/n8n';
import { CREDENTIALS, HOOKS, LOGIN, NODE_TYPE, PREFIX, SECRET } from './fixtures/aerona';
import { cliEnv, env, sandbox, server } from './harness';

let n8nServer: { child: ChildProcess; base: string } | undefined;
let cookie = '';
let apiKey = '';

const hookUrl = (hook: (typeof HOOKS)[keyof typeof HOOKS]) =>
	`${n8nServer?.base}/webhook/${hook.webhookId}/webhook`;

async function waitFor<T>(
	what: string,
	probe: () => Promise<T | undefined>,
	timeoutMs = 60000,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/** n8n answers the CORS preflight of a production webhook with 204 once it is registered. */
async function registered(url: string) {
	const response = await fetch(url, {
		method: 'OPTIONS',
		headers: { Origin: 'http://127.0.0.1', 'Access-Control-Request-Method': 'POST' },
	});
	return response.status === 204 ? true : undefined;
}

async function rest(method: string, path: string, body?: IDataObject) {
	const response = await fetch(`${n8nServer?.base}/rest${path}`, {
		method,
		headers: { 'content-type': 'application/json', cookie },
		body: body ? JSON.stringify(body) : undefined,
	});
	return (await response.json()) as IDataObject;
}

interface Execution {
	id: string;
	status: string;
	finished: boolean;
	data?: {
		resultData: {
			runData: Record<string, Array<{ data: { main: Array<Array<{ json: IDataObject }>> } }>>;
		};
	};
}

/** Every execution of a workflow, through n8n's public API (paged by its cursor). */
async function executions(workflowId: string, includeData = false): Promise<Execution[]> {
	const all: Execution[] = [];
	let cursor: string | undefined;
	do {
		const query = new URLSearchParams({
			workflowId,
			limit: '250',
			includeData: String(includeData),
		});
		if (cursor) query.set('cursor', cursor);
		const response = await fetch(`${n8nServer?.base}/api/v1/executions?${query}`, {
			headers: { 'X-N8N-API-KEY': apiKey },
		});
		const page = (await response.json()) as { data: Execution[]; nextCursor?: string | null };
		all.push(...page.data);
		cursor = page.nextCursor ?? undefined;
	} while (cursor);
	return all;
}

const triggerOutput = (execution: Execution) =>
	execution.data?.resultData.runData['Aerona Trigger'][0].data.main[0][0].json as IDataObject;

const aeronaControl = async (method: string, path: string, body?: IDataObject) =>
	((await sandbox.call(method, `/__sandbox/aerona${path}`, body)) ?? {}) as IDataObject;

beforeAll(async () => {
	for (const hook of Object.values(HOOKS))
		n8n.cliOrThrow(['publish:workflow', `--id=${hook.workflowId}`], cliEnv());
	// On n8n 2.41 the environment builds expression isolates lazily (scripts/lib/versions.js).
	n8nServer = await server.start(server.env({ userFolder: env.userFolder, port: env.port }));
	cookie = await server.ownerSession(n8nServer.base);
	const scopes = ((await rest('GET', '/api-keys/scopes')).data ?? []) as string[];
	const created = await rest('POST', '/api-keys', {
		label: `aerona-e2e-${Date.now()}`,
		scopes,
		expiresAt: null,
	});
	apiKey = String((created.data as IDataObject).rawApiKey);
	for (const hook of Object.values(HOOKS))
		await waitFor(`the webhook ${hook.webhookId}`, async () => await registered(hookUrl(hook)));
});

afterAll(async () => {
	await aeronaControl('DELETE', '/webhooks').catch(() => undefined);
	await server.stop(n8nServer?.child);
	for (const hook of Object.values(HOOKS))
		n8n.cliOrThrow(['unpublish:workflow', `--id=${hook.workflowId}`], cliEnv());
});

beforeEach(async () => {
	await sandbox.reset();
});

describe('Aerona in the n8n editor', () => {
	const testCredential = async (data: IDataObject) =>
		await rest('POST', '/credentials/test', {
			credentials: { ...CREDENTIALS.main, type: 'aeronaApi', data },
		});
	const loginData = {
		baseUrl: `${env.sandboxUrl}${PREFIX}`,
		...LOGIN,
		requestLimit: 300,
		requestWindowSeconds: 900,
		customizeLogin: false,
	};

	it('the credential Test button logs in and lists appointment types', async () => {
		const { data } = await testCredential(loginData);
		expect(data).toEqual({ status: 'OK', message: 'Connection successful!' });
		const requests = (await sandbox.requests()).map(
			(request) => `${request.method} ${request.path} ${request.status}`,
		);
		expect(requests).toEqual([`POST ${PREFIX}/login 200`, `GET ${PREFIX}/appointment-types 200`]);
	});

	it('the Test button reports a wrong PIN, without the password', async () => {
		const { data } = await testCredential({ ...loginData, practicePin: '9999' });
		expect(data).toMatchObject({ status: 'Error' });
		expect(String((data as IDataObject).message)).toContain(
			'Aerona refused the login for frontdesk (HTTP 401: Invalid username, password or practice PIN)',
		);
		expect(JSON.stringify(data)).not.toContain(LOGIN.password);
	});

	it('the Test button says so when the login answers without a token header', async () => {
		// Anything that answers a POST with 200 and no AERONA-AUTH-TOKEN header: here a sandbox control endpoint.
		const { data } = await testCredential({
			...loginData,
			baseUrl: `${env.sandboxUrl}/__sandbox/aerona`,
			customizeLogin: true,
			loginPath: '/settings',
		});
		expect(data).toMatchObject({ status: 'Error' });
		expect(String((data as IDataObject).message)).toContain(
			'Aerona accepted the login for frontdesk (HTTP 200) but its answer carried no AERONA-AUTH-TOKEN header',
		);
	});

	it('Practice "From list" shows the practices', async () => {
		const { data } = await rest('POST', '/dynamic-node-parameters/resource-locator-results', {
			nodeTypeAndVersion: { name: NODE_TYPE, version: 1 },
			credentials: { aeronaApi: CREDENTIALS.main },
			path: 'parameters.practiceId',
			methodName: 'searchPractices',
			filter: 'dental',
			currentNodeParameters: { resource: 'patient', operation: 'create' },
		});
		expect((data as IDataObject).results).toEqual([
			{ name: 'Hillside Dental (ID 9877)', value: '9877' },
			{ name: 'Riverside Dental (ID 9876)', value: '9876' },
		]);
	});
});

describe('Aerona Trigger in a running n8n', () => {
	it('a burst of 200 deliveries gives 200 executions, none lost', async () => {
		const before = (await executions(HOOKS.burst.workflowId)).length;
		await aeronaControl('POST', '/webhooks', {
			appointment: hookUrl(HOOKS.burst),
			patient: hookUrl(HOOKS.burst),
			headers: { [SECRET.header]: SECRET.value },
			maxRetries: 0,
		});
		const fired = await aeronaControl('POST', '/webhooks/fire', {
			type: 'appointment',
			count: 200,
			report: true,
		});
		// Every delivery answered 200 within the sender's 10 s timeout.
		expect(fired).toMatchObject({ fired: 200, statuses: { 200: 200 }, timedOut: 0 });
		const sent = ((await aeronaControl('GET', '/webhooks')).deliveries as IDataObject[]).map(
			(attempt) => attempt.deliveryId,
		);
		expect(new Set(sent).size).toBe(200);

		const runs = await waitFor(
			'200 finished executions',
			async () => {
				const list = await executions(HOOKS.burst.workflowId);
				return list.length - before >= 200 && list.every((execution) => execution.finished)
					? list
					: undefined;
			},
			120000,
		);
		expect(runs.length - before).toBe(200);
		expect(runs.slice(0, 200).every((execution) => execution.status === 'success')).toBe(true);
		const withData = (await executions(HOOKS.burst.workflowId, true)).slice(0, 200);
		const received = withData.map(
			(execution) => (triggerOutput(execution).body as IDataObject).deliveryId,
		);
		expect(new Set(received)).toEqual(new Set(sent));
		expect(triggerOutput(withData[0])).toMatchObject({
			objectType: 'appointment',
			event: 'updated',
			id: expect.any(Number),
		});
		expect(JSON.stringify(triggerOutput(withData[0]).headers)).not.toContain(SECRET.value);
	});

	it('a delivery with a wrong secret gets 401 and starts no workflow', async () => {
		const before = (await executions(HOOKS.burst.workflowId)).length;
		await aeronaControl('POST', '/webhooks', {
			patient: hookUrl(HOOKS.burst),
			headers: { [SECRET.header]: 'not-the-secret' },
			maxRetries: 0,
		});
		expect(await aeronaControl('POST', '/webhooks/fire', { type: 'patient', count: 3 })).toEqual({
			fired: 3,
			statuses: { 401: 3 },
		});
		const direct = await fetch(hookUrl(HOOKS.burst), {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ objectType: 'Patient', id: 1 }),
		});
		expect(direct.status).toBe(401);
		await new Promise((resolve) => setTimeout(resolve, 2000));
		expect((await executions(HOOKS.burst.workflowId)).length).toBe(before);
	});

	describe('Ignore Repeated Deliveries', () => {
		beforeEach(async () => {
			await aeronaControl('POST', '/webhooks', {
				appointment: hookUrl(HOOKS.repeats),
				headers: { [SECRET.header]: SECRET.value },
				maxRetries: 0,
			});
		});

		/** The delivery IDs of a fire's report. */
		const idsOf = (fired: IDataObject) =>
			(fired.deliveries as IDataObject[]).map((delivery) => String(delivery.deliveryId));

		/**
		 * The executions a fire left: once the sandbox has every answer, every execution it started is
		 * registered (n8n answers `onReceived` after registering it); a last distinct delivery, waited for,
		 * makes sure of it.
		 */
		async function settle(before: number, expected: number) {
			const last = await aeronaControl('POST', '/webhooks/fire', { type: 'appointment', count: 1 });
			expect(last).toEqual({ fired: 1, statuses: { 200: 1 } });
			const runs = await waitFor(
				`${expected + 1} finished executions`,
				async () => {
					const list = await executions(HOOKS.repeats.workflowId);
					return list.length - before >= expected + 1 && list.every((run) => run.finished)
						? list
						: undefined;
				},
				120000,
			);
			return runs.length - before - 1;
		}

		it('200 distinct at once, then the same 200 again: 200 executions, no duplicate', async () => {
			const before = (await executions(HOOKS.repeats.workflowId)).length;
			const burst = await aeronaControl('POST', '/webhooks/fire', {
				type: 'appointment',
				count: 200,
				report: true,
			});
			expect(burst).toMatchObject({ fired: 200, statuses: { 200: 200 }, timedOut: 0 });
			const again = await aeronaControl('POST', '/webhooks/fire', { repeat: true, report: true });
			expect(again).toMatchObject({ fired: 200, statuses: { 200: 200 }, timedOut: 0 });
			expect(new Set(idsOf(again))).toEqual(new Set(idsOf(burst)));
			expect(await settle(before, 200)).toBe(200);
			const received = (await executions(HOOKS.repeats.workflowId, true))
				.slice(0, 201)
				.map((execution) => (triggerOutput(execution).body as IDataObject).deliveryId);
			expect(new Set(received).size).toBe(201);
		});

		it('50 distinct at once, then the same 50 one by one: 50 executions', async () => {
			const before = (await executions(HOOKS.repeats.workflowId)).length;
			const burst = await aeronaControl('POST', '/webhooks/fire', {
				type: 'appointment',
				count: 50,
				report: true,
			});
			expect(burst).toMatchObject({ fired: 50, statuses: { 200: 50 }, timedOut: 0 });
			const oneByOne = await aeronaControl('POST', '/webhooks/fire', {
				deliveryIds: idsOf(burst),
				concurrency: 1,
			});
			expect(oneByOne).toEqual({ fired: 50, statuses: { 200: 50 } });
			expect(await settle(before, 50)).toBe(50);
		});
	});

	it('a burst of 200 with Fetch Full Record, a credential of 300 per 15 minutes: 200 records, one login', async () => {
		const before = (await executions(HOOKS.fetchBurst.workflowId)).length;
		await aeronaControl('POST', '/webhooks', {
			appointment: hookUrl(HOOKS.fetchBurst),
			headers: { [SECRET.header]: SECRET.value },
			maxRetries: 0,
		});
		const fired = await aeronaControl('POST', '/webhooks/fire', {
			type: 'appointment',
			count: 200,
			report: true,
		});
		expect(fired).toMatchObject({ fired: 200, statuses: { 200: 200 }, timedOut: 0 });
		await waitFor(
			'200 finished executions',
			async () => {
				const list = await executions(HOOKS.fetchBurst.workflowId);
				return list.length - before >= 200 && list.every((execution) => execution.finished)
					? list
					: undefined;
			},
			300000,
		);
		const outputs = (await executions(HOOKS.fetchBurst.workflowId, true))
			.slice(0, 200)
			.map(triggerOutput);
		expect(outputs.filter((json) => json.recordError !== undefined)).toEqual([]);
		expect(outputs.filter((json) => (json.record as IDataObject)?.id !== json.id)).toEqual([]);
		const usage = await aeronaControl('GET', '/usage');
		expect(usage).toMatchObject({ logins: 1, invalidations: 0 });
	});

	it('creating an appointment in Aerona starts the workflow, which reads the full record', async () => {
		await aeronaControl('POST', '/webhooks', {
			appointment: hookUrl(HOOKS.fetch),
			headers: { [SECRET.header]: SECRET.value },
			retryIntervalMs: 500,
		});
		const before = (await executions(HOOKS.fetch.workflowId)).length;
		const login = await fetch(`${env.sandboxUrl}${PREFIX}/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				username: LOGIN.username,
				password: LOGIN.password,
				pin: LOGIN.practicePin,
			}),
		});
		const token = login.headers.get('aerona-auth-token') as string;
		const created = await fetch(`${env.sandboxUrl}${PREFIX}/appointments`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'AERONA-AUTH-TOKEN': token },
			body: JSON.stringify({
				practiceId: 9876,
				userId: 34567,
				appointmentTypeId: 1865,
				appointmentStatusId: 8,
				appointmentTime: '2026-05-04T10:00:00Z',
				duration: 45,
				patientId: 426720,
			}),
		});
		const id = (await created.json()) as number;
		const [run] = await waitFor('the execution', async () => {
			const list = await executions(HOOKS.fetch.workflowId, true);
			return list.length > before && list[0].finished ? list : undefined;
		});
		expect(run.status).toBe('success');
		expect(triggerOutput(run)).toMatchObject({
			objectType: 'appointment',
			event: 'created',
			id,
			body: { objectType: 'Appointment', event: 'Created', id },
			record: { id, patientId: 426720, appointmentStatusId: 8, createdByApi: true },
		});
		const deliveries = (await aeronaControl('GET', '/webhooks')).deliveries as IDataObject[];
		expect(deliveries.map((attempt) => attempt.status)).toEqual([200]);
	});
});
