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
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const { ensureDevDependencies } = require('./lib/deps');
const n8n = require('./lib/n8n');
const { startSandboxProcess } = require('./lib/sandbox');

const N8N_PORT = Number(process.env.N8N_PORT || 5678);
const SANDBOX_PORT = Number(process.env.SANDBOX_PORT || 3901);
const VERSION = n8n.versionOf();
// This clone's own files (the shared installs may live elsewhere, see N8N_CACHE_DIR).
const CACHE = path.join(n8n.ROOT, '.cache');
// One user folder per n8n version: a database migrated by a newer n8n does not open in an older one.
const USER_FOLDER = path.join(CACHE, `n8n-user-${VERSION.n8n}`);
const DEMO = path.join(n8n.ROOT, 'demo');

const log = (message) => console.log(`[start] ${message}`);

async function mintToken(sandboxUrl, vendor, email) {
	const response = await fetch(`${sandboxUrl}/__sandbox/tokens`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ vendor, email, expiresInSeconds: 30 * 24 * 3600 }),
	});
	if (!response.ok) throw new Error(`could not mint a sandbox token: ${response.status}`);
	return (await response.json()).token;
}

/**
 * Values for the demo files' placeholders: {{SANDBOX_URL}}, {{N8N_URL}} (where n8n and its webhooks
 * answer) and {{TOKEN <vendor> <email>}} (a 30-day token).
 */
async function placeholderValues(sandboxUrl) {
	const values = { SANDBOX_URL: sandboxUrl, N8N_URL: `http://localhost:${N8N_PORT}` };
	const text = fs.readFileSync(path.join(DEMO, 'credentials.json'), 'utf8');
	for (const [placeholder, vendor, email] of text.matchAll(/\{\{TOKEN ([a-z]+) ([^ }]+)\}\}/g)) {
		values[placeholder.slice(2, -2)] = await mintToken(sandboxUrl, vendor, email);
	}
	return values;
}

/** Fills the {{PLACEHOLDERS}} of the demo files and imports them with n8n's CLI. */
function importDemo(env, values) {
	const fill = (text) => text.replace(/\{\{([^}]+)\}\}/g, (match, name) => values[name] ?? match);
	const work = path.join(CACHE, 'demo-import');
	fs.rmSync(work, { recursive: true, force: true });
	fs.mkdirSync(path.join(work, 'workflows'), { recursive: true });
	fs.writeFileSync(
		path.join(work, 'credentials.json'),
		fill(fs.readFileSync(path.join(DEMO, 'credentials.json'), 'utf8')),
	);
	for (const file of fs
		.readdirSync(path.join(DEMO, 'workflows'))
		.filter((name) => name.endsWith('.json'))) {
		fs.writeFileSync(
			path.join(work, 'workflows', file),
			fill(fs.readFileSync(path.join(DEMO, 'workflows', file), 'utf8')),
		);
	}
	n8n.cliOrThrow(['import:credentials', `--input=${path.join(work, 'credentials.json')}`], env);
	n8n.cliOrThrow(['import:workflow', '--separate', `--input=${path.join(work, 'workflows')}`], env);
	const credentials = JSON.parse(fs.readFileSync(path.join(work, 'credentials.json'), 'utf8'));
	const workflows = fs
		.readdirSync(path.join(work, 'workflows'))
		.map((file) => JSON.parse(fs.readFileSync(path.join(work, 'workflows', file), 'utf8')));
	fs.rmSync(work, { recursive: true, force: true });
	return { credentials, workflows };
}

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
	const demo = importDemo(env, await placeholderValues(sandbox.url));
	log(`Starting n8n ${VERSION.n8n}...`);
	server = await n8n.startN8n(env, { timeoutMs: 180000 });
	await n8n.ownerSession(server.base);

	console.log(`
  n8n ${VERSION.n8n} is running on http://localhost:${N8N_PORT}
    log in as ${n8n.OWNER.email} / ${n8n.OWNER.password}

  Credentials (pointing at the sandbox ${sandbox.url}):
${demo.credentials.map((credential) => `    - ${credential.name}`).join('\n')}
  Workflows:
${demo.workflows.map((workflow) => `    - ${workflow.name}`).join('\n')}

  Try it: open a workflow, or drag "HeyDonto" onto a new canvas, pick Site -> Get Many and the
  "HeyDonto Sandbox" credential, and run it. Sandbox logins: admin@heydonto.test / Sandbox-Admin-1.
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
