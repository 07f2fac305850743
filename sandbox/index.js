'use strict';
/**
 * Local stand-in for the vendor APIs (HeyDonto, Aerona under /aerona/AeronaAPI/v1). Zero dependencies.
 *
 *   const { startSandbox } = require('./sandbox');
 *   const sb = await startSandbox({ port: 0, quiet: true });
 *   await fetch(`${sb.url}/auth/login`, ...);
 *   await sb.close();
 */
const http = require('node:http');
const { Router } = require('./lib/router');
const { registerControl } = require('./lib/control');
const { createRequestHandler } = require('./lib/server');
const { send, reply, nestBody } = require('./lib/http');
const VENDORS = require('./vendors');

const DEFAULTS = {
	host: '127.0.0.1',
	port: 0,
	tokenTtlSeconds: 3600,
	loginResponseShape: 'token',
	quiet: false,
	jwtSecret: 'heydonto-sandbox-jwt-secret',
	maxLoggedRequests: 10000,
	alfadocsTokenTtlSeconds: 3600,
	// Aerona: token lifetime, the per-token limit that invalidates a token, webhook retries (the sandbox
	// compresses Aerona's hourly retries to a minute by default).
	aeronaTokenTtlSeconds: 3600,
	aeronaRateLimit: 300,
	aeronaRateWindowMs: 15 * 60 * 1000,
	webhookRetryMs: 60000,
	webhookMaxRetries: 24,
};

function checkOptions(o) {
	if (!['token', 'accessToken'].includes(o.loginResponseShape)) {
		throw new Error(
			`loginResponseShape must be 'token' or 'accessToken', got ${o.loginResponseShape}`,
		);
	}
	if (!Number.isInteger(o.tokenTtlSeconds) || o.tokenTtlSeconds < 1)
		throw new Error('tokenTtlSeconds must be a positive integer');
	if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535)
		throw new Error('port must be an integer 0-65535');
	for (const key of [
		'aeronaTokenTtlSeconds',
		'aeronaRateLimit',
		'aeronaRateWindowMs',
		'webhookRetryMs',
	]) {
		if (!Number.isInteger(o[key]) || o[key] < 1)
			throw new Error(`${key} must be a positive integer`);
	}
	if (!Number.isInteger(o.webhookMaxRetries) || o.webhookMaxRetries < 0)
		throw new Error('webhookMaxRetries must be a whole number');
}

async function startSandbox(options = {}) {
	const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
	const opts = { ...DEFAULTS, ...defined };
	checkOptions(opts);

	const state = { requests: [], faults: [] };
	const app = { options: opts, state, vendors: VENDORS, router: new Router() };
	app.reset = () => {
		state.requests.length = 0;
		state.faults.length = 0;
		for (const vendor of VENDORS) state[vendor.name] = vendor.createState(app);
	};
	app.reset();
	registerControl(app.router, app);
	for (const vendor of VENDORS) vendor.register(app.router, app);

	const handle = createRequestHandler(app);
	const server = http.createServer((req, res) => {
		handle(req, res).catch((err) => {
			if (!opts.quiet) console.error(err);
			if (!res.headersSent) send(res, reply(500, nestBody(500)));
		});
	});
	// Clients (n8n's axios, undici in tests) keep connections open between calls far apart in time.
	server.keepAliveTimeout = 65000;
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(opts.port, opts.host, () => {
			server.off('error', reject);
			resolve();
		});
	});

	const { port } = server.address();
	const hostForUrl = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
	let closing = null;
	return {
		url: `http://${hostForUrl}:${port}`,
		port,
		server,
		state,
		options: opts,
		reset: app.reset,
		demoLogins: VENDORS.flatMap((v) => (v.demoLogins || []).map((l) => ({ vendor: v.name, ...l }))),
		close() {
			for (const vendor of VENDORS) if (typeof vendor.close === 'function') vendor.close(app);
			closing ??= new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			});
			return closing;
		},
	};
}

module.exports = { startSandbox, DEFAULTS };
