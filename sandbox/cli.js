#!/usr/bin/env node
'use strict';
/**
 * node sandbox/cli.js [--port 3901] [--host 127.0.0.1] [--token-ttl 3600] [--login-shape token|accessToken] [--quiet]
 *   Aerona: [--aerona-token-ttl 3600] [--aerona-rate-limit 300] [--aerona-rate-window-ms 900000]
 *   webhooks: [--webhook-retry-ms 60000] [--webhook-max-retries 24] [--webhook-timeout-ms 10000]
 *   latency: [--latency-ms 0] [--jitter-ms 0] [--latency-seed sandbox-latency]
 * The port defaults to $SANDBOX_PORT, then 3901. The latency defaults to $SANDBOX_LATENCY_MS,
 * $SANDBOX_JITTER_MS and $SANDBOX_LATENCY_SEED (a flag wins over the environment).
 */
const { startSandbox } = require('./index');

function parseArgs(argv) {
	const out = {};
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=', 2);
		const value = () => (inline !== undefined ? inline : argv[++i]);
		if (flag === '--port') out.port = Number(value());
		else if (flag === '--host') out.host = value();
		else if (flag === '--token-ttl') out.tokenTtlSeconds = Number(value());
		else if (flag === '--login-shape') out.loginResponseShape = value();
		else if (flag === '--aerona-token-ttl') out.aeronaTokenTtlSeconds = Number(value());
		else if (flag === '--aerona-rate-limit') out.aeronaRateLimit = Number(value());
		else if (flag === '--aerona-rate-window-ms') out.aeronaRateWindowMs = Number(value());
		else if (flag === '--webhook-retry-ms') out.webhookRetryMs = Number(value());
		else if (flag === '--webhook-max-retries') out.webhookMaxRetries = Number(value());
		else if (flag === '--webhook-timeout-ms') out.webhookTimeoutMs = Number(value());
		else if (flag === '--latency-ms') out.latencyMs = Number(value());
		else if (flag === '--jitter-ms') out.jitterMs = Number(value());
		else if (flag === '--latency-seed') out.latencySeed = value();
		else if (flag === '--quiet') out.quiet = true;
		else if (flag === '--help' || flag === '-h') out.help = true;
		else throw new Error(`unknown option ${argv[i]}`);
	}
	return out;
}

/** Options from the environment: SANDBOX_LATENCY_MS, SANDBOX_JITTER_MS, SANDBOX_LATENCY_SEED. */
function fromEnvironment(env) {
	const out = {};
	const number = (name) => {
		const raw = env[name];
		if (raw === undefined || raw === '') return undefined;
		if (!/^\d+$/.test(raw.trim()))
			throw new Error(`${name} must be a whole number of milliseconds`);
		return Number(raw);
	};
	out.latencyMs = number('SANDBOX_LATENCY_MS');
	out.jitterMs = number('SANDBOX_JITTER_MS');
	if (env.SANDBOX_LATENCY_SEED) out.latencySeed = env.SANDBOX_LATENCY_SEED;
	return out;
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	if (args.help) {
		console.log(
			'usage: node sandbox/cli.js [--port 3901] [--host 127.0.0.1] [--token-ttl 3600] [--login-shape token|accessToken] [--quiet]\n' +
				'  [--aerona-token-ttl 3600] [--aerona-rate-limit 300] [--aerona-rate-window-ms 900000]\n' +
				'  [--webhook-retry-ms 60000] [--webhook-max-retries 24] [--webhook-timeout-ms 10000]\n' +
				'  [--latency-ms 0] [--jitter-ms 0] [--latency-seed sandbox-latency]\n' +
				'env: SANDBOX_PORT, SANDBOX_LATENCY_MS, SANDBOX_JITTER_MS, SANDBOX_LATENCY_SEED',
		);
		return;
	}
	const port = args.port ?? Number(process.env.SANDBOX_PORT || 3901);
	const env = fromEnvironment(process.env);
	const sandbox = await startSandbox({ ...env, ...args, port });
	console.log(`Sandbox listening on ${sandbox.url}`);
	const latency = sandbox.options;
	if (latency.latencyMs || latency.jitterMs)
		console.log(`Latency: ${latency.latencyMs} ms ± ${latency.jitterMs} ms on every API response`);
	console.log(
		`Control endpoints: ${sandbox.url}/__sandbox/health, /requests, /reset, /faults, /latency, /tokens, /aerona/webhooks, /aerona/settings, /aerona/usage, /heydonto/fhir/clock`,
	);
	console.log('Demo logins:');
	for (const l of sandbox.demoLogins)
		console.log(`  [${l.vendor}] ${l.email} / ${l.password} (${l.role})`);

	const stop = (signal) => {
		console.log(`\n${signal} received, closing the sandbox`);
		sandbox.close().then(() => process.exit(0));
	};
	process.once('SIGINT', () => stop('SIGINT'));
	process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err) => {
	console.error(err.message);
	process.exit(1);
});
