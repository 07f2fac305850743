/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test-only: timers, files */
/**
 * The package in n8n's queue mode (the current n8n only): PostgreSQL and Redis from Debian's packages,
 * started under the cache folder on loopback ports (scripts/lib/queue.js), one main process (editor,
 * API; production webhooks off), two workers and one webhook process, each loading the installed
 * package. The demo workflows run through the workers (started by a webhook instead of the manual
 * trigger); the Aerona Trigger's bursts and repeats, and the AlfaDocs Trigger, go through the webhook
 * process; two Aerona workflows on one credential run at once on the two workers, with the credential's
 * documented queue-mode setting: "n8n Processes" = 4.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IDataObject } from 'n8n-workflow';

import { demoFiles, importFiles } from '../../scripts/lib/demo';
import * as n8n from '../../scripts/lib/n8n';
import type { Queue } from '../../scripts/lib/queue';
import { queueRoot, startQueue } from '../../scripts/lib/queue';
import { importableFixtures } from './fixtures';
import { CREDENTIALS, HOOKS, SECRET, WORKFLOWS } from './fixtures/aerona';
import { TRIGGER_WEBHOOK_ID } from './fixtures/alfadocs';
import { env, sandbox } from './harness';

/** Main, two workers and the webhook process: every process that may send with an Aerona credential. */
const PROCESSES = 4;
/** The small credential's limit here (the sandbox is set to the same): 10 per process. */
const SMALL_LIMIT = 40;

let queue: Queue | undefined;
let root = '';
let apiKey = '';

const webhookUrl = (path: string) => `${queue?.webhook.base}/webhook/${path}`;
const aeronaHook = (hook: (typeof HOOKS)[keyof typeof HOOKS]) =>
	webhookUrl(`${hook.webhookId}/webhook`);

async function waitFor<T>(
	what: string,
	probe: () => Promise<T | undefined>,
	timeoutMs = 120000,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}

interface Execution {
	id: string;
	status: string;
	finished: boolean;
	data?: {
		resultData: {
			error?: { message: string };
			runData: Record<
				string,
				Array<{ error?: { message: string }; data?: { main: Array<Array<{ json: IDataObject }>> } }>
			>;
		};
	};
}

/** Every execution of a workflow, newest first, through the main process's public API. */
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
		const response = await fetch(`${queue?.main.base}/api/v1/executions?${query}`, {
			headers: { 'X-N8N-API-KEY': apiKey },
		});
		const page = (await response.json()) as { data: Execution[]; nextCursor?: string | null };
		all.push(...page.data);
		cursor = page.nextCursor ?? undefined;
	} while (cursor);
	return all;
}

/** Waits until the workflow has `count` more finished executions than `before`; returns the newest. */
async function finished(workflowId: string, before: number, count: number, timeoutMs = 300000) {
	return await waitFor(
		`${count} finished executions of ${workflowId}`,
		async () => {
			const list = await executions(workflowId);
			return list.length - before >= count && list.every((execution) => execution.finished)
				? list.slice(0, list.length - before)
				: undefined;
		},
		timeoutMs,
	);
}

const firstItem = (execution: Execution, node: string) =>
	execution.data?.resultData.runData[node]?.[0]?.data?.main[0]?.[0]?.json as IDataObject;

/** The worker that ran an execution, from the workers' logs ("Worker started execution 12 (job 3)"). */
function workerOf(executionId: string): string[] {
	return (queue?.workers ?? [])
		.filter((worker) => worker.output().includes(`Worker started execution ${executionId} `))
		.map((worker) => worker.name);
}

const aeronaControl = async (method: string, route: string, body?: IDataObject) =>
	((await sandbox.call(method, `/__sandbox/aerona${route}`, body)) ?? {}) as IDataObject;

/** A copy of a workflow that starts with n8n's Webhook node (POST <path>) instead of its manual trigger. */
function viaWebhook(workflow: IDataObject, id: string, hookPath: string): IDataObject {
	const copy = JSON.parse(JSON.stringify(workflow)) as IDataObject & { nodes: IDataObject[] };
	copy.id = id;
	copy.name = `${String(workflow.name)} (queue, webhook)`;
	copy.nodes = copy.nodes.map((node) =>
		node.type === 'n8n-nodes-base.manualTrigger'
			? {
					...node,
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2,
					webhookId: hookPath,
					parameters: {
						httpMethod: 'POST',
						path: hookPath,
						responseMode: 'onReceived',
						options: {},
					},
				}
			: node,
	);
	return copy;
}

/** The demo workflows a user runs by hand, each started by a webhook here. */
let demoRuns: Array<{ id: string; name: string; hook: string }> = [];
const GUARDED = [
	{ id: 'qAeronaGuarded01', hook: 'queue-aerona-guarded-1' },
	{ id: 'qAeronaGuarded02', hook: 'queue-aerona-guarded-2' },
];

beforeAll(async () => {
	root = queueRoot('e2e');
	const demo = await demoFiles(env.sandboxUrl);
	const fixtures = await importableFixtures(env.sandboxUrl);
	// The documented queue-mode setting on every Aerona credential; the small one at 40 per window.
	const credentials = [...demo.credentials, ...fixtures.credentials].map((credential) =>
		credential.type === 'aeronaApi'
			? {
					...credential,
					data: {
						...(credential.data as IDataObject),
						processes: PROCESSES,
						...(credential.id === CREDENTIALS.small.id ? { requestLimit: SMALL_LIMIT } : {}),
					},
				}
			: credential,
	);
	const manual = demo.workflows.filter((workflow) =>
		(workflow.nodes as IDataObject[]).some((node) => node.type === 'n8n-nodes-base.manualTrigger'),
	);
	demoRuns = manual.map((workflow, index) => ({
		id: `qDemo${String(index).padStart(11, '0')}`,
		name: String(workflow.name),
		hook: `queue-demo-${index}`,
	}));
	const workflows = [
		...fixtures.workflows,
		...manual.map((workflow, index) =>
			viaWebhook(workflow, demoRuns[index].id, demoRuns[index].hook),
		),
		...GUARDED.map(({ id, hook }) =>
			viaWebhook(WORKFLOWS.rateGuard as unknown as IDataObject, id, hook),
		),
	];
	const published = [
		...demoRuns.map((run) => run.id),
		...GUARDED.map((run) => run.id),
		HOOKS.repeats.workflowId,
		HOOKS.fetchBurst.workflowId,
		'adE2eTrigger0001',
	];
	queue = await startQueue({
		root,
		nodesDir: path.join(env.userFolder, '.n8n', 'nodes'),
		workers: 2,
		extra: { N8N_LOG_LEVEL: 'info', N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true' },
		prepare(mainEnv) {
			importFiles(mainEnv, { credentials, workflows }, path.join(root, 'import'));
			for (const id of published) n8n.cliOrThrow(['publish:workflow', `--id=${id}`], mainEnv);
		},
	});
	const cookie = await n8n.ownerSession(queue.main.base);
	const rest = async (method: string, route: string, body?: IDataObject) =>
		(await (
			await fetch(`${queue?.main.base}/rest${route}`, {
				method,
				headers: { 'content-type': 'application/json', cookie },
				body: body ? JSON.stringify(body) : undefined,
			})
		).json()) as IDataObject;
	const scopes = ((await rest('GET', '/api-keys/scopes')).data ?? []) as string[];
	const created = await rest('POST', '/api-keys', {
		label: `queue-e2e-${Date.now()}`,
		scopes,
		expiresAt: null,
	});
	apiKey = String((created.data as IDataObject).rawApiKey);
	// The webhook process answers a registered production webhook's CORS preflight with 204.
	for (const url of [
		aeronaHook(HOOKS.repeats),
		aeronaHook(HOOKS.fetchBurst),
		webhookUrl(`${TRIGGER_WEBHOOK_ID}/webhook`),
		...demoRuns.map((run) => webhookUrl(run.hook)),
		...GUARDED.map((run) => webhookUrl(run.hook)),
	]) {
		await waitFor(`the webhook ${url}`, async () => {
			const response = await fetch(url, {
				method: 'OPTIONS',
				headers: { Origin: 'http://127.0.0.1', 'Access-Control-Request-Method': 'POST' },
			});
			return response.status === 204 ? true : undefined;
		});
	}
}, 900000);

afterAll(async () => {
	await aeronaControl('DELETE', '/webhooks').catch(() => undefined);
	await queue?.stop();
	if (root && !process.env.E2E_KEEP) fs.rmSync(root, { recursive: true, force: true });
}, 120000);

beforeEach(async () => {
	await sandbox.reset();
});

describe('n8n in queue mode: PostgreSQL, Redis, a main process, two workers, a webhook process', () => {
	it('the demo workflows run on the workers, every node without an error', async () => {
		const ran: Execution[] = [];
		for (const run of demoRuns) {
			const before = (await executions(run.id)).length;
			const answer = await fetch(webhookUrl(run.hook), { method: 'POST' });
			expect(answer.status).toBe(200);
			await finished(run.id, before, 1);
			const [execution] = await executions(run.id, true);
			expect({ workflow: run.name, status: execution.status }).toEqual({
				workflow: run.name,
				status: 'success',
			});
			const runData = execution.data?.resultData.runData ?? {};
			expect(Object.values(runData).filter((node) => node[0].error !== undefined)).toEqual([]);
			ran.push(execution);
		}
		expect(ran).toHaveLength(demoRuns.length);
		expect(demoRuns.length).toBeGreaterThanOrEqual(4);
		for (const execution of ran) expect(workerOf(execution.id)).toHaveLength(1);
	}, 900000);

	it('Aerona Trigger through the webhook process: 200 at once, then the same 200 again: 200 executions on the workers', async () => {
		const before = (await executions(HOOKS.repeats.workflowId)).length;
		await aeronaControl('POST', '/webhooks', {
			appointment: aeronaHook(HOOKS.repeats),
			headers: { [SECRET.header]: SECRET.value },
			maxRetries: 0,
		});
		const burst = await aeronaControl('POST', '/webhooks/fire', {
			type: 'appointment',
			count: 200,
			report: true,
		});
		expect(burst).toMatchObject({ fired: 200, statuses: { 200: 200 }, timedOut: 0 });
		const again = await aeronaControl('POST', '/webhooks/fire', { repeat: true, report: true });
		expect(again).toMatchObject({ fired: 200, statuses: { 200: 200 }, timedOut: 0 });
		const last = await aeronaControl('POST', '/webhooks/fire', { type: 'appointment', count: 1 });
		expect(last).toEqual({ fired: 1, statuses: { 200: 1 } });
		const runs = await finished(HOOKS.repeats.workflowId, before, 201);
		expect(runs).toHaveLength(201);
		expect(runs.every((execution) => execution.status === 'success')).toBe(true);
		// Both workers took executions of the burst, and no execution ran twice.
		const workers = runs.map((execution) => workerOf(execution.id));
		expect(workers.every((names) => names.length === 1)).toBe(true);
		expect(new Set(workers.flat())).toEqual(new Set(['worker-1', 'worker-2']));
	}, 900000);

	it('Fetch Full Record in the webhook process within its share (300 / 4): 60 records, one login', async () => {
		const before = (await executions(HOOKS.fetchBurst.workflowId)).length;
		await aeronaControl('POST', '/webhooks', {
			appointment: aeronaHook(HOOKS.fetchBurst),
			headers: { [SECRET.header]: SECRET.value },
			maxRetries: 0,
		});
		const fired = await aeronaControl('POST', '/webhooks/fire', {
			type: 'appointment',
			count: 60,
			report: true,
		});
		expect(fired).toMatchObject({ fired: 60, statuses: { 200: 60 }, timedOut: 0 });
		await finished(HOOKS.fetchBurst.workflowId, before, 60);
		const outputs = (await executions(HOOKS.fetchBurst.workflowId, true))
			.slice(0, 60)
			.map((execution) => firstItem(execution, 'Aerona Trigger'));
		expect(outputs.filter((json) => json.recordError !== undefined)).toEqual([]);
		expect(outputs.filter((json) => (json.record as IDataObject)?.id !== json.id)).toEqual([]);
		expect(await aeronaControl('GET', '/usage')).toMatchObject({ logins: 1, invalidations: 0 });
	}, 900000);

	it(`two Aerona workflows at once on the workers, one credential with "n8n Processes" ${PROCESSES}: no token invalidated`, async () => {
		await aeronaControl('POST', '/settings', { rateLimit: SMALL_LIMIT, rateWindowMs: 3000 });
		const before = await Promise.all(GUARDED.map(async (run) => (await executions(run.id)).length));
		const answers = await Promise.all(
			GUARDED.map(async (run) => await fetch(webhookUrl(run.hook), { method: 'POST' })),
		);
		expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
		const runs = await Promise.all(
			GUARDED.map(async (run, index) => (await finished(run.id, before[index], 1))[0]),
		);
		for (const run of runs) {
			const [execution] = await executions(GUARDED[runs.indexOf(run)].id, true);
			expect(execution.status).toBe('success');
			const patients = execution.data?.resultData.runData['Get Patient'][0].data?.main[0] ?? [];
			expect(patients).toHaveLength(60);
		}
		const usage = await aeronaControl('GET', '/usage');
		expect(usage).toMatchObject({ invalidations: 0, rateLimit: SMALL_LIMIT });
		expect(usage.peakInWindow).toBeLessThanOrEqual(SMALL_LIMIT);
		// One login per worker process at most: each logs in once, then shares its token.
		expect(usage.logins).toBeLessThanOrEqual(2);
		expect(new Set(runs.map((run) => workerOf(run.id)).flat()).size).toBeGreaterThanOrEqual(1);
	}, 900000);

	it('AlfaDocs Trigger through the webhook process: JSON and a key nested 20,000 deep beside valid events', async () => {
		await sandbox.call('PUT', '/__sandbox/alfadocs/webhooks', {
			url: webhookUrl(`${TRIGGER_WEBHOOK_ID}/webhook`),
		});
		const events = [
			{ event: 'appointment_created', objectId: 902, data: { created_entity: { id: 902 } } },
			{ event: 'patient_updated', objectId: 44, data: { updated_entity: { id: 44 } } },
		];
		const fire = async (body: IDataObject) => {
			const before = (await executions('adE2eTrigger0001')).length;
			const fired = (await sandbox.call(
				'POST',
				'/__sandbox/alfadocs/webhooks/fire',
				body,
			)) as IDataObject;
			expect(fired).toMatchObject({ status: 200, timedOut: false });
			await finished('adE2eTrigger0001', before, 1);
			const [execution] = await executions('adE2eTrigger0001', true);
			expect(execution.status).toBe('success');
			return (execution.data?.resultData.runData['AlfaDocs Trigger'][0].data?.main[0] ?? []).map(
				(item) => item.json,
			);
		};
		expect(await fire({ events, format: 'json' })).toEqual(events);
		const nested = await fire({ events, append: `a${'[a]'.repeat(20000)}=1` });
		expect(nested.map((json) => json.event ?? json.error)).toEqual([
			'appointment_created',
			'patient_updated',
			'AlfaDocs Trigger: 1 part of this POST could not be read and was left out; the other events are passed on',
		]);
	}, 900000);
});
