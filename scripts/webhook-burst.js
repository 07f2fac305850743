#!/usr/bin/env node
/**
 * Measures webhook bursts in a real n8n: N deliveries sent at once (each with the sender's timeout,
 * 10 s by default, like Aerona's sandbox), to the Aerona Trigger and to n8n's own Webhook node in the
 * same n8n, in turns (A then B, then B then A, ...), each burst only once every execution of the one
 * before has finished. Prints, per burst, how many were answered 200 within the timeout, how many timed
 * out, the median and slowest answer, and how many executions n8n stored. One n8n start per setting.
 *
 *   node scripts/webhook-burst.js                                  # current n8n, 200 at once, 3 rounds
 *   BURST=200 ROUNDS=3 SETTINGS=default,lazy node scripts/webhook-burst.js
 *   N8N_VERSION=2.8.4 SETTINGS=default node scripts/webhook-burst.js
 *
 * Settings: default (n8n as installed), lazy (N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true), legacy
 * (N8N_EXPRESSION_ENGINE=legacy). The numbers depend on the machine and its load: they are for the
 * README's advice, not for tests.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const n8n = require('./lib/n8n');
const { importFiles } = require('./lib/demo');

const BURST = Number(process.env.BURST || 200);
const ROUNDS = Number(process.env.ROUNDS || 3);
const TIMEOUT_MS = Number(process.env.TIMEOUT_MS || 10000);
const SETTLE_MS = Number(process.env.SETTLE_MS || 180000);
const SETTINGS = {
	default: {},
	lazy: { N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true' },
	legacy: { N8N_EXPRESSION_ENGINE: 'legacy' },
};
const chosen = (process.env.SETTINGS || 'default,lazy').split(',').map((name) => name.trim());

const TARGETS = [
	{
		name: 'Aerona Trigger v2',
		id: 'burstAeronaTrig1',
		hook: 'burst-aerona',
		url: (base) => `${base}/webhook/burst-aerona/webhook`,
		node: {
			name: 'Aerona Trigger',
			type: 'n8n-nodes-heydonto.aeronaTrigger',
			typeVersion: 2,
			parameters: { objectTypes: ['appointment', 'patient'] },
		},
	},
	{
		name: "n8n's Webhook node v2",
		id: 'burstWebhookNod1',
		hook: 'burst-webhook',
		url: (base) => `${base}/webhook/burst-webhook`,
		node: {
			name: 'Webhook',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			parameters: { httpMethod: 'POST', path: 'burst-webhook', options: {} },
		},
	},
];

const workflowOf = (target) => ({
	id: target.id,
	name: target.name,
	active: false,
	settings: { executionOrder: 'v1' },
	connections: {},
	nodes: [{ id: `${target.id}-n`, position: [0, 0], webhookId: target.hook, ...target.node }],
});

/** fetch, asked again (up to a minute) while a busy n8n drops the connection or refuses the request. */
async function fetchPatiently(url, options) {
	for (let attempt = 0; ; attempt++) {
		try {
			const response = await fetch(url, options);
			if (response.ok || attempt >= 60) return response;
		} catch (error) {
			if (attempt >= 60) throw error;
		}
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
}

async function burst(url, label) {
	const started = Date.now();
	const results = await Promise.all(
		Array.from({ length: BURST }, async (_, index) => {
			const sent = Date.now();
			try {
				const response = await fetch(url, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({
						deliveryId: `${label}-${started}-${index}`,
						objectType: 'Appointment',
						event: 'Updated',
						id: 34200 + index,
					}),
					signal: AbortSignal.timeout(TIMEOUT_MS),
				});
				await response.text();
				return { status: response.status, ms: Date.now() - sent };
			} catch {
				return { status: 0, ms: Date.now() - sent };
			}
		}),
	);
	const answered = results.filter((result) => result.status === 200);
	const ms = answered.map((result) => result.ms).sort((a, b) => a - b);
	return {
		answered: answered.length,
		timedOut: results.filter((result) => result.status === 0).length,
		p50: ms.length ? ms[Math.floor(ms.length / 2)] : null,
		max: ms.length ? ms[ms.length - 1] : null,
	};
}

async function main() {
	const version = n8n.versionOf();
	n8n.ensureN8n(console.log, version);
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'webhook-burst-'));
	const tarball = n8n.packPackage(path.join(work, 'pack'));
	const rows = [];
	for (const setting of chosen) {
		const userFolder = path.join(work, `home-${setting}`);
		n8n.installPackage(userFolder, tarball);
		const port = await n8n.freePortPair();
		const env = n8n.n8nEnv({
			userFolder,
			port,
			version,
			// Metrics: the expression engine's counters (isolates taken from the pool, built on the
			// request path, expressions that reached the engine) are read before and after each burst.
			extra: { N8N_LOG_LEVEL: 'warn', N8N_METRICS: 'true', ...SETTINGS[setting] },
		});
		importFiles(
			env,
			{ credentials: [], workflows: TARGETS.map(workflowOf) },
			path.join(work, 'import'),
		);
		for (const target of TARGETS) n8n.cliOrThrow(['publish:workflow', `--id=${target.id}`], env);
		const logFile = path.join(work, `n8n-${setting}.log`);
		const server = await n8n.startN8n(env, {
			timeoutMs: 240000,
			onOutput: (text) => fs.appendFileSync(logFile, text),
		});
		try {
			const cookie = await n8n.ownerSession(server.base);
			const rest = async (method, route, body) =>
				await (
					await fetch(`${server.base}/rest${route}`, {
						method,
						headers: { 'content-type': 'application/json', cookie },
						body: body ? JSON.stringify(body) : undefined,
					})
				).json();
			const scopes = (await rest('GET', '/api-keys/scopes')).data;
			const apiKey = (await rest('POST', '/api-keys', { label: 'burst', scopes, expiresAt: null }))
				.data.rawApiKey;
			const count = async (workflowId) => {
				let total = 0;
				let running = 0;
				let cursor;
				for (;;) {
					const query = new URLSearchParams({ workflowId, limit: '250' });
					if (cursor) query.set('cursor', cursor);
					const response = await fetchPatiently(`${server.base}/api/v1/executions?${query}`, {
						headers: { 'X-N8N-API-KEY': apiKey },
					});
					const page = await response.json();
					total += page.data.length;
					running += page.data.filter((execution) => !execution.finished).length;
					cursor = page.nextCursor ?? undefined;
					if (!cursor) break;
				}
				return { total, running };
			};
			// Settled: nothing running, and no new execution stored for three polls in a row (requests
			// that timed out at the sender may still be on their way to n8n's database).
			// Executions still running after SETTLE_MS are reported as stuck (n8n 2.41 on its default
			// settings leaves some "running" for good under a burst).
			const settled = async () => {
				let previous = '';
				let quiet = 0;
				const deadline = Date.now() + SETTLE_MS;
				for (;;) {
					const counts = await Promise.all(TARGETS.map(async (target) => await count(target.id)));
					const key = JSON.stringify(counts);
					quiet = counts.every((entry) => entry.running === 0) && key === previous ? quiet + 1 : 0;
					if (quiet >= 3 || Date.now() > deadline) return counts;
					previous = key;
					await new Promise((resolve) => setTimeout(resolve, 1000));
				}
			};
			for (const target of TARGETS) {
				for (let attempt = 0; attempt < 240; attempt++) {
					const preflight = await fetch(target.url(server.base), {
						method: 'OPTIONS',
						headers: { Origin: 'http://127.0.0.1', 'Access-Control-Request-Method': 'POST' },
					});
					if (preflight.status === 204) break;
					await new Promise((resolve) => setTimeout(resolve, 500));
				}
			}
			const metrics = async () => {
				const text = await (await fetchPatiently(`${server.base}/metrics`)).text();
				const read = (name) =>
					text
						.split('\n')
						.filter((line) => line.startsWith(`n8n_${name}`) && !line.startsWith('#'))
						.reduce((total, line) => total + Number(line.split(' ').pop()), 0);
				return {
					isolates: read('expression_pool_acquired_total'),
					coldStarts: read('expression_pool_cold_start_sync_total'),
					evaluations:
						read('expression_code_cache_hit_total') + read('expression_code_cache_miss_total'),
				};
			};
			for (let round = 0; round < ROUNDS; round++) {
				const order = round % 2 === 0 ? TARGETS : [...TARGETS].reverse();
				for (const target of order) {
					const before = await settled();
					const engineBefore = await metrics();
					const result = await burst(target.url(server.base), target.hook);
					const after = await settled();
					const engineAfter = await metrics();
					const index = TARGETS.indexOf(target);
					const row = {
						n8n: version.n8n,
						setting,
						round: round + 1,
						target: target.name,
						...result,
						executions: after[index].total - before[index].total,
						stuck: after[index].running,
						isolates: engineAfter.isolates - engineBefore.isolates,
						coldStarts: engineAfter.coldStarts - engineBefore.coldStarts,
						evaluations: engineAfter.evaluations - engineBefore.evaluations,
						load: os.loadavg()[0].toFixed(1),
					};
					rows.push(row);
					console.log(JSON.stringify(row));
				}
			}
		} finally {
			await n8n.stopN8n(server.child);
		}
	}
	console.log(
		'\n| n8n | setting | round | target | answered in time | timed out | p50 ms | max ms | executions | load |',
	);
	console.log('|---|---|---|---|---|---|---|---|---|---|');
	for (const row of rows) {
		console.log(
			`| ${row.n8n} | ${row.setting} | ${row.round} | ${row.target} | ${row.answered}/${BURST} | ${row.timedOut} | ${row.p50 ?? '-'} | ${row.max ?? '-'} | ${row.executions} | ${row.stuck} | ${row.isolates} | ${row.evaluations} | ${row.load} |`,
		);
	}
	if (process.env.KEEP) console.log(`n8n logs and data kept in ${work}`);
	else fs.rmSync(work, { recursive: true, force: true });
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
