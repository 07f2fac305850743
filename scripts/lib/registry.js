/**
 * A local npm registry for the install-from-registry test: n8n installs community packages with npm from
 * https://registry.npmjs.org, and only an enterprise license lets it use another registry
 * (N8N_COMMUNITY_PACKAGES_REGISTRY). So n8n keeps its default registry URL, and its traffic is routed,
 * through the standard proxy variables, to a proxy on loopback that answers for registry.npmjs.org with a
 * certificate of a throwaway test CA and hands every request to a verdaccio on loopback; any other host
 * is refused. No machine-global state changes (no /etc/hosts, no global npmrc): only the environment of
 * the n8n under test.
 *
 * - ensureVerdaccio(): verdaccio 6.8.0 from the npm registry, installed once into the cache folder
 *   (`<cache>/verdaccio-6.8.0`, with a `.installed` marker, like the n8n versions). 6.8.0 is the newest
 *   that runs on Node 20 (6.10 needs Node 22), with node-fetch overridden to 2.7.0.
 * - startVerdaccio(): a verdaccio on a free loopback port with its own config and storage in a folder:
 *   anonymous publish, no uplinks (it serves only what was published to it).
 * - makeTestCa(): a test CA and a certificate for registry.npmjs.org, made with the openssl CLI.
 * - startRegistryProxy(): the intercepting proxy, with a log of every request it saw.
 * - withVersion(): a copy of a packed tarball under another version (0.1.0 → 0.1.1).
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const tls = require('node:tls');

const { ROOT, cacheDir, ensureNode, npmEnv, run } = require('./runtime');

const VERDACCIO = {
	version: '6.8.0',
	// verdaccio 6.8.0 asks for node-fetch ^2 and gets 2.7.x; pinned so the install is the same everywhere.
	overrides: { 'node-fetch': '2.7.0' },
};

/** The registry n8n's community-package installer talks to (its default; another needs a license). */
const NPM_REGISTRY_HOST = 'registry.npmjs.org';

function verdaccioDir() {
	return path.join(cacheDir(), `verdaccio-${VERDACCIO.version}`);
}

function verdaccioBin(dir = verdaccioDir()) {
	return path.join(dir, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
}

function installedMarker() {
	return JSON.stringify({ verdaccio: VERDACCIO.version, overrides: VERDACCIO.overrides });
}

/**
 * Installs verdaccio into `<cache>/verdaccio-6.8.0` unless it is already there (a minute, once) and
 * returns the folder.
 */
function ensureVerdaccio(log = console.log) {
	const dir = verdaccioDir();
	const marker = path.join(dir, '.installed');
	const installedVersion = () => {
		try {
			return require(path.join(dir, 'node_modules', 'verdaccio', 'package.json')).version;
		} catch {
			return undefined;
		}
	};
	if (
		fs.existsSync(marker) &&
		fs.readFileSync(marker, 'utf8').trim() === installedMarker() &&
		fs.existsSync(verdaccioBin(dir)) &&
		installedVersion() === VERDACCIO.version
	) {
		return dir;
	}
	log(
		`Installing verdaccio ${VERDACCIO.version} (a local npm registry) into ${path.relative(ROOT, dir) || dir}: first run only, about a minute...`,
	);
	const started = Date.now();
	fs.rmSync(marker, { force: true });
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(
		path.join(dir, 'package.json'),
		JSON.stringify(
			{ name: 'verdaccio-host', private: true, overrides: VERDACCIO.overrides },
			null,
			2,
		),
	);
	run(
		'npm',
		[
			'install',
			`verdaccio@${VERDACCIO.version}`,
			'--save-exact',
			'--no-audit',
			'--no-fund',
			'--loglevel=error',
			// verdaccio needs no install scripts; explicit, as `npm run` passes the project's setting on.
			'--ignore-scripts=true',
		],
		{ cwd: dir, env: npmEnv(ensureNode(null)) },
	);
	if (installedVersion() !== VERDACCIO.version) {
		throw new Error(
			`verdaccio ${installedVersion()} was installed into ${dir}, expected ${VERDACCIO.version}`,
		);
	}
	fs.writeFileSync(marker, installedMarker());
	log(
		`verdaccio ${VERDACCIO.version} installed in ${Math.round((Date.now() - started) / 1000)} s.`,
	);
	return dir;
}

/** A free loopback port (asked from the OS, then released). */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

async function waitUntil(what, probe, timeoutMs, output) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (await probe().catch(() => false)) return;
		if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms:\n${output()}`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

function stopChild(child) {
	if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
		child.once('exit', () => {
			clearTimeout(timer);
			resolve();
		});
		child.kill('SIGTERM');
	});
}

/**
 * Starts verdaccio on a free loopback port, with its config, storage and htpasswd file in `dir`:
 * anyone may read and publish, and there are no uplinks (nothing is fetched from anywhere).
 * Resolves once GET /-/ping answers: `{ url, port, child, output(), publish(tarball), stop() }`.
 */
async function startVerdaccio(dir, { timeoutMs = 60000 } = {}) {
	const home = ensureVerdaccio();
	fs.mkdirSync(dir, { recursive: true });
	const port = await freePort();
	const config = path.join(dir, 'config.yaml');
	fs.writeFileSync(
		config,
		[
			`storage: ${JSON.stringify(path.join(dir, 'storage'))}`,
			'auth:',
			'  htpasswd:',
			`    file: ${JSON.stringify(path.join(dir, 'htpasswd'))}`,
			'    max_users: -1',
			'uplinks: {}',
			'packages:',
			"  '**':",
			'    access: $all',
			'    publish: $anonymous',
			'    unpublish: $anonymous',
			'web:',
			'  enable: false',
			'log: { type: stdout, format: pretty, level: http }',
			`listen: 127.0.0.1:${port}`,
			'',
		].join('\n'),
	);
	const env = { ...process.env };
	// The public URL in the tarball links comes from the request (Host, X-Forwarded-Proto), not from here.
	delete env.VERDACCIO_PUBLIC_URL;
	const child = spawn(process.execPath, [verdaccioBin(home), '--config', config], {
		cwd: dir,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk.toString()));
	child.stderr.on('data', (chunk) => (output += chunk.toString()));
	const url = `http://127.0.0.1:${port}/`;
	try {
		await waitUntil(
			'verdaccio did not answer /-/ping',
			async () => {
				if (child.exitCode !== null) throw new Error(`verdaccio exited with ${child.exitCode}`);
				return (await fetch(`${url}-/ping`)).ok;
			},
			timeoutMs,
			() => output,
		);
	} catch (error) {
		await stopChild(child);
		throw error;
	}
	return {
		url,
		port,
		child,
		output: () => output,
		publish: (tarball) => publish(tarball, url),
		stop: () => stopChild(child),
	};
}

/**
 * `npm publish <tarball>` to the registry at `url` (asynchronous: the proxy may run in the same process).
 * verdaccio lets anonymous users publish, but npm refuses to publish without a token for the registry,
 * so it gets a placeholder one. Resolves with npm's output ("+ name@version").
 */
function publish(tarball, url) {
	const host = url.replace(/^https?:/, '');
	const args = [
		'publish',
		path.resolve(tarball),
		`--registry=${url}`,
		`--${host}:_authToken=anonymous-local-test`,
		'--tag=latest',
		'--ignore-scripts',
		'--loglevel=error',
	];
	return new Promise((resolve, reject) => {
		const child = spawn('npm', args, {
			cwd: os.tmpdir(),
			env: npmEnv(ensureNode(null)),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk.toString()));
		child.stderr.on('data', (chunk) => (output += chunk.toString()));
		child.once('error', reject);
		child.once('exit', (code) => {
			if (code === 0) resolve(output.trim());
			else reject(new Error(`npm publish ${tarball} to ${url} failed (${code}):\n${output}`));
		});
	});
}

/**
 * A copy of the packed `tarball` whose package.json says `version`, packed with npm into `destination`
 * (what a maintainer's next release looks like to the registry). Returns the new tarball's path.
 */
function withVersion(tarball, version, destination) {
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-heydonto-bump-'));
	try {
		run('tar', ['xzf', path.resolve(tarball), '-C', work]);
		const manifestPath = path.join(work, 'package', 'package.json');
		const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
		manifest.version = version;
		fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
		fs.mkdirSync(destination, { recursive: true });
		const packed = spawnSync(
			'npm',
			[
				'pack',
				path.join(work, 'package'),
				'--silent',
				'--ignore-scripts',
				'--pack-destination',
				path.resolve(destination),
			],
			{ cwd: work, encoding: 'utf8', env: npmEnv(ensureNode(null)) },
		);
		if (packed.status !== 0)
			throw new Error(`npm pack (version ${version}) failed: ${packed.stderr}`);
		return path.join(destination, packed.stdout.trim().split('\n').pop());
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
}

/**
 * A throwaway CA and a certificate for `host` signed by it, made with the openssl CLI in `dir`:
 * `{ caCert, key, cert }` (paths). The CA is trusted only by the processes the test hands it to
 * (NODE_EXTRA_CA_CERTS, npm's cafile), never by the machine.
 */
function makeTestCa(dir, host = NPM_REGISTRY_HOST) {
	fs.mkdirSync(dir, { recursive: true });
	const file = (name) => path.join(dir, name);
	const openssl = (args) => {
		const result = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
		if (result.error && result.error.code === 'ENOENT')
			throw new Error('the openssl command is missing: install the Debian package openssl');
		if (result.status !== 0) throw new Error(`openssl ${args[0]} failed: ${result.stderr}`);
	};
	const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
	openssl([
		'req',
		'-x509',
		...ec,
		'-keyout',
		file('ca.key'),
		'-out',
		file('ca.pem'),
		'-days',
		'2',
		'-subj',
		'/CN=n8n-nodes-heydonto test CA (throwaway)',
		'-addext',
		'basicConstraints=critical,CA:TRUE',
		'-addext',
		'keyUsage=critical,keyCertSign,cRLSign',
	]);
	openssl([
		'req',
		...ec,
		'-keyout',
		file('server.key'),
		'-out',
		file('server.csr'),
		'-subj',
		`/CN=${host}`,
	]);
	fs.writeFileSync(
		file('server.ext'),
		[
			`subjectAltName=DNS:${host}`,
			'basicConstraints=critical,CA:FALSE',
			'keyUsage=critical,digitalSignature',
			'extendedKeyUsage=serverAuth',
			'',
		].join('\n'),
	);
	openssl([
		'x509',
		'-req',
		'-in',
		file('server.csr'),
		'-CA',
		file('ca.pem'),
		'-CAkey',
		file('ca.key'),
		'-set_serial',
		`0x${Date.now().toString(16)}`,
		'-days',
		'2',
		'-extfile',
		file('server.ext'),
		'-out',
		file('server.pem'),
	]);
	return { caCert: file('ca.pem'), key: file('server.key'), cert: file('server.pem') };
}

/**
 * An HTTP proxy on a free loopback port. `CONNECT registry.npmjs.org:443` is answered, TLS is terminated
 * with the test certificate, and each request is forwarded over plain HTTP to `target` (the verdaccio)
 * with `Host: registry.npmjs.org` and `X-Forwarded-Proto: https`, so the registry's tarball links keep
 * pointing at https://registry.npmjs.org. Every other CONNECT, and every plain-HTTP proxy request, is
 * refused with 403 and nothing is sent anywhere. `log` lists what it saw:
 * `{ kind: 'forwarded', method, path, status, userAgent }`, `{ kind: 'refused', target }`,
 * `{ kind: 'tls-error', target, error }`.
 */
async function startRegistryProxy({ target, key, cert, host = NPM_REGISTRY_HOST }) {
	const upstream = new URL(target);
	const log = [];
	const secureContext = tls.createSecureContext({
		key: fs.readFileSync(key),
		cert: fs.readFileSync(cert),
	});
	const sockets = new Set();
	const track = (socket) => {
		sockets.add(socket);
		socket.once('close', () => sockets.delete(socket));
	};

	const registry = http.createServer((req, res) => {
		const entry = {
			kind: 'forwarded',
			at: Date.now(),
			method: req.method,
			path: req.url,
			status: undefined,
			userAgent: req.headers['user-agent'] ?? '',
		};
		log.push(entry);
		const forward = http.request(
			{
				host: upstream.hostname,
				port: upstream.port,
				method: req.method,
				path: req.url,
				headers: { ...req.headers, host, 'x-forwarded-proto': 'https' },
			},
			(answer) => {
				entry.status = answer.statusCode;
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(res);
			},
		);
		forward.on('error', (error) => {
			entry.status = 502;
			entry.error = error.message;
			if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
			res.end(`local registry unreachable: ${error.message}`);
		});
		req.pipe(forward);
	});

	const proxy = http.createServer((req, res) => {
		log.push({ kind: 'refused', at: Date.now(), target: `${req.method} ${req.url}` });
		res.writeHead(403, { 'content-type': 'text/plain' });
		res.end(
			'refused by the test proxy: only registry.npmjs.org is served, from a local registry\n',
		);
	});
	proxy.on('connection', track);
	proxy.on('connect', (req, socket, head) => {
		socket.on('error', () => undefined);
		if (req.url !== `${host}:443`) {
			log.push({ kind: 'refused', at: Date.now(), target: `CONNECT ${req.url}` });
			socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
			return;
		}
		socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
		if (head && head.length > 0) socket.unshift(head);
		const secure = new tls.TLSSocket(socket, { isServer: true, secureContext });
		secure.on('error', (error) => {
			log.push({ kind: 'tls-error', at: Date.now(), target: req.url, error: error.message });
			socket.destroy();
		});
		track(secure);
		registry.emit('connection', secure);
	});

	await new Promise((resolve, reject) => {
		proxy.once('error', reject);
		proxy.listen(0, '127.0.0.1', resolve);
	});
	const url = `http://127.0.0.1:${proxy.address().port}`;
	return {
		url,
		log,
		async stop() {
			for (const socket of sockets) socket.destroy();
			await new Promise((resolve) => proxy.close(() => resolve()));
			registry.close();
		},
	};
}

/**
 * `env` (an n8n environment) with its registry traffic sent through the proxy: Node's and n8n's HTTP
 * clients (HTTPS_PROXY & co., read by n8n's proxy-from-env agents), npm's (npm_config_https_proxy),
 * loopback left direct (the workflows call the sandbox on 127.0.0.1), the test CA trusted
 * (NODE_EXTRA_CA_CERTS for Node; npm's cafile, since a machine's npm `cafile` setting would replace Node's
 * trust store), and npm isolated from the machine's and the caller's npm setup: the npm_* variables an
 * `npm run` passes on are dropped, and npm gets empty user and global configs, its own cache and the
 * default registry, as on a fresh machine.
 */
function withRegistryProxy(env, { proxyUrl, caCert, npmDir }) {
	fs.mkdirSync(npmDir, { recursive: true });
	const userconfig = path.join(npmDir, 'npmrc');
	const globalconfig = path.join(npmDir, 'global-npmrc');
	for (const file of [userconfig, globalconfig])
		if (!fs.existsSync(file)) fs.writeFileSync(file, '');
	const inherited = /^(npm_|(https?|all|no)_proxy$)/i;
	const result = Object.fromEntries(Object.entries(env).filter(([key]) => !inherited.test(key)));
	const noProxy = '127.0.0.1,localhost,::1';
	return {
		...result,
		HTTPS_PROXY: proxyUrl,
		https_proxy: proxyUrl,
		HTTP_PROXY: proxyUrl,
		http_proxy: proxyUrl,
		NO_PROXY: noProxy,
		no_proxy: noProxy,
		NODE_EXTRA_CA_CERTS: caCert,
		npm_config_https_proxy: proxyUrl,
		npm_config_proxy: proxyUrl,
		npm_config_noproxy: noProxy,
		npm_config_cafile: caCert,
		npm_config_registry: `https://${NPM_REGISTRY_HOST}/`,
		npm_config_userconfig: userconfig,
		npm_config_globalconfig: globalconfig,
		npm_config_cache: path.join(npmDir, 'cache'),
		npm_config_update_notifier: 'false',
		npm_config_fund: 'false',
		npm_config_audit: 'false',
	};
}

module.exports = {
	VERDACCIO,
	NPM_REGISTRY_HOST,
	verdaccioDir,
	ensureVerdaccio,
	startVerdaccio,
	publish,
	withVersion,
	makeTestCa,
	startRegistryProxy,
	withRegistryProxy,
	freePort,
};
