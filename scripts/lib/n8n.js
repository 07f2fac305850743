/**
 * A real n8n for `npm start`, the end-to-end tests and the benchmark: installs the pinned version into
 * a git-ignored folder once, packs this package and installs the tarball into n8n's community-nodes
 * folder (exactly where n8n puts a community package), and drives the n8n CLI and server.
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
/** The newest n8n that runs on Node 20 (see ../shared/notes/n8n-e2e-feasibility.md). */
const N8N_VERSION = '2.8.4';
const PACKAGE_NAME = require(path.join(ROOT, 'package.json')).name;

function hostDir() {
	return process.env.N8N_HOST_DIR || path.join(ROOT, '.cache', `n8n-${N8N_VERSION}`);
}

function n8nBin() {
	return path.join(hostDir(), 'node_modules', '.bin', 'n8n');
}

/**
 * A folder with Node's C++ headers (include/node) for node-gyp, which would otherwise download them
 * from nodejs.org: the system's (/usr), or, when missing, those shipped in the registry's
 * node-<platform>-<arch> package of this Node version.
 */
function nodeHeadersDir() {
	if (fs.existsSync('/usr/include/node/node.h')) return '/usr';
	const dir = path.join(ROOT, '.cache', `node-headers-${process.version}`);
	if (fs.existsSync(path.join(dir, 'include', 'node', 'node.h'))) return dir;
	const pkg = `node-${process.platform}-${process.arch}@${process.version.slice(1)}`;
	fs.mkdirSync(dir, { recursive: true });
	const packed = spawnSync('npm', ['pack', pkg, '--silent', '--pack-destination', dir], {
		encoding: 'utf8',
	});
	if (packed.status !== 0)
		throw new Error(`could not fetch Node headers (${pkg}): ${packed.stderr}`);
	const tarball = path.join(dir, packed.stdout.trim().split('\n').pop());
	run('tar', ['xzf', tarball, '-C', dir, '--strip-components=1', 'package/include']);
	fs.rmSync(tarball);
	return dir;
}

/** npm settings for an offline machine: native modules build against local Node headers. */
function npmEnv() {
	const env = {
		...process.env,
		SCARF_ANALYTICS: 'false',
		npm_config_fund: 'false',
		npm_config_audit: 'false',
	};
	if (!env.npm_config_nodedir) env.npm_config_nodedir = nodeHeadersDir();
	return env;
}

function run(command, args, options = {}) {
	const result = spawnSync(command, args, { stdio: 'inherit', ...options });
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
	}
	return result;
}

/** Installs n8n N8N_VERSION into hostDir() unless it is already there (about 4 to 7 minutes, once). */
function ensureN8n(log = console.log) {
	const dir = hostDir();
	const marker = path.join(dir, '.installed');
	if (
		fs.existsSync(marker) &&
		fs.readFileSync(marker, 'utf8').trim() === N8N_VERSION &&
		fs.existsSync(n8nBin())
	) {
		return dir;
	}
	log(
		`Installing n8n ${N8N_VERSION} into ${path.relative(ROOT, dir) || dir} (first run only, a few minutes)...`,
	);
	fs.mkdirSync(dir, { recursive: true });
	// n8n-nodes-base depends on an xlsx tarball on cdn.sheetjs.com; the registry mirror of that version replaces it.
	fs.writeFileSync(
		path.join(dir, 'package.json'),
		JSON.stringify(
			{ name: 'n8n-host', private: true, overrides: { xlsx: 'npm:@e965/xlsx@0.20.2' } },
			null,
			2,
		),
	);
	run('npm', ['install', `n8n@${N8N_VERSION}`, '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: dir,
		env: npmEnv(),
	});
	const version = spawnSync(n8nBin(), ['--version'], { encoding: 'utf8' }).stdout.trim();
	if (version !== N8N_VERSION)
		throw new Error(`n8n --version printed "${version}", expected ${N8N_VERSION}`);
	fs.writeFileSync(marker, N8N_VERSION);
	log(`n8n ${N8N_VERSION} installed.`);
	return dir;
}

/** `npm pack` of the built package into `destination`; returns the tarball path. */
function packPackage(destination) {
	fs.mkdirSync(destination, { recursive: true });
	const result = spawnSync('npm', ['pack', '--silent', '--pack-destination', destination], {
		cwd: ROOT,
		encoding: 'utf8',
		env: npmEnv(),
	});
	if (result.status !== 0) throw new Error(`npm pack failed: ${result.stderr}`);
	const file = result.stdout.trim().split('\n').pop();
	return path.join(destination, file);
}

/**
 * Installs the tarball into <userFolder>/.n8n/nodes, the folder n8n's community-package installer uses;
 * n8n then loads the nodes under their package name (n8n-nodes-heydonto.heyDonto).
 */
function installPackage(userFolder, tarball) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(nodesDir, { recursive: true });
	fs.writeFileSync(
		path.join(nodesDir, 'package.json'),
		JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2),
	);
	fs.rmSync(path.join(nodesDir, 'node_modules', PACKAGE_NAME), { recursive: true, force: true });
	run(
		'npm',
		[
			'install',
			tarball,
			'--legacy-peer-deps',
			'--offline',
			'--no-audit',
			'--no-fund',
			'--loglevel=error',
		],
		{
			cwd: nodesDir,
			env: npmEnv(),
		},
	);
}

/**
 * The environment of an isolated n8n: its own user folder, SQLite, listening on loopback only, no
 * telemetry. `publicHost` is the name in the URLs n8n hands out (editor, webhooks, OAuth callback).
 */
function n8nEnv({ userFolder, port = 5678, host = '127.0.0.1', publicHost = host, extra = {} }) {
	return {
		...process.env,
		// Under jest NODE_ENV is "test", which silences n8n's logger and with it `n8n execute --rawOutput`.
		NODE_ENV: 'production',
		N8N_USER_FOLDER: userFolder,
		DB_TYPE: 'sqlite',
		N8N_ENCRYPTION_KEY: 'n8n-nodes-heydonto-local-key',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_HOST: publicHost,
		N8N_LISTEN_ADDRESS: host,
		N8N_PORT: String(port),
		N8N_RUNNERS_BROKER_PORT: String(port + 1),
		N8N_SECURE_COOKIE: 'false',
		WEBHOOK_URL: `http://${publicHost}:${port}/`,
		N8N_EDITOR_BASE_URL: `http://${publicHost}:${port}/`,
		SCARF_ANALYTICS: 'false',
		...extra,
	};
}

/** Runs an n8n CLI command and returns { status, stdout, stderr }. */
function cli(args, env) {
	const result = spawnSync(n8nBin(), args, { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

function cliOrThrow(args, env) {
	const result = cli(args, env);
	if (result.status !== 0) {
		throw new Error(
			`n8n ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
		);
	}
	return result;
}

/**
 * The latest stored execution of a workflow, read from n8n's SQLite database with n8n's own sqlite3 and
 * flatted modules: `{ id, status, mode, data }` where data is n8n's run data (resultData.runData...).
 * More reliable than `n8n execute --rawOutput`, whose stdout is cut when a large run ends the process.
 */
function readLatestExecution(userFolder, workflowId) {
	const sqlite3 = require(path.join(hostDir(), 'node_modules', 'sqlite3'));
	const { parse } = require(path.join(hostDir(), 'node_modules', 'flatted'));
	const file = path.join(userFolder, '.n8n', 'database.sqlite');
	return new Promise((resolve, reject) => {
		const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (openError) => {
			if (openError) return reject(openError);
			db.get(
				`select e.id, e.status, e.mode, d.data from execution_entity e
				 join execution_data d on d.executionId = e.id
				 where e.workflowId = ? order by e.id desc limit 1`,
				[workflowId],
				(error, row) => {
					db.close();
					if (error) return reject(error);
					resolve(
						row
							? { id: row.id, status: row.status, mode: row.mode, data: parse(row.data) }
							: undefined,
					);
				},
			);
		});
	});
}

/**
 * Runs `n8n execute --id=<id>` and resolves with { status, stdout, stderr, run }, where `run` is the stored
 * execution ({ id, status, data }) — n8n exits 1 when a node fails, and the run is stored either way.
 * Asynchronous, so the caller's event loop (a test timeout, a server in the same process) keeps running.
 * `command` lets a caller wrap the process (the benchmark measures its memory).
 */
function executeWorkflow(id, env, { timeoutMs = 180000, command = [n8nBin()] } = {}) {
	return new Promise((resolve, reject) => {
		const [program, ...prefix] = command;
		const child = spawn(program, [...prefix, 'execute', `--id=${id}`], {
			env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(
				new Error(
					`n8n execute --id=${id} did not finish within ${timeoutMs} ms:\n${stdout}\n${stderr}`,
				),
			);
		}, timeoutMs);
		child.once('exit', async (status) => {
			clearTimeout(timer);
			try {
				resolve({
					status,
					stdout,
					stderr,
					run: await readLatestExecution(env.N8N_USER_FOLDER, id),
				});
			} catch (error) {
				reject(error);
			}
		});
	});
}

/**
 * Starts `n8n start` and resolves once the REST API answers: /healthz/readiness turns 200 a few seconds
 * before the controllers are mounted, so the probe is GET /rest/settings.
 */
async function startN8n(env, { timeoutMs = 120000, onOutput } = {}) {
	const child = spawn(n8nBin(), ['start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	const collect = (chunk) => {
		output += chunk.toString();
		if (onOutput) onOutput(chunk.toString());
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	const base = `http://${env.N8N_LISTEN_ADDRESS}:${env.N8N_PORT}`;
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`n8n exited with ${child.exitCode}:\n${output}`);
		try {
			const response = await fetch(`${base}/rest/settings`);
			if (response.status === 200) return { child, base, output: () => output };
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	child.kill('SIGTERM');
	throw new Error(`n8n did not become ready within ${timeoutMs} ms:\n${output}`);
}

async function stopN8n(child) {
	if (!child || child.exitCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
	await exited;
	clearTimeout(timer);
}

/** The owner account n8n asks for on first start; created over REST so the UI opens at the login. */
const OWNER = {
	email: 'demo@example.com',
	password: 'Demo-Passw0rd!',
	firstName: 'Demo',
	lastName: 'Owner',
};

/** POST JSON, retrying while n8n answers 404 (its REST routes mount a few seconds after it listens). */
async function postJson(url, body, timeoutMs = 60000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const response = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});
		if (response.status !== 404 || Date.now() > deadline) return response;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}

/** Creates the owner (first start only) and returns a logged-in session cookie. */
async function ownerSession(base, owner = OWNER) {
	const setup = await postJson(`${base}/rest/owner/setup`, owner);
	// 400 once the owner exists.
	if (!setup.ok && setup.status !== 400)
		throw new Error(`owner setup failed: ${setup.status} ${await setup.text()}`);
	const login = await postJson(`${base}/rest/login`, {
		emailOrLdapLoginId: owner.email,
		password: owner.password,
	});
	if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
	return login.headers
		.getSetCookie()
		.map((value) => value.split(';')[0])
		.join('; ');
}

module.exports = {
	ROOT,
	N8N_VERSION,
	PACKAGE_NAME,
	OWNER,
	hostDir,
	n8nBin,
	ensureN8n,
	packPackage,
	installPackage,
	n8nEnv,
	cli,
	nodeHeadersDir,
	cliOrThrow,
	readLatestExecution,
	executeWorkflow,
	startN8n,
	stopN8n,
	ownerSession,
};
