/**
 * A real n8n for `npm start`, the end-to-end tests and the benchmark: installs a supported version
 * (versions.js) into the cache folder once, on the Node.js it needs, packs this package and installs the
 * tarball into n8n's community-nodes folder (exactly where n8n puts a community package), and drives the
 * n8n CLI and server. Every function works on N8N_VERSION (default: the current n8n) unless told;
 * an environment made by n8nEnv carries its version, so cli/execute/start run the matching n8n.
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const versions = require('./versions');
const { ROOT, cacheDir, ensureNode, npmEnv, run } = require('./runtime');

const PACKAGE_NAME = require(path.join(ROOT, 'package.json')).name;

/** A supported version's table row: from a row, a version string, or N8N_VERSION / the current one. */
function versionOf(version) {
	if (version && typeof version === 'object') return version;
	return version ? versions.supported(version) : versions.selected();
}

/** The folder one n8n version is installed in (shared by clones when N8N_CACHE_DIR is set). */
function hostDir(version) {
	return path.join(cacheDir(), `n8n-${versionOf(version).n8n}`);
}

/** The Node.js runtime a version runs on (fetched into the cache folder on first use). */
function nodeFor(version, log) {
	return ensureNode(versionOf(version).node, log);
}

/** The command that runs n8n's CLI: [node, n8n's bin script]. */
function n8nCommand(version) {
	return [nodeFor(version).bin, path.join(hostDir(version), 'node_modules', 'n8n', 'bin', 'n8n')];
}

function installedMarker(entry) {
	return JSON.stringify({ n8n: entry.n8n, node: entry.node ?? 'system' });
}

/**
 * Installs a supported n8n (default: N8N_VERSION or the current one) into its own cache folder unless
 * it is already there, on the Node.js it needs: a few minutes, once per version.
 */
function ensureN8n(log = console.log, version) {
	const entry = versionOf(version);
	const dir = hostDir(entry);
	const marker = path.join(dir, '.installed');
	const node = nodeFor(entry, log);
	if (
		fs.existsSync(marker) &&
		fs.readFileSync(marker, 'utf8').trim() === installedMarker(entry) &&
		fs.existsSync(n8nCommand(entry)[1])
	) {
		return dir;
	}
	log(
		`Installing n8n ${entry.n8n} (Node.js ${node.version}) into ${path.relative(ROOT, dir) || dir}: first run only, 3 to 7 minutes...`,
	);
	fs.rmSync(marker, { force: true });
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(
		path.join(dir, 'package.json'),
		JSON.stringify({ name: 'n8n-host', private: true, overrides: entry.overrides }, null, 2),
	);
	const env = npmEnv(node);
	const started = Date.now();
	run(
		'npm',
		[
			'install',
			`n8n@${entry.n8n}`,
			'--no-audit',
			'--no-fund',
			'--loglevel=error',
			// Explicit either way: `npm run` passes the project's own ignore-scripts on to child processes.
			`--ignore-scripts=${entry.ignoreScripts}`,
		],
		{ cwd: dir, env },
	);
	log(`  npm install done in ${Math.round((Date.now() - started) / 1000)} s`);
	if (entry.rebuild.length > 0) {
		log(`  building native modules: ${entry.rebuild.join(', ')} (about a minute)...`);
		run('npm', ['rebuild', ...entry.rebuild, '--ignore-scripts=false', '--loglevel=error'], {
			cwd: dir,
			env,
		});
	}
	const [bin, main] = n8nCommand(entry);
	const printed = spawnSync(bin, [main, '--version'], { encoding: 'utf8', env }).stdout.trim();
	if (printed !== entry.n8n)
		throw new Error(`n8n --version printed "${printed}", expected ${entry.n8n}`);
	// n8n's SQLite driver is a native module: without its binary n8n cannot open a database.
	const sqlite = spawnSync(
		bin,
		['-e', `require(${JSON.stringify(path.join(dir, 'node_modules', 'sqlite3'))})`],
		{
			encoding: 'utf8',
			env,
		},
	);
	if (sqlite.status !== 0) throw new Error(`n8n's sqlite3 does not load: ${sqlite.stderr}`);
	fs.writeFileSync(marker, installedMarker(entry));
	log(`n8n ${entry.n8n} installed in ${Math.round((Date.now() - started) / 1000)} s.`);
	return dir;
}

/** `npm pack` of the built package into `destination`; returns the tarball path. */
function packPackage(destination) {
	fs.mkdirSync(destination, { recursive: true });
	const result = spawnSync('npm', ['pack', '--silent', '--pack-destination', destination], {
		cwd: ROOT,
		encoding: 'utf8',
		env: npmEnv(ensureNode(null)),
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
			env: npmEnv(ensureNode(null)),
		},
	);
}

/**
 * The environment of an isolated n8n of `version` (default: N8N_VERSION or the current one): its own user
 * folder, SQLite, listening on loopback only, no telemetry, its Node.js first on PATH. `publicHost` is
 * the name in the URLs n8n hands out (editor, webhooks, OAuth callback).
 */
function n8nEnv({
	userFolder,
	port = 5678,
	host = '127.0.0.1',
	publicHost = host,
	extra = {},
	version,
}) {
	const entry = versionOf(version);
	const node = nodeFor(entry);
	const url = `http://${publicHost}:${port}/`;
	return {
		...process.env,
		PATH: `${path.dirname(node.bin)}${path.delimiter}${process.env.PATH ?? ''}`,
		N8N_VERSION: entry.n8n,
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
		N8N_EDITOR_BASE_URL: url,
		SCARF_ANALYTICS: 'false',
		...entry.env(url),
		...extra,
	};
}

/** Runs an n8n CLI command and returns { status, stdout, stderr }. */
function cli(args, env) {
	const [bin, main] = n8nCommand(env.N8N_VERSION);
	const result = spawnSync(bin, [main, ...args], {
		env,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
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
 * flatted modules, on n8n's own Node.js (its sqlite3 is built for it): `{ id, status, mode, data }`
 * where data is n8n's run data (resultData.runData...). More reliable than `n8n execute --rawOutput`,
 * whose stdout is cut when a large run ends the process.
 */
function readLatestExecution(userFolder, workflowId, version) {
	const [bin] = n8nCommand(version);
	return new Promise((resolve, reject) => {
		const child = spawn(
			bin,
			[
				path.join(__dirname, 'read-execution.js'),
				hostDir(version),
				path.join(userFolder, '.n8n', 'database.sqlite'),
				workflowId,
			],
			{ stdio: ['ignore', 'pipe', 'pipe'] },
		);
		const out = [];
		let stderr = '';
		child.stdout.on('data', (chunk) => out.push(chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
		child.once('error', reject);
		child.once('exit', (status) => {
			if (status !== 0) return reject(new Error(`reading the execution failed: ${stderr}`));
			const text = Buffer.concat(out).toString('utf8');
			resolve(text.trim() === '' ? undefined : JSON.parse(text));
		});
	});
}

/**
 * Runs `n8n execute --id=<id>` and resolves with { status, stdout, stderr, run }, where `run` is the stored
 * execution ({ id, status, data }) — n8n exits 1 when a node fails, and the run is stored either way.
 * Asynchronous, so the caller's event loop (a test timeout, a server in the same process) keeps running.
 * `command` lets a caller wrap the process (the benchmark measures its memory).
 */
function executeWorkflow(
	id,
	env,
	{ timeoutMs = 180000, command = n8nCommand(env.N8N_VERSION) } = {},
) {
	return new Promise((resolve, reject) => {
		const [program, ...prefix] = command;
		const spawned = Date.now();
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
		child.once('exit', async (status, signal) => {
			clearTimeout(timer);
			try {
				const latest = await readLatestExecution(env.N8N_USER_FOLDER, id, env.N8N_VERSION);
				// Only a run this process started (SQLite keeps UTC times without a zone).
				const run =
					latest && Date.parse(`${String(latest.startedAt).replace(' ', 'T')}Z`) >= spawned - 1000
						? latest
						: undefined;
				// n8n 2.41's `n8n execute` at times dies with SIGSEGV while it exits (the teardown of its
				// isolated expression runtimes), after it stored the finished run: that run is the result,
				// with the exit code n8n gives it (0 success, 1 a node failed), and the crash is reported.
				const crashedAtExit =
					signal === 'SIGSEGV' && (run?.status === 'success' || run?.status === 'error');
				if (crashedAtExit)
					console.warn(
						`[n8n] n8n execute --id=${id} died with SIGSEGV while exiting, after it stored the run (${run.status}); the stored run is used`,
					);
				resolve({
					status: crashedAtExit ? (run.status === 'success' ? 0 : 1) : status,
					signal,
					crashedAtExit,
					stdout,
					stderr,
					run,
				});
			} catch (error) {
				reject(error);
			}
		});
	});
}

function isPortFree(port, host = '127.0.0.1') {
	return new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', () => resolve(false));
		server.listen(port, host, () => server.close(() => resolve(true)));
	});
}

/**
 * Two consecutive free loopback ports (n8n's HTTP port and its task broker's), below the ephemeral
 * range that port-0 servers (the sandbox) and outgoing connections draw from.
 */
async function freePortPair(min = 10000, max = 30000) {
	for (let attempt = 0; attempt < 100; attempt++) {
		const port = min + Math.floor(Math.random() * (max - min));
		if ((await isPortFree(port)) && (await isPortFree(port + 1))) return port;
	}
	throw new Error('no free port pair found');
}

/**
 * Starts `n8n start` and resolves once the REST API answers: /healthz/readiness turns 200 a few seconds
 * before the controllers are mounted, so the probe is GET /rest/settings, and it must answer JSON:
 * while n8n starts up, every path answers 200 with the text page "n8n is starting up. Please wait".
 */
async function startN8n(env, { timeoutMs = 120000, onOutput } = {}) {
	// A port already taken would let the readiness probe reach another n8n.
	for (const port of [Number(env.N8N_PORT), Number(env.N8N_RUNNERS_BROKER_PORT)]) {
		if (!(await isPortFree(port, env.N8N_LISTEN_ADDRESS)))
			throw new Error(`port ${port} is already in use`);
	}
	const [bin, main] = n8nCommand(env.N8N_VERSION);
	const child = spawn(bin, [main, 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
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
			const json = (response.headers.get('content-type') ?? '').includes('application/json');
			if (response.status === 200 && json && child.exitCode === null) {
				return { child, base, output: () => output };
			}
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
	PACKAGE_NAME,
	OWNER,
	versions,
	versionOf,
	hostDir,
	nodeFor,
	n8nCommand,
	ensureN8n,
	packPackage,
	installPackage,
	n8nEnv,
	cli,
	cliOrThrow,
	readLatestExecution,
	executeWorkflow,
	isPortFree,
	freePortPair,
	startN8n,
	stopN8n,
	ownerSession,
};
