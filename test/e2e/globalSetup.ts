/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test-only (never shipped): hands paths to the tests through process.env */
/**
 * Prepares the real n8n once for all e2e tests: the pinned n8n (installed on first run), this package
 * packed with `npm pack` and installed in a fresh user folder's community-nodes folder, the sandbox on
 * a random loopback port, and the credentials and workflows imported with n8n's CLI.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import * as n8n from '../../scripts/lib/n8n';
import { startSandboxProcess } from '../../scripts/lib/sandbox';
import { VENDOR_FIXTURES } from './fixtures';

export default async function globalSetup(): Promise<void> {
	if (!fs.existsSync(path.join(n8n.ROOT, 'dist', 'nodes', 'HeyDonto', 'HeyDonto.node.js'))) {
		throw new Error('dist/ is missing: run `npm run build` before the e2e tests (npm test does)');
	}
	n8n.ensureN8n();
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-heydonto-e2e-'));
	const userFolder = path.join(work, 'home');
	n8n.installPackage(userFolder, n8n.packPackage(path.join(work, 'pack')));

	const sandbox = await startSandboxProcess({ args: ['--quiet'] });
	(globalThis as { __E2E__?: unknown }).__E2E__ = { sandbox, work };
	process.env.E2E_SANDBOX_URL = sandbox.url;
	process.env.E2E_N8N_USER_FOLDER = userFolder;
	process.env.E2E_WORK_DIR = work;
	const port = await n8n.freePortPair();
	process.env.E2E_N8N_PORT = String(port);

	const mint = async (body: object) => {
		const response = await fetch(`${sandbox.url}/__sandbox/tokens`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});
		if (!response.ok) throw new Error(`sandbox token: ${response.status} ${await response.text()}`);
		return ((await response.json()) as { token: string }).token;
	};
	const context = { sandboxUrl: sandbox.url, mint };
	const credentials = [];
	for (const vendor of VENDOR_FIXTURES) credentials.push(...(await vendor.credentials(context)));
	const credentialsPath = path.join(work, 'credentials.json');
	fs.writeFileSync(credentialsPath, JSON.stringify(credentials, null, 2));
	const workflowsDir = path.join(work, 'workflows');
	fs.mkdirSync(workflowsDir);
	for (const workflow of VENDOR_FIXTURES.flatMap((vendor) => vendor.workflows)) {
		const json = JSON.stringify(workflow, null, 2).split('__SANDBOX__').join(sandbox.url);
		fs.writeFileSync(path.join(workflowsDir, `${workflow.id}.json`), json);
	}
	const env = n8n.n8nEnv({ userFolder, port, extra: { N8N_LOG_LEVEL: 'warn' } });
	n8n.cliOrThrow(['import:credentials', `--input=${credentialsPath}`], env);
	n8n.cliOrThrow(['import:workflow', '--separate', `--input=${workflowsDir}`], env);
}
