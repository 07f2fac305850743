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
import { importFiles } from '../../scripts/lib/demo';
import { startSandboxProcess } from '../../scripts/lib/sandbox';
import { importableFixtures } from './fixtures';

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

	const env = n8n.n8nEnv({ userFolder, port, extra: { N8N_LOG_LEVEL: 'warn' } });
	importFiles(env, await importableFixtures(sandbox.url), path.join(work, 'import'));
}
