#!/usr/bin/env node
/**
 * `npm test`, from a bare clone: the dev dependencies (when missing or stale), lint, build, n8n's
 * verification scanner, unit and contract tests, then the end-to-end suite in a real n8n on every
 * supported version (scripts/e2e.js). Each step prints a line when it starts and how long it took.
 */
const { spawnSync } = require('node:child_process');

const { ensureDevDependencies } = require('./lib/deps');
const { ROOT } = require('./lib/runtime');

const log = (message) => console.log(`[test] ${message}`);

function step(title, command, args) {
	log(`${title}...`);
	const started = Date.now();
	const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
	const seconds = Math.round((Date.now() - started) / 1000);
	if (result.status !== 0) {
		log(`${title} failed after ${seconds} s`);
		process.exit(result.status ?? 1);
	}
	log(`${title}: ok (${seconds} s)`);
}

const started = Date.now();
ensureDevDependencies(log);
step('Lint (n8n community-node rules) and type check of the tests', 'npm', ['run', 'lint']);
step('Build', 'npm', ['run', 'build']);
step("n8n's verification scanner", 'npm', ['run', 'scan']);
step('Unit and contract tests', 'npm', ['run', 'test:unit']);
step('End-to-end tests in a real n8n, on every supported version', process.execPath, [
	'scripts/e2e.js',
]);
log(`All green in ${Math.round((Date.now() - started) / 60000)} min.`);
