#!/usr/bin/env node
/**
 * `npm run bench`: runs each benchmark case in a real n8n against the sandbox, at several network
 * latencies (the sandbox delays every API answer by D ms, with a jitter of ±D/10), and reports for the
 * package's node and for its baselines (n8n's own HTTP Request node doing the same job) in the same
 * run: the API requests sent (and the connections they came over), the items produced, the nodes' execution time, the wall time of
 * `n8n execute` and the peak memory of the n8n process, and the ratios to the first baseline. A case's
 * `expect` (exact request and item counts, a check of the request log) is checked, and every run's
 * output must equal the node's (after the run's `normalize`); a miss makes the run exit 1. Times and
 * memory are reported, never asserted.
 *
 *   npm run bench                          # every case at 0, 50 and 150 ms; rewrites the README's table
 *   npm run bench -- heydonto              # the cases whose file name or title contains "heydonto"
 *   BENCH_LATENCIES=150 BENCH_REPEAT=3 node test/bench/run.js alfadocs
 *   node test/bench/run.js --readme        # the README's table from the results so far
 *
 * BENCH_REPEAT runs every case that many times per latency and reports medians. N8N_VERSION picks
 * another supported n8n (default: the current one). Results accumulate, by case and latency, in
 * .cache/bench/results.json; a full run (no filter, the default latencies) also rewrites the table
 * between the README's `<!-- bench:start -->` and `<!-- bench:end -->` markers.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { isDeepStrictEqual } = require('node:util');

const n8n = require('../../scripts/lib/n8n');
const { sandboxClient, startSandboxProcess } = require('../../scripts/lib/sandbox');
const { peakInWindow } = require('../../sandbox/lib/ratelimit');

const CASES_DIR = path.join(__dirname, 'cases');
const MEASURE = path.join(n8n.ROOT, 'scripts', 'lib', 'measure.js');
const RESULTS = path.join(n8n.ROOT, '.cache', 'bench', 'results.json');
const README = path.join(n8n.ROOT, 'README.md');
const DEFAULT_LATENCIES = [0, 50, 150];

const latencies = () =>
	process.env.BENCH_LATENCIES
		? process.env.BENCH_LATENCIES.split(',').map((value) => Number(value.trim()))
		: DEFAULT_LATENCIES;
const jitterOf = (ms) => Math.round(ms / 10);
const repeats = () => Math.max(1, Number(process.env.BENCH_REPEAT ?? 1));

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
		timeoutMs: 600000,
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
	const output = (last?.data?.main?.[0] ?? []).map((item) => item.json);
	const nodeMs = nodes.reduce((sum, name) => sum + (runData[name]?.[0]?.executionTime ?? 0), 0);
	return {
		label: runSpec.label,
		baseline: Boolean(runSpec.baseline),
		error: failed,
		requests: requests.filter((request) => matches(request, runSpec.countRequests)).length,
		allRequests: requests.length,
		// Client connections the requests came over (fewer than requests: some were kept alive).
		connections: new Set(requests.map((request) => request.connection)).size,
		items: output.length,
		nodeMs,
		wallMs: Math.round(execution.wallMs),
		peakRssMb: Math.round(execution.maxRss / 1024 / 1024),
		// Requests per second of node time, and the most that arrived within any one second.
		requestsPerSecond: nodeMs > 0 ? requests.length / (nodeMs / 1000) : undefined,
		peakPerSecond: peakInWindow(
			requests.map((request) => request.at),
			1000,
		),
		output: runSpec.normalize ? output.map(runSpec.normalize) : output,
		requestLog: requests,
	};
}

function checkExpectations(runSpec, result, reference) {
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
	if (reference && reference !== result && !isDeepStrictEqual(result.output, reference.output)) {
		const index = result.output.findIndex(
			(json, i) => !isDeepStrictEqual(json, reference.output[i]),
		);
		const [mine, theirs] = [result.output[index] ?? {}, reference.output[index] ?? {}];
		const keys = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].filter(
			(key) => !isDeepStrictEqual(mine[key], theirs[key]),
		);
		problems.push(
			`output differs from the ${reference.label}'s (${result.output.length} and ${reference.output.length} items), first at item ${index}, in ${keys.join(', ')}: ${JSON.stringify(keys.map((key) => mine[key])).slice(0, 200)} vs ${JSON.stringify(keys.map((key) => theirs[key])).slice(0, 200)}`,
		);
	}
	return problems;
}

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** One run of a case at one latency, over the repeats: medians of time and memory. */
function aggregate(results) {
	const [first] = results;
	return {
		label: first.label,
		baseline: first.baseline,
		requests: first.requests,
		allRequests: first.allRequests,
		connections: first.connections,
		items: first.items,
		nodeMs: Math.round(median(results.map((result) => result.nodeMs))),
		nodeMsRuns: results.map((result) => result.nodeMs),
		wallMs: Math.round(median(results.map((result) => result.wallMs))),
		peakRssMb: Math.round(median(results.map((result) => result.peakRssMb))),
		requestsPerSecond:
			first.requestsPerSecond === undefined
				? undefined
				: median(results.map((result) => result.requestsPerSecond)),
		peakPerSecond: Math.max(...results.map((result) => result.peakPerSecond)),
		problems: results.flatMap((result) => result.problems),
	};
}

const ratio = (value, base) => (base ? value / base : undefined);
const times = (value) => (value === undefined ? '' : `${value.toFixed(2)}x`);

function printCase(benchCase, latency, runs) {
	const [baseline] = runs.filter((run) => run.baseline);
	console.log(`\n${benchCase.title}, D = ${latency} ms (±${jitterOf(latency)} ms)`);
	const header = [
		'run',
		'requests',
		'connections',
		'items',
		'node ms',
		'wall ms',
		'peak MB',
		'time vs baseline',
		'memory vs baseline',
		...(benchCase.rate ? ['req/s', 'peak per s'] : []),
	];
	const rows = runs.map((run) => [
		`${run.label}${run === baseline ? ' (baseline)' : ''}`,
		String(run.requests),
		`${run.connections} for ${run.allRequests}`,
		String(run.items),
		run.nodeMsRuns.length > 1 ? `${run.nodeMs} (${run.nodeMsRuns.join(', ')})` : String(run.nodeMs),
		String(run.wallMs),
		String(run.peakRssMb),
		times(ratio(run.nodeMs, baseline?.nodeMs)),
		times(ratio(run.peakRssMb, baseline?.peakRssMb)),
		...(benchCase.rate ? [run.requestsPerSecond.toFixed(1), String(run.peakPerSecond)] : []),
	]);
	const widths = header.map((title, column) =>
		Math.max(title.length, ...rows.map((row) => row[column].length)),
	);
	const line = (cells) =>
		`  ${cells.map((cell, column) => cell.padEnd(widths[column])).join('  ')}`;
	console.log(line(header));
	for (const row of rows) console.log(line(row));
	for (const run of runs) {
		for (const problem of run.problems) console.log(`  ✗ ${run.label}: ${problem}`);
	}
}

/** The README's performance table: per case, the time ratio at each latency and the memory ratio. */
function readmeTable(stored, cases) {
	const ms = DEFAULT_LATENCIES;
	const lines = [
		`| Job | Requests (node / HTTP Request node) | ${ms.map((latency) => `D = ${latency} ms`).join(' | ')} | Memory |`,
		`|---|---|${ms.map(() => '---|').join('')}---|`,
	];
	const missing = [];
	for (const benchCase of cases) {
		const byLatency = ms.map((latency) => stored.cases[benchCase.title]?.[latency]);
		if (byLatency.some((entry) => !entry)) {
			missing.push(benchCase.title);
			continue;
		}
		const node = (entry) => entry.runs.find((run) => !run.baseline);
		const baselines = (entry) => entry.runs.filter((run) => run.baseline);
		const cells = byLatency.map((entry) => {
			const parts = baselines(entry).map((base) => times(ratio(node(entry).nodeMs, base.nodeMs)));
			const rate = benchCase.rate ? ` (${node(entry).requestsPerSecond.toFixed(1)} req/s)` : '';
			return `${parts.join(' / ')}${rate}`;
		});
		const memory = Math.max(
			...byLatency.map((entry) => ratio(node(entry).peakRssMb, baselines(entry)[0].peakRssMb)),
		);
		const first = byLatency[0];
		const vs = baselines(first)
			.map((base) => base.label.replace(/^HTTP Request node,? ?/, '').trim() || 'HTTP Request node')
			.join(' / ');
		lines.push(
			`| ${benchCase.title} (vs ${vs}) | ${node(first).requests} / ${baselines(first)
				.map((base) => base.requests)
				.join(' / ')} | ${cells.join(' | ')} | ${times(memory)} |`,
		);
	}
	return { lines, missing };
}

function writeReadme(stored, cases) {
	const { lines, missing } = readmeTable(stored, cases);
	if (missing.length > 0) {
		console.log(
			`\nREADME not rewritten: no results at ${DEFAULT_LATENCIES.join(', ')} ms for ${missing.join('; ')}`,
		);
		return false;
	}
	const versions = [
		...new Set(
			Object.values(stored.cases).flatMap((byLatency) =>
				Object.values(byLatency).map((entry) => entry.n8n),
			),
		),
	];
	const runsPer = [
		...new Set(
			Object.values(stored.cases).flatMap((byLatency) =>
				Object.values(byLatency).map((entry) => entry.repeats),
			),
		),
	];
	const table = [
		'<!-- bench:start -->',
		`Node time as n8n records it, the package's node over n8n's HTTP Request node doing the same job (below 1 is faster), medians of ${runsPer.join(' or ')} run(s) per latency on n8n ${versions.join(', ')}, against the sandbox with D ms of latency (±D/10 jitter) on every answer. Written by \`npm run bench\`.`,
		'',
		...lines,
		'<!-- bench:end -->',
	].join('\n');
	const text = fs.readFileSync(README, 'utf8');
	const pattern = /<!-- bench:start -->[\s\S]*?<!-- bench:end -->/;
	if (!pattern.test(text)) throw new Error('README.md has no <!-- bench:start/end --> markers');
	fs.writeFileSync(README, text.replace(pattern, table));
	console.log('\nREADME.md: performance table rewritten');
	return true;
}

function readStored() {
	try {
		return JSON.parse(fs.readFileSync(RESULTS, 'utf8'));
	} catch {
		return { cases: {} };
	}
}

async function main() {
	const args = process.argv.slice(2);
	const readmeOnly = args.includes('--readme');
	const filters = args.filter((arg) => !arg.startsWith('--'));
	const allCases = loadCases([]);
	if (readmeOnly) {
		if (!writeReadme(readStored(), allCases)) process.exit(1);
		return;
	}
	const cases = loadCases(filters);
	if (cases.length === 0) throw new Error('no benchmark case matches');
	const version = n8n.versionOf();
	n8n.ensureN8n(console.log, version);
	const load = () =>
		os
			.loadavg()
			.map((value) => value.toFixed(1))
			.join(' ');
	console.log(
		`n8n ${version.n8n} (N8N_VERSION picks another supported version); latencies ${latencies().join(', ')} ms; ${repeats()} run(s) each; ${os.cpus().length} CPUs, load ${load()}`,
	);
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-heydonto-bench-'));
	const userFolder = path.join(work, 'home');
	n8n.installPackage(userFolder, n8n.packPackage(path.join(work, 'pack')));
	const sandboxProcess = await startSandboxProcess({ args: ['--quiet'] });
	const sandbox = sandboxClient(sandboxProcess.url);
	const env = n8n.n8nEnv({ userFolder, port: await n8n.freePortPair() });
	const stored = readStored();
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
			for (const latency of latencies()) {
				const perRun = benchCase.runs.map(() => []);
				for (let repeat = 0; repeat < repeats(); repeat++) {
					let reference;
					for (const [index, runSpec] of benchCase.runs.entries()) {
						await sandbox.reset();
						await sandbox.latency(latency, jitterOf(latency));
						if (benchCase.setup) await benchCase.setup(sandbox);
						await sandbox.clearRequests();
						const execution = await measuredExecute(runSpec.workflow.id, env);
						const result = summarize(runSpec, execution, await sandbox.requests());
						reference ??= result;
						result.problems = checkExpectations(runSpec, result, reference);
						failures += result.problems.length;
						delete result.requestLog;
						perRun[index].push(result);
					}
					for (const results of perRun) delete results[repeat].output;
				}
				const runs = perRun.map(aggregate);
				printCase(benchCase, latency, runs);
				stored.cases[benchCase.title] ??= {};
				stored.cases[benchCase.title][latency] = {
					at: new Date().toISOString(),
					n8n: version.n8n,
					repeats: repeats(),
					jitterMs: jitterOf(latency),
					load: load(),
					runs,
				};
			}
		}
	} finally {
		await sandbox.clearLatency().catch(() => undefined);
		await sandboxProcess.stop();
		fs.rmSync(work, { recursive: true, force: true });
	}
	fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
	fs.writeFileSync(RESULTS, JSON.stringify(stored, null, 2));
	console.log(`\nResults: ${path.relative(n8n.ROOT, RESULTS)} (load ${load()})`);
	const full = filters.length === 0 && !process.env.BENCH_LATENCIES;
	if (full && failures === 0) writeReadme(stored, allCases);
	if (failures > 0) {
		console.error(`${failures} expectation(s) missed`);
		process.exit(1);
	}
}

main().catch((error) => {
	console.error(error.stack ?? error.message);
	process.exit(1);
});
