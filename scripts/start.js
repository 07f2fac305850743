#!/usr/bin/env node
/**
 * `npm start`, from a bare clone: the dev dependencies and the current n8n (installed on first run), the
 * local sandbox APIs plus a real n8n with this package installed, the demo credentials and workflows
 * imported, on http://localhost:5678. Ctrl-C stops both.
 *
 *   npm start                      # the current n8n on 5678, sandbox on 3901
 *   N8N_VERSION=2.8.4 npm start    # another supported n8n (node scripts/n8n-host.js list)
 *   N8N_PORT=5700 SANDBOX_PORT=3950 npm start
 */
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const { ensureDevDependencies } = require('./lib/deps');
const { demoFiles, importFiles } = require('./lib/demo');
const n8n = require('./lib/n8n');
const { startSandboxProcess } = require('./lib/sandbox');

const N8N_PORT = Number(process.env.N8N_PORT || 5678);
const SANDBOX_PORT = Number(process.env.SANDBOX_PORT || 3901);
const VERSION = n8n.versionOf();
// This clone's own files (the shared installs may live elsewhere, see N8N_CACHE_DIR).
const CACHE = path.join(n8n.ROOT, '.cache');
// One user folder per n8n version: a database migrated by a newer n8n does not open in an older one.
const USER_FOLDER = path.join(CACHE, `n8n-user-${VERSION.n8n}`);
const log = (message) => console.log(`[start] ${message}`);

async function main() {
	ensureDevDependencies(log);
	n8n.ensureN8n(log, VERSION);
	log('Building the package...');
	const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: n8n.ROOT, stdio: 'inherit' });
	if (build.status !== 0) throw new Error('npm run build failed');
	const tarball = n8n.packPackage(path.join(CACHE, 'pack'));
	log(`Installing ${path.basename(tarball)} into n8n's community-nodes folder...`);
	n8n.installPackage(USER_FOLDER, tarball);

	const sandbox = await startSandboxProcess({ port: SANDBOX_PORT });
	log(`Sandbox APIs on ${sandbox.url}`);
	let server;
	const stop = async (signal) => {
		log(`${signal}: stopping n8n and the sandbox...`);
		await n8n.stopN8n(server?.child);
		await sandbox.stop();
		process.exit(0);
	};
	process.once('SIGINT', () => void stop('SIGINT'));
	process.once('SIGTERM', () => void stop('SIGTERM'));

	const env = n8n.n8nEnv({
		userFolder: USER_FOLDER,
		port: N8N_PORT,
		publicHost: 'localhost',
		version: VERSION,
	});
	log('Importing the demo credentials and workflows...');
	const demo = await demoFiles(sandbox.url, { N8N_URL: `http://localhost:${N8N_PORT}` });
	importFiles(env, demo, path.join(CACHE, 'demo-import'));
	log(`Starting n8n ${VERSION.n8n}...`);
	server = await n8n.startN8n(env, { timeoutMs: 300000 });
	await n8n.ownerSession(server.base);

	console.log(`
  n8n ${VERSION.n8n} is running on http://localhost:${N8N_PORT}
    log in as ${n8n.OWNER.email} / ${n8n.OWNER.password}

  Credentials (pointing at the sandbox ${sandbox.url}):
${demo.credentials.map((credential) => `    - ${credential.name}`).join('\n')}
  Workflows:
${demo.workflows.map((workflow) => `    - ${workflow.name}`).join('\n')}

  Try it: open a workflow, or drag "HeyDonto" onto a new canvas, pick Site -> Get Many (or
  FHIR Appointment -> Search with Start From 2026-12-01 and Start To 2026-12-31) and the
  "HeyDonto Sandbox" credential, and run it. Sandbox logins: admin@heydonto.test / Sandbox-Admin-1.
  Triggers: activate "HeyDonto Trigger: new appointment -> reminder message", then run "HeyDonto
  FHIR: appointments of the next two weeks, and book a test appointment": within a minute the
  trigger's workflow runs once with the new appointment. The AHDS Trigger demo says how to try it.
  AlfaDocs: drag "AlfaDocs", pick Appointment -> Get Many with "AlfaDocs Sandbox (API key)", any
  date range from 2025-01-01 to 2026-12-31.
  Aerona: open "Aerona: next free slots of a clinician, book the first, confirm it" (credential
  "Aerona Sandbox": frontdesk / Sandbox-Aerona-1, PIN 1234); the Aerona Trigger demo says how to wire
  the sandbox's webhooks to it.

  Ctrl-C stops n8n and the sandbox.
`);
}

main().catch(async (error) => {
	console.error(`[start] ${error.message}`);
	process.exit(1);
});
