#!/usr/bin/env node
'use strict';
/**
 * node sandbox/cli.js [--port 3901] [--host 127.0.0.1] [--token-ttl 3600] [--login-shape token|accessToken] [--quiet]
 *   Aerona: [--aerona-token-ttl 3600] [--aerona-rate-limit 300] [--aerona-rate-window-ms 900000]
 *   webhooks: [--webhook-retry-ms 60000] [--webhook-max-retries 24]
 * The port defaults to $SANDBOX_PORT, then 3901.
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
		else if (flag === '--quiet') out.quiet = true;
		else if (flag === '--help' || flag === '-h') out.help = true;
		else throw new Error(`unknown option ${argv[i]}`);
	}
	return out;
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	if (args.help) {
		console.log(
			'usage: node sandbox/cli.js [--port 3901] [--host 127.0.0.1] [--token-ttl 3600] [--login-shape token|accessToken] [--quiet]\n' +
				'  [--aerona-token-ttl 3600] [--aerona-rate-limit 300] [--aerona-rate-window-ms 900000]\n' +
				'  [--webhook-retry-ms 60000] [--webhook-max-retries 24]',
		);
		return;
	}
	const port = args.port ?? Number(process.env.SANDBOX_PORT || 3901);
	const sandbox = await startSandbox({ ...args, port });
	console.log(`Sandbox listening on ${sandbox.url}`);
	console.log(
		`Control endpoints: ${sandbox.url}/__sandbox/health, /requests, /reset, /faults, /tokens, /aerona/webhooks, /aerona/settings, /aerona/usage`,
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
