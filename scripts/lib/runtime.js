/**
 * Where the scripts keep what they install (the cache folder) and the Node.js runtimes n8n runs on.
 *
 * The cache folder is `.cache/` in the clone (git-ignored), or N8N_CACHE_DIR to share one cache between
 * clones. A Node.js other than the one running the scripts comes from the npm registry's
 * `node-<os>-<arch>` package (the official binary and headers), unpacked once into the cache folder:
 * no apt, no nodejs.org, nothing but npm.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..', '..');

function cacheDir() {
	return path.resolve(process.env.N8N_CACHE_DIR || path.join(ROOT, '.cache'));
}

function run(command, args, options = {}) {
	const result = spawnSync(command, args, { stdio: 'inherit', ...options });
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
	}
	return result;
}

/** Downloads `<package>@<version>` from the npm registry and unpacks it into `dir`. */
function unpackRegistryPackage(spec, dir, members = []) {
	const staging = `${dir}.partial`;
	fs.rmSync(staging, { recursive: true, force: true });
	fs.mkdirSync(staging, { recursive: true });
	const packed = spawnSync('npm', ['pack', spec, '--silent', '--pack-destination', staging], {
		encoding: 'utf8',
	});
	if (packed.status !== 0) throw new Error(`could not fetch ${spec}: ${packed.stderr}`);
	const tarball = path.join(staging, packed.stdout.trim().split('\n').pop());
	run('tar', ['xzf', tarball, '-C', staging, '--strip-components=1', ...members]);
	fs.rmSync(tarball);
	fs.rmSync(dir, { recursive: true, force: true });
	fs.renameSync(staging, dir);
}

/**
 * The Node.js runtime for `version` ("24.21.0"; null = the one running this script):
 * `{ version, bin, home }` where `home` holds bin/node and include/node (headers for native builds).
 */
function ensureNode(version, log = console.log) {
	if (!version || `v${version}` === process.version) {
		return { version: process.version.slice(1), bin: process.execPath, home: systemNodeHome() };
	}
	const home = path.join(cacheDir(), `node-v${version}-${process.platform}-${process.arch}`);
	const bin = path.join(home, 'bin', 'node');
	if (!fs.existsSync(bin) || !fs.existsSync(path.join(home, 'include', 'node', 'node.h'))) {
		const spec = `node-${process.platform}-${process.arch}@${version}`;
		log(`Fetching Node.js ${version} from the npm registry (${spec}, about 50 MB, once)...`);
		unpackRegistryPackage(spec, home, ['package/bin/node', 'package/include']);
	}
	const printed = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
	if (printed !== `v${version}`)
		throw new Error(`${bin} --version printed "${printed}", expected v${version}`);
	return { version, bin, home };
}

/**
 * A folder with the running Node's C++ headers (include/node) for node-gyp, which would otherwise
 * download them from nodejs.org: the system's (/usr when they match), or the registry's
 * node-<os>-<arch> package of this Node version.
 */
function systemNodeHome() {
	const home = path.dirname(path.dirname(process.execPath));
	if (fs.existsSync(path.join(home, 'include', 'node', 'node.h'))) return home;
	if (home !== '/usr' && fs.existsSync('/usr/include/node/node.h') && sameVersionHeaders('/usr'))
		return '/usr';
	const dir = path.join(cacheDir(), `node-headers-${process.version}`);
	if (!fs.existsSync(path.join(dir, 'include', 'node', 'node.h'))) {
		unpackRegistryPackage(
			`node-${process.platform}-${process.arch}@${process.version.slice(1)}`,
			dir,
			['package/include'],
		);
	}
	return dir;
}

function sameVersionHeaders(home) {
	const header = fs.readFileSync(path.join(home, 'include', 'node', 'node_version.h'), 'utf8');
	const part = (name) => new RegExp(`#define ${name} (\\d+)`).exec(header)?.[1];
	return (
		`v${part('NODE_MAJOR_VERSION')}.${part('NODE_MINOR_VERSION')}.${part('NODE_PATCH_VERSION')}` ===
		process.version
	);
}

/**
 * npm settings for this offline machine kind: native modules build against the runtime's own headers,
 * no telemetry, and the runtime first on PATH (so `#!/usr/bin/env node` scripts run on it).
 */
function npmEnv(node, base = process.env) {
	return {
		...base,
		PATH: `${path.dirname(node.bin)}${path.delimiter}${base.PATH ?? ''}`,
		SCARF_ANALYTICS: 'false',
		npm_config_fund: 'false',
		npm_config_audit: 'false',
		npm_config_update_notifier: 'false',
		npm_config_nodedir: node.home,
	};
}

module.exports = { ROOT, cacheDir, ensureNode, npmEnv, run };
