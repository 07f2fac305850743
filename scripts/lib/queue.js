/**
 * n8n in queue mode, for the end-to-end tests: PostgreSQL and Redis from Debian's packages (`.ci/run`
 * installs `postgresql` and `redis-server`), each started in a folder of its own under the cache folder
 * on a free loopback port and stopped afterwards, then the n8n processes of one version sharing them:
 * a main process (editor, REST and public API; production webhooks off), workers, and a webhook
 * process. Every process has its own user folder, whose community-nodes folder is one installed copy of
 * the package (a symlink), as every process of a real queue-mode n8n loads the package itself.
 *
 * PostgreSQL refuses to run as root: as root (CI) its commands run as Debian's `postgres` system user
 * (`runuser`), which then owns the data folder; as anyone else, as that user.
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const n8n = require('./n8n');

/** Debian's PostgreSQL programs: the newest /usr/lib/postgresql/<major>/bin, else those on PATH. */
function postgresBin() {
	const root = '/usr/lib/postgresql';
	const majors = fs.existsSync(root)
		? fs
				.readdirSync(root)
				.filter((name) => fs.existsSync(path.join(root, name, 'bin', 'initdb')))
				.sort((a, b) => Number(b) - Number(a))
		: [];
	return majors.length > 0 ? path.join(root, majors[0], 'bin') : '';
}

const tool = (name) => {
	const dir = postgresBin();
	return dir ? path.join(dir, name) : name;
};

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** The uid and gid of the `postgres` system user (Debian's postgresql package creates it). */
function postgresUser() {
	const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
	const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
	if (uid.status !== 0) {
		throw new Error(
			'PostgreSQL cannot run as root and there is no "postgres" user: install Debian\'s postgresql package (apt-get install postgresql)',
		);
	}
	return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Runs a PostgreSQL program (as the postgres user when this is root); throws with its output. */
function pg(program, args, options = {}) {
	const command = isRoot() ? 'runuser' : tool(program);
	const full = isRoot() ? ['-u', 'postgres', '--', tool(program), ...args] : args;
	const result = spawnSync(command, full, { encoding: 'utf8', ...options });
	if (result.status !== 0) {
		throw new Error(
			`${program} ${args.join(' ')} failed (${result.status ?? result.error}):\n${result.stdout ?? ''}\n${result.stderr ?? ''}`,
		);
	}
	return result;
}

/** Whether something accepts TCP connections on the loopback port. */
function listening(port) {
	return new Promise((resolve) => {
		const socket = net.connect({ host: '127.0.0.1', port });
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

async function waitUntil(what, probe, timeoutMs = 60000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (await probe()) return;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`${what} did not come up within ${timeoutMs} ms`);
}

/**
 * A PostgreSQL cluster in `dir` on `port` (127.0.0.1 only; the socket in the folder too), with a user
 * and database `n8n`, trusted (loopback only, throwaway data). Returns { port, database, user, stop }.
 */
async function startPostgres({ dir, port }) {
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	if (isRoot()) {
		const { uid, gid } = postgresUser();
		fs.chownSync(dir, uid, gid);
		const probe = spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-w', dir]);
		if (probe.status !== 0) {
			throw new Error(
				`the postgres user cannot write to ${dir}: set N8N_CACHE_DIR to a folder every user can reach`,
			);
		}
	}
	const data = path.join(dir, 'data');
	pg('initdb', ['-D', data, '-U', 'n8n', '--auth=trust', '-E', 'UTF8', '--no-locale']);
	// Throwaway data: no fsync, so that n8n's writes under a burst cost what SQLite's do.
	const options = [
		`-p ${port}`,
		`-k ${dir}`,
		'-c listen_addresses=127.0.0.1',
		'-c fsync=off',
		'-c synchronous_commit=off',
		'-c full_page_writes=off',
		'-c max_connections=200',
	].join(' ');
	pg('pg_ctl', ['-D', data, '-l', path.join(dir, 'postgres.log'), '-o', options, '-w', 'start']);
	const stop = async () => {
		spawnSync(
			isRoot() ? 'runuser' : tool('pg_ctl'),
			[
				...(isRoot() ? ['-u', 'postgres', '--', tool('pg_ctl')] : []),
				'-D',
				data,
				'-m',
				'fast',
				'-w',
				'stop',
			],
			{ encoding: 'utf8' },
		);
	};
	try {
		pg('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'n8n', 'n8n']);
	} catch (error) {
		await stop();
		throw error;
	}
	return { port, database: 'n8n', user: 'n8n', stop };
}

/** A Redis server on `port` (127.0.0.1 only, nothing saved to disk). Returns { port, stop }. */
async function startRedis({ dir, port }) {
	fs.mkdirSync(dir, { recursive: true });
	const child = spawn(
		'redis-server',
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--save',
			'',
			'--appendonly',
			'no',
			'--dir',
			dir,
			'--daemonize',
			'no',
		],
		{ stdio: ['ignore', 'pipe', 'pipe'] },
	);
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk.toString()));
	child.stderr.on('data', (chunk) => (output += chunk.toString()));
	const spawned = new Promise((resolve, reject) => {
		child.once('error', (error) =>
			reject(
				new Error(
					`redis-server did not start (${error.message}): install Debian's redis-server package`,
				),
			),
		);
		child.once('spawn', resolve);
	});
	await spawned;
	await waitUntil(`redis-server on port ${port}`, async () => {
		if (child.exitCode !== null) throw new Error(`redis-server exited:\n${output}`);
		return await listening(port);
	});
	return { port, child, stop: async () => await stopChild(child) };
}

async function stopChild(child, timeoutMs = 20000) {
	if (!child || child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
	await exited;
	clearTimeout(timer);
}

/** The environment every n8n process of the queue shares: Postgres, Redis, queue mode. */
function queueEnv(base, { postgres, redis }) {
	return {
		...base,
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(postgres.port),
		DB_POSTGRESDB_DATABASE: postgres.database,
		DB_POSTGRESDB_USER: postgres.user,
		DB_POSTGRESDB_PASSWORD: '',
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		// Production webhooks only on the webhook process, as behind a load balancer.
		N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true',
	};
}

/** A user folder of its own for one process, whose community-nodes folder is the shared installed one. */
function processFolder(root, name, nodesDir) {
	const folder = path.join(root, name);
	fs.mkdirSync(path.join(folder, '.n8n'), { recursive: true });
	const link = path.join(folder, '.n8n', 'nodes');
	if (!fs.existsSync(link)) fs.symlinkSync(nodesDir, link, 'dir');
	return folder;
}

/** Starts `n8n <command>` and resolves once its output has `ready` in it. */
async function startProcess(name, command, env, ready, { timeoutMs = 180000, onOutput } = {}) {
	const [bin, main] = n8n.n8nCommand(env.N8N_VERSION);
	const child = spawn(bin, [main, ...command], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	const collect = (chunk) => {
		output += chunk.toString();
		onOutput?.(name, chunk.toString());
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	try {
		await waitUntil(
			`n8n ${command.join(' ')} (${name})`,
			async () => {
				if (child.exitCode !== null)
					throw new Error(`${name} exited with ${child.exitCode}:\n${output}`);
				return output.includes(ready);
			},
			timeoutMs,
		);
	} catch (error) {
		await stopChild(child);
		throw error;
	}
	return { name, child, output: () => output };
}

/**
 * Postgres, Redis and the n8n processes of a queue: `prepare(env)` runs first with the main process's
 * environment (import and publish with the CLI). Resolves with
 * { main: {child, base}, webhook: {child, base}, workers: [{child, output}], env(name), stop() }.
 */
async function startQueue({ root, nodesDir, version, workers = 2, extra = {}, prepare, onOutput }) {
	fs.mkdirSync(root, { recursive: true });
	const started = [];
	const stop = async () => {
		for (const part of started.reverse()) await part().catch(() => undefined);
	};
	try {
		const postgres = await startPostgres({
			dir: path.join(root, 'postgres'),
			port: await n8n.freePortPair(),
		});
		started.push(postgres.stop);
		const redis = await startRedis({
			dir: path.join(root, 'redis'),
			port: await n8n.freePortPair(),
		});
		started.push(redis.stop);
		const envFor = async (name) => {
			const port = await n8n.freePortPair();
			return queueEnv(
				n8n.n8nEnv({
					userFolder: processFolder(root, name, nodesDir),
					port,
					version,
					extra,
				}),
				{ postgres, redis },
			);
		};
		const mainEnv = await envFor('main');
		if (prepare) await prepare(mainEnv);
		const main = await n8n.startN8n(mainEnv, {
			timeoutMs: 240000,
			onOutput: (text) => onOutput?.('main', text),
		});
		started.push(async () => await n8n.stopN8n(main.child));
		// Workers and the webhook process start side by side once the main process has migrated the database.
		const webhookEnv = await envFor('webhook');
		const starting = [
			...Array.from({ length: workers }, async (_, index) =>
				startProcess(
					`worker-${index + 1}`,
					['worker'],
					await envFor(`worker-${index + 1}`),
					'n8n worker is now ready',
					{ onOutput },
				),
			),
			startProcess('webhook', ['webhook'], webhookEnv, 'Webhook listener waiting for requests', {
				onOutput,
			}),
		];
		const results = await Promise.allSettled(starting);
		for (const result of results) {
			if (result.status === 'fulfilled') {
				const { child } = result.value;
				started.push(async () => await stopChild(child));
			}
		}
		const failed = results.find((result) => result.status === 'rejected');
		if (failed) throw failed.reason;
		const [webhook, ...workerList] = [
			results.pop().value,
			...results.map((result) => result.value),
		];
		return {
			postgres,
			redis,
			main,
			workers: workerList,
			webhook: {
				...webhook,
				base: `http://${webhookEnv.N8N_LISTEN_ADDRESS}:${webhookEnv.N8N_PORT}`,
			},
			mainEnv,
			stop,
		};
	} catch (error) {
		await stop();
		throw error;
	}
}

/** A folder for one queue under the cache folder (N8N_CACHE_DIR or .cache/). */
function queueRoot(label = 'queue') {
	const { cacheDir } = require('./runtime');
	const base = path.join(cacheDir(), 'queue');
	fs.mkdirSync(base, { recursive: true });
	fs.chmodSync(base, 0o755);
	const root = fs.mkdtempSync(path.join(base, `${label}-`));
	// mkdtemp makes it private; the postgres user must reach its data folder inside.
	fs.chmodSync(root, 0o755);
	return root;
}

module.exports = {
	postgresBin,
	startPostgres,
	startRedis,
	queueEnv,
	startQueue,
	queueRoot,
	stopChild,
};
