#!/usr/bin/env node
/**
 * `npm run test:e2e`: the end-to-end suite (test/e2e) in a real n8n, once per supported version
 * (N8N_VERSIONS=2.41.1,2.8.4 picks some), each version installed into the cache folder first. Files
 * named `*.current.e2e.test.ts` are about the current n8n only (installing from a registry, queue mode)
 * and run on it alone. Prints, per version, every test that ran and its result.
 *
 *   npm run test:e2e                          # every supported version
 *   npm run test:e2e -- heydonto              # only the e2e files matching "heydonto"
 *   N8N_VERSIONS=2.8.4 npm run test:e2e
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');

const n8n = require('./lib/n8n');
const registry = require('./lib/registry');
const { cacheDir } = require('./lib/runtime');

const log = (message) => console.log(`[e2e] ${message}`);

/** Runs a command, prefixing its output lines; resolves with its exit code. */
function runPrefixed(command, args, { env = process.env, prefix = '' } = {}) {
	return new Promise((resolve) => {
		const child = spawn(command, args, { cwd: n8n.ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
		const pipe = (stream, target) => {
			let rest = '';
			stream.on('data', (chunk) => {
				const lines = (rest + chunk.toString()).split('\n');
				rest = lines.pop();
				for (const line of lines) target.write(`${prefix}${line}\n`);
			});
			stream.on('end', () => rest && target.write(`${prefix}${rest}\n`));
		};
		pipe(child.stdout, process.stdout);
		pipe(child.stderr, process.stderr);
		child.once('exit', (code) => resolve(code ?? 1));
	});
}

/** Installs every version of the matrix that is missing, side by side (each a few minutes, once). */
async function installAll(matrix) {
	const codes = await Promise.all(
		matrix.map((version) =>
			runPrefixed(process.execPath, [path.join(__dirname, 'n8n-host.js'), 'ensure', version.n8n], {
				prefix: `[n8n ${version.n8n}] `,
			}),
		),
	);
	if (codes.some((code) => code !== 0)) throw new Error('installing n8n failed (see above)');
}

async function runSuite(version, filters) {
	// One report per clone: clones sharing N8N_CACHE_DIR may run their suites at the same time.
	const clone = crypto.createHash('sha256').update(n8n.ROOT).digest('hex').slice(0, 8);
	const report = path.join(cacheDir(), 'e2e', `results-${version.n8n}-${clone}.json`);
	fs.mkdirSync(path.dirname(report), { recursive: true });
	fs.rmSync(report, { force: true });
	const current = version === n8n.versions.CURRENT;
	const args = [
		path.join(n8n.ROOT, 'node_modules', 'jest', 'bin', 'jest.js'),
		'--selectProjects',
		'e2e',
		'--runInBand',
		'--json',
		`--outputFile=${report}`,
		...filters,
		// Last: jest reads every argument after an array option as one more of its values (a filter after
		// it would be ignored as a pattern, and the whole suite would run).
		...(current ? [] : ['--testPathIgnorePatterns', '\\.current\\.e2e\\.test\\.ts$']),
	];
	const started = Date.now();
	const code = await runPrefixed(process.execPath, args, {
		env: { ...process.env, N8N_VERSION: version.n8n },
	});
	const seconds = Math.round((Date.now() - started) / 1000);
	const results = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, 'utf8')) : undefined;
	return { version, code, seconds, results };
}

/** The first line of a failure, without the colours jest puts in it. */
const firstLine = (text) =>
	String(text)
		.replace(/\u001b\[[0-9;]*m/g, '')
		.split('\n')
		.find((line) => line.trim() !== '')
		?.trim() ?? '';

function printSummary(runs) {
	console.log('\n[e2e] What ran, per n8n version:');
	for (const { version, code, seconds, results } of runs) {
		const node = version.node ?? process.version.slice(1);
		if (!results) {
			console.log(`\n  n8n ${version.n8n} (Node.js ${node}): jest exited ${code} without results`);
			continue;
		}
		const retried = results.testResults
			.flatMap((file) => file.assertionResults)
			.filter((test) => test.status === 'passed' && (test.invocations ?? 1) > 1).length;
		console.log(
			`\n  n8n ${version.n8n} (Node.js ${node}), ${seconds} s: ${results.numPassedTests} passed (${retried} of them on a retry), ${results.numFailedTests} failed, ${results.numPendingTests + results.numTodoTests} not run, in ${results.numTotalTestSuites} files`,
		);
		for (const file of results.testResults) {
			console.log(`    ${path.relative(n8n.ROOT, file.name)}`);
			for (const test of file.assertionResults) {
				const retried = (test.invocations ?? 1) > 1;
				const mark = test.status !== 'passed' ? 'FAIL' : retried ? 'RETRY' : 'ok  ';
				console.log(`      ${mark} ${test.fullName}`);
				// A test that passed only when run again (browser tests, see test/e2e/browser.ts).
				for (const reason of retried ? (test.retryReasons ?? []) : [])
					console.log(`           first run: ${firstLine(reason)}`);
			}
			if (file.assertionResults.length === 0 && file.message)
				console.log(`      FAIL ${file.message.split('\n')[0]}`);
		}
	}
}

async function main() {
	const filters = process.argv.slice(2);
	const matrix = n8n.versions.matrix();
	log(`n8n versions: ${matrix.map((version) => version.n8n).join(', ')}`);
	await installAll(matrix);
	// The install-from-registry test (current n8n only) publishes to a local verdaccio.
	if (matrix.includes(n8n.versions.CURRENT)) {
		registry.ensureVerdaccio(log);
		log(`verdaccio ${registry.VERDACCIO.version} ready in ${registry.verdaccioDir()}`);
	}
	const runs = [];
	for (const version of matrix) {
		log(`End-to-end suite on n8n ${version.n8n}...`);
		runs.push(await runSuite(version, filters));
	}
	printSummary(runs);
	const failed = runs.filter((run) => run.code !== 0 || !run.results || !run.results.success);
	if (failed.length > 0) {
		console.error(`\n[e2e] failed on n8n ${failed.map((run) => run.version.n8n).join(', ')}`);
		process.exit(1);
	}
	log(`green on n8n ${runs.map((run) => run.version.n8n).join(' and ')}`);
}

main().catch((error) => {
	console.error(`[e2e] ${error.stack ?? error.message}`);
	process.exit(1);
});
