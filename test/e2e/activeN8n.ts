/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test-only: polling timers */
/**
 * A running n8n (`n8n start`) for the tests of triggers in active workflows: the owner's session and a
 * public API key, activating and deactivating workflows, their executions, the editor's manual run, and
 * a restart with the same database. Nothing here waits for a fixed time: every wait is for a condition.
 */
import type { IDataObject } from 'n8n-workflow';

import type { ChildProcess } from '../../scripts/lib/n8n';
import { env, server } from './harness';

export interface Execution {
	id: string;
	status: string;
	finished: boolean;
	mode?: string;
	data?: {
		resultData: {
			error?: { message: string; description?: string };
			runData: Record<
				string,
				Array<{
					data?: { main: Array<Array<{ json: IDataObject }>> };
					error?: { message: string };
				}>
			>;
		};
	};
}

/** Waits until `probe` returns something; fails after `timeoutMs` saying what it waited for. */
export async function waitFor<T>(
	what: string,
	probe: () => Promise<T | undefined>,
	timeoutMs = 120000,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

export function activeN8n() {
	let running: { child: ChildProcess; base: string } | undefined;
	let cookie = '';
	let apiKey = '';
	const n8nEnv = () => server.env({ userFolder: env.userFolder, port: env.port });
	const base = () => {
		if (!running) throw new Error('n8n is not running');
		return running.base;
	};

	async function rest(method: string, path: string, body?: unknown) {
		const response = await fetch(`${base()}/rest${path}`, {
			method,
			headers: { 'content-type': 'application/json', cookie },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		// A path an older n8n does not know may be answered with the editor's page (200, HTML).
		const json = (response.headers.get('content-type') ?? '').includes('application/json');
		const answer = (json ? await response.json() : (await response.text(), {})) as IDataObject;
		return { status: response.status, json, body: answer };
	}

	async function api(method: string, path: string, body?: unknown) {
		const response = await fetch(`${base()}/api/v1${path}`, {
			method,
			headers: { 'content-type': 'application/json', 'X-N8N-API-KEY': apiKey },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		return { status: response.status, body: (text ? JSON.parse(text) : {}) as IDataObject };
	}

	async function start() {
		running = await server.start(n8nEnv());
		cookie = await server.ownerSession(running.base);
		if (apiKey === '') {
			const scopes = ((await rest('GET', '/api-keys/scopes')).body.data ?? []) as string[];
			const created = await rest('POST', '/api-keys', {
				label: `polling-e2e-${Date.now()}`,
				scopes,
				expiresAt: null,
			});
			apiKey = String((created.body.data as IDataObject).rawApiKey);
		}
	}

	async function stop() {
		await server.stop(running?.child);
		running = undefined;
	}

	/** Every execution of a workflow, oldest first, with its data. */
	async function executions(workflowId: string): Promise<Execution[]> {
		const all: Execution[] = [];
		let cursor: string | undefined;
		do {
			const query = new URLSearchParams({ workflowId, limit: '250', includeData: 'true' });
			if (cursor) query.set('cursor', cursor);
			const { body } = await api('GET', `/executions?${query}`);
			all.push(...(body.data as Execution[]));
			cursor = (body.nextCursor as string | null | undefined) ?? undefined;
		} while (cursor);
		return all.sort((a, b) => Number(a.id) - Number(b.id));
	}

	/**
	 * Waits until the workflow has `count` finished executions started by its trigger (success or error;
	 * manual runs left out), and returns them all.
	 */
	async function settledExecutions(workflowId: string, count: number, timeoutMs?: number) {
		return await waitFor(
			`${count} finished executions of ${workflowId}`,
			async () => {
				const list = (await executions(workflowId)).filter(
					(execution) => execution.mode !== 'manual',
				);
				const done = list.filter(
					(execution) => !['new', 'running', 'waiting'].includes(execution.status),
				);
				return done.length >= count && done.length === list.length ? list : undefined;
			},
			timeoutMs,
		);
	}

	/**
	 * n8n 2.41 publishes (activates) a workflow through an outbox, after the API call returns: waits until
	 * that is done and returns the publication status ({status: 'published' | 'failed' | 'not_published',
	 * triggers: [{status, errorMessage}]}). Older n8n activates within the call and has no such status.
	 */
	async function publication(workflowId: string): Promise<IDataObject | undefined> {
		const path = `/workflows/${workflowId}/publication-status`;
		const first = await rest('GET', path);
		if (first.status !== 200 || !first.json) return undefined;
		return await waitFor(`the publication of ${workflowId}`, async () => {
			const status = (await rest('GET', path)).body.data as IDataObject;
			return status.status === 'in_progress' ? undefined : status;
		});
	}

	return {
		start,
		stop,
		/** The running n8n's address (http://127.0.0.1:<port>). */
		base,
		async restart() {
			await stop();
			await start();
		},
		rest,
		api,
		executions,
		settledExecutions,
		/**
		 * Activates (publishes) a workflow and waits until n8n has: n8n polls once when it activates a
		 * polling trigger, and fails the activation (`ok: false`, with n8n's message) if that poll fails.
		 */
		async activate(workflowId: string): Promise<{ ok: boolean; message: string }> {
			const { status, body } = await api('POST', `/workflows/${workflowId}/activate`);
			if (status !== 200) return { ok: false, message: JSON.stringify(body) };
			const published = await publication(workflowId);
			if (published === undefined || published.status === 'published')
				return { ok: true, message: '' };
			return { ok: false, message: JSON.stringify(published) };
		},
		async deactivate(workflowId: string) {
			const response = await api('POST', `/workflows/${workflowId}/deactivate`);
			await publication(workflowId);
			return response;
		},
		/** The editor's "Execute workflow" from a trigger (a manual run: Fetch Test Event for a poller). */
		async runManually(workflowId: string, trigger: string): Promise<Execution> {
			const workflow = (await rest('GET', `/workflows/${workflowId}`)).body.data as IDataObject;
			const started = await rest('POST', `/workflows/${workflowId}/run`, {
				workflowData: workflow,
				triggerToStartFrom: { name: trigger },
			});
			const executionId = String((started.body.data as IDataObject | undefined)?.executionId ?? '');
			if (executionId === '')
				throw new Error(`the manual run did not start: ${JSON.stringify(started.body)}`);
			return await waitFor(`manual execution ${executionId}`, async () => {
				const { status, body } = await api('GET', `/executions/${executionId}?includeData=true`);
				const execution = body as unknown as Execution;
				return status === 200 && !['new', 'running', 'waiting'].includes(execution.status)
					? execution
					: undefined;
			});
		},
	};
}

/** The items a node output in an execution (json only); [] when it output nothing. */
export const outputOf = (execution: Execution, node: string): IDataObject[] =>
	(execution.data?.resultData.runData[node]?.[0]?.data?.main?.[0] ?? []).map((item) => item.json);
