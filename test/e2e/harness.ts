/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test-only: the harness reads process.env */
/**
 * End-to-end harness shared by the e2e test files: the sandbox and the n8n user folder are prepared
 * once by globalSetup (see there) and described to the tests through environment variables.
 */
import type { IDataObject } from 'n8n-workflow';

import * as n8n from '../../scripts/lib/n8n';
import type { LoggedRequest } from '../../scripts/lib/sandbox';
import { sandboxClient } from '../../scripts/lib/sandbox';

export interface NodeRun {
	data?: { main: Array<Array<{ json: IDataObject; pairedItem?: unknown }>> };
	error?: { message: string; description?: string; httpCode?: string };
}

export interface ExecutionRun {
	id: number;
	status: string;
	data: { resultData: { runData: Record<string, NodeRun[]>; error?: { message: string } } };
}

export const env = {
	get sandboxUrl() {
		return required('E2E_SANDBOX_URL');
	},
	get userFolder() {
		return required('E2E_N8N_USER_FOLDER');
	},
	/** A free port pair (port, port + 1 for the task broker), so a running `npm start` does not collide. */
	get port() {
		return Number(required('E2E_N8N_PORT'));
	},
};

function required(name: string): string {
	const value = process.env[name];
	if (!value)
		throw new Error(
			`${name} is not set: run the e2e tests through jest's e2e project (globalSetup)`,
		);
	return value;
}

export const cliEnv = () => n8n.n8nEnv({ userFolder: env.userFolder, port: env.port });

/** Runs an imported workflow with `n8n execute` and returns the run and each node's output items. */
export async function execute(workflowId: string) {
	const result = await n8n.executeWorkflow(workflowId, cliEnv());
	const run = result.run as ExecutionRun | undefined;
	if (!run) {
		throw new Error(
			`n8n execute --id=${workflowId} stored no execution (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
		);
	}
	if (result.status === null || result.status > 1) {
		// n8n exits 0, or 1 when a node fails; anything else is a crash, and what it printed says why.
		throw new Error(
			`n8n execute --id=${workflowId} ended with ${result.status ?? result.signal}:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`,
		);
	}
	const runData = run.data.resultData.runData;
	return {
		exitCode: result.status,
		run,
		error: run.data.resultData.error,
		/** The output items of a node (json only). */
		json(node: string): IDataObject[] {
			return (runData[node]?.[0]?.data?.main?.[0] ?? []).map((item) => item.json);
		},
		/** The items of one output of a node: 0 the main output, 1 the error output ("On Error"). */
		items(node: string, output = 0) {
			return runData[node]?.[0]?.data?.main?.[output] ?? [];
		},
		nodeError(node: string) {
			return runData[node]?.[0]?.error;
		},
	};
}

export const server = {
	start: n8n.startN8n,
	stop: n8n.stopN8n,
	ownerSession: n8n.ownerSession,
	env: n8n.n8nEnv,
};

/** The sandbox's control API (shared with the benchmark): reset, requests, faults, tokens, seed... */
export const sandbox = sandboxClient(process.env.E2E_SANDBOX_URL ?? 'http://sandbox-url-not-set');

export type SandboxRequest = LoggedRequest;
