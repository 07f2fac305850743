#!/usr/bin/env node
/**
 * `npm run bench`: runs each benchmark case in a real n8n against the sandbox and reports, for the
 * package's node and for its baseline (n8n's own HTTP Request node doing the same job) in the same run:
 * the API requests sent, the items produced, the nodes' execution time, the wall time of `n8n execute`
 * and the peak memory of the n8n process. A case's `expect` (e.g. an exact request count) is checked;
 * a miss makes the run exit 1. Results are also written to .cache/bench/results.json.
 *
 *   npm run bench                 # every case
 *   npm run bench -- heydonto     # the cases whose file name or title contains "heydonto"
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const n8n = require('../../scripts/lib/n8n');
const { sandboxClient, startSandboxProcess } = require('../../scripts/lib/sandbox');

const CASES_DIR = path.join(__dirname, 'cases');
const MEASURE = path.join(n8n.ROOT, 'scripts', 'lib', 'measure.js');

function loadCases(filters) {
	return fs
		.readdirSync(CASES_DIR)
		.filter((file) => file.endsWith('.js'))
		.flatMap((file) =>
			require(path.join(CASES_DIR, file)).map((benchCase) => ({ ...benchCase, file })),
		)
		.filter(
			(benchCase) =>
				filters.length === 0 ||
				filters.some((filter) =>
					`${benchCase.file} ${benchCase.title}`.toLowerCase().includes(filter.toLowerCase()),
				),
		);
}

/** `n8n execute` under the memory probe; resolves with the stored run, wall time and peak RSS. */
async function measuredExecute(workflowId, env) {
	const started = process.hrtime.bigint();
	const result = await n8n.executeWorkflow(workflowId, env, {
		command: [n8n.nodeFor(env.N8N_VERSION).bin, MEASURE, n8n.n8nCommand(env.N8N_VERSION)[1]],
	});
	const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
	if (!result.run)
		throw new Error(
			`n8n execute --id=${workflowId} stored no execution:\n${result.stdout}\n${result.stderr}`,
		);
	const maxRss = Number(/__MAXRSS_KB__=(\d+)/.exec(result.stderr)?.[1] ?? 0) * 1024;
	return { run: result.run, wallMs, maxRss };
}

function matches(request, match = {}) {
	return (
		(!match.method || request.method === match.method) &&
		(!match.path || new RegExp(match.path).test(request.path))
	);
}

function summarize(runSpec, execution, requests) {
	const runData = execution.run.data.resultData.runData;
	const nodes = [].concat(runSpec.nodes);
	const last = runData[nodes[nodes.length - 1]]?.[0];
	const failed =
		nodes.map((name) => runData[name]?.[0]?.error?.message).find(Boolean) ??
		execution.run.data.resultData.error?.message;
	return {
		label: runSpec.label,
		baseline: Boolean(runSpec.baseline),
		error: failed,
		requests: requests.filter((request) => matches(request, runSpec.countRequests)).length,
		allRequests: requests.length,
		items: last?.data?.main?.[0]?.length ?? 0,
		nodeMs: nodes.reduce((sum, name) => sum + (runData[name]?.[0]?.executionTime ?? 0), 0),
		wallMs: Math.round(execution.wallMs),
		peakRssMb: Math.round(execution.maxRss / 1024 / 1024),
		requestLog: requests,
	};
}

function checkExpectations(runSpec, result) {
	const problems = [];
	if (result.error) problems.push(`failed: ${result.error}`);
	const expected = runSpec.expect ?? {};
	if (expected.requests !== undefined && result.requests !== expected.requests) {
		problems.push(`expected exactly ${expected.requests} requests, sent ${result.requests}`);
	}
	if (expected.items !== undefined && result.items !== expected.items) {
		problems.push(`expected ${expected.items} items, got ${result.items}`);
	}
	if (typeof expected.check === 'function') {
		const message = expected.check(result);
		if (message) problems.push(message);
	}
	return problems;
}

function printCase(benchCase, results) {
	const baseline = results.find((result) => result.baseline);
	const ratio = (value, base) => (base ? `${(value / base).toFixed(2)}x` : '');
	console.log(`\n${benchCase.title}`);
	const header = [
		'run',
		'requests',
		'items',
		'node ms',
		'wall ms',
		'peak MB',
		'time vs baseline',
		'memory vs baseline',
	];
	const rows = results.map((result) => [
		`${result.label}${result.baseline ? ' (baseline)' : ''}`,
		String(result.requests),
		String(result.items),
		String(result.nodeMs),
		String(result.wallMs),
		String(result.peakRssMb),
		result.baseline ? '1.00x' : ratio(result.nodeMs, baseline?.nodeMs),
		result.baseline ? '1.00x' : ratio(result.peakRssMb, baseline?.peakRssMb),
	]);
	const widths = header.map((title, column) =>
		Math.max(title.length, ...rows.map((row) => row[column].length)),
	);
	const line = (cells) =>
		`  ${cells.map((cell, column) => cell.padEnd(widths[column])).join('  ')}`;
	console.log(line(header));
	for (const row of rows) console.log(line(row));
	for (const result of results) {
		for (const problem of result.problems) console.log(`  ✗ ${result.label}: ${problem}`);
	}
}

async function main() {
	const cases = loadCases(process.argv.slice(2));
	if (cases.length === 0) throw new Error('no benchmark case matches');
	const version = n8n.versionOf();
	n8n.ensureN8n(console.log, version);
	console.log(`n8n ${version.n8n} (N8N_VERSION picks another supported version)`);
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-heydonto-bench-'));
	const userFolder = path.join(work, 'home');
	n8n.installPackage(userFolder, n8n.packPackage(path.join(work, 'pack')));
	const sandboxProcess = await startSandboxProcess({ args: ['--quiet'] });
	const sandbox = sandboxClient(sandboxProcess.url);
	const env = n8n.n8nEnv({ userFolder, port: await n8n.freePortPair() });
	const report = [];
	let failures = 0;
	try {
		const credentials = [];
		for (const benchCase of cases) credentials.push(...(await benchCase.credentials(sandbox)));
		fs.writeFileSync(path.join(work, 'credentials.json'), JSON.stringify(credentials));
		fs.mkdirSync(path.join(work, 'workflows'));
		for (const benchCase of cases) {
			for (const runSpec of benchCase.runs) {
				const json = JSON.stringify(runSpec.workflow).split('__SANDBOX__').join(sandbox.url);
				fs.writeFileSync(path.join(work, 'workflows', `${runSpec.workflow.id}.json`), json);
			}
		}
		n8n.cliOrThrow(['import:credentials', `--input=${path.join(work, 'credentials.json')}`], env);
		n8n.cliOrThrow(
			['import:workflow', '--separate', `--input=${path.join(work, 'workflows')}`],
			env,
		);

		for (const benchCase of cases) {
			const results = [];
			for (const runSpec of benchCase.runs) {
				await sandbox.reset();
				if (benchCase.setup) await benchCase.setup(sandbox);
				await sandbox.clearRequests();
				const execution = await measuredExecute(runSpec.workflow.id, env);
				const result = summarize(runSpec, execution, await sandbox.requests());
				result.problems = checkExpectations(runSpec, result);
				failures += result.problems.length;
				results.push(result);
			}
			printCase(benchCase, results);
			report.push({
				title: benchCase.title,
				results: results.map(({ requestLog, ...result }) => result),
			});
		}
	} finally {
		await sandboxProcess.stop();
		fs.rmSync(work, { recursive: true, force: true });
	}
	const out = path.join(n8n.ROOT, '.cache', 'bench');
	fs.mkdirSync(out, { recursive: true });
	fs.writeFileSync(
		path.join(out, 'results.json'),
		JSON.stringify({ at: new Date().toISOString(), report }, null, 2),
	);
	console.log(`\nResults: ${path.relative(n8n.ROOT, path.join(out, 'results.json'))}`);
	if (failures > 0) {
		console.error(`${failures} expectation(s) missed`);
		process.exit(1);
	}
}

main().catch((error) => {
	console.error(error.message);
	process.exit(1);
});
