'use strict';
/**
 * Local stand-in for the vendor APIs (HeyDonto core and FHIR, AHDS, AlfaDocs under /alfadocs, Aerona under
 * /aerona/AeronaAPI/v1). Zero dependencies.
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
const { Latency } = require('./lib/latency');
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
	// How long the sandbox waits for a webhook receiver to answer (a sender's timeout).
	webhookTimeoutMs: 10000,
	// Simulated network latency on every API response (see lib/latency.js and PUT /__sandbox/latency).
	latencyMs: 0,
	jitterMs: 0,
	latencySeed: 'sandbox-latency',
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
		'webhookTimeoutMs',
	]) {
		if (!Number.isInteger(o[key]) || o[key] < 1)
			throw new Error(`${key} must be a positive integer`);
	}
	if (!Number.isInteger(o.webhookMaxRetries) || o.webhookMaxRetries < 0)
		throw new Error('webhookMaxRetries must be a whole number');
	for (const key of ['latencyMs', 'jitterMs']) {
		if (!Number.isInteger(o[key]) || o[key] < 0 || o[key] > 600000)
			throw new Error(`${key} must be an integer from 0 to 600000`);
	}
	if (!(typeof o.latencySeed === 'string' || Number.isInteger(o.latencySeed)))
		throw new Error('latencySeed must be a string or an integer');
}

async function startSandbox(options = {}) {
	const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
	const opts = { ...DEFAULTS, ...defined };
	checkOptions(opts);

	const state = { requests: [], faults: [] };
	const app = { options: opts, state, vendors: VENDORS, router: new Router() };
	// The latency is the network's, not the data's: a reset keeps it.
	app.latency = new Latency({
		ms: opts.latencyMs,
		jitterMs: opts.jitterMs,
		seed: opts.latencySeed,
	});
	// Sockets of `hang` faults (never answered) and timers of delayed answers.
	const hung = new Set();
	const waits = new Set();
	app.hold = (socket) => {
		hung.add(socket);
		socket.once('close', () => hung.delete(socket));
	};
	app.releaseHung = () => {
		for (const socket of hung) socket.destroy();
		hung.clear();
	};
	app.wait = (ms) =>
		new Promise((resolve) => {
			const pending = { resolve, timer: null };
			pending.timer = setTimeout(() => {
				waits.delete(pending);
				resolve();
			}, ms);
			waits.add(pending);
		});
	app.reset = () => {
		state.requests.length = 0;
		state.faults.length = 0;
		app.releaseHung();
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
			for (const pending of waits) {
				clearTimeout(pending.timer);
				pending.resolve();
			}
			waits.clear();
			app.releaseHung();
			closing ??= new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			});
			return closing;
		},
	};
}

module.exports = { startSandbox, DEFAULTS };
