/**
 * The dev dependencies (TypeScript, jest, n8n's lint and scanner, playwright-core...) installed at the
 * lockfile's versions when node_modules is missing or older than package.json / package-lock.json, so
 * `npm start` and `npm test` work on a bare clone with nothing run before them.
 *
 * The project's .npmrc sets ignore-scripts: a dependency of n8n's lint plugin has a preinstall that
 * insists on pnpm, and no dev dependency needs an install script.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const { ROOT, run } = require('./runtime');

const STAMP = path.join(ROOT, 'node_modules', '.n8n-nodes-heydonto-deps');

function lockDigest() {
	const hash = crypto.createHash('sha256');
	for (const file of ['package.json', 'package-lock.json'])
		hash.update(fs.readFileSync(path.join(ROOT, file)));
	return hash.digest('hex');
}

function ensureDevDependencies(log = console.log) {
	const digest = lockDigest();
	const current =
		fs.existsSync(STAMP) &&
		fs.readFileSync(STAMP, 'utf8').trim() === digest &&
		fs.existsSync(path.join(ROOT, 'node_modules', '.bin', 'n8n-node'));
	if (current) return false;
	log(
		fs.existsSync(path.join(ROOT, 'node_modules'))
			? 'Dev dependencies are older than package-lock.json: npm install...'
			: 'Installing the dev dependencies (npm install, about a minute, once)...',
	);
	const started = Date.now();
	run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: ROOT });
	fs.writeFileSync(STAMP, digest);
	log(`Dev dependencies installed in ${Math.round((Date.now() - started) / 1000)} s.`);
	return true;
}

module.exports = { ensureDevDependencies };
