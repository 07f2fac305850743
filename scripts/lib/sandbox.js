/** Starts the sandbox (sandbox/cli.js) as its own process and resolves with its URL once it listens. */
const { spawn } = require('node:child_process');
const http = require('node:http');
const path = require('node:path');

const CLI = path.resolve(__dirname, '..', '..', 'sandbox', 'cli.js');

/** `env` (default: this process's) reaches the sandbox, e.g. SANDBOX_LATENCY_MS / SANDBOX_JITTER_MS. */
function startSandboxProcess({ port = 0, args = [], onOutput, env } = {}) {
	const child = spawn(process.execPath, [CLI, '--port', String(port), ...args], {
		stdio: ['ignore', 'pipe', 'pipe'],
		...(env ? { env } : {}),
	});
	let output = '';
	return new Promise((resolve, reject) => {
		const onData = (chunk) => {
			output += chunk.toString();
			if (onOutput) onOutput(chunk.toString());
			const match = /Sandbox listening on (http:\/\/\S+)/.exec(output);
			if (match && !resolve.done) {
				resolve.done = true;
				resolve({ url: match[1], child, output: () => output, stop: () => stopProcess(child) });
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}:\n${output}`)));
	});
}

async function stopProcess(child) {
	if (!child || child.exitCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGTERM');
	await exited;
}

/**
 * One control call on a connection of its own: a pooled keep-alive socket that sat idle while a test
 * ran can be closed by the server just as the next call reuses it ("other side closed", EPIPE), more so
 * on a loaded machine whose timers fire late.
 */
function request(method, url, body) {
	return new Promise((resolve, reject) => {
		const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
		const req = http.request(
			url,
			{
				method,
				agent: false,
				headers: payload
					? { 'content-type': 'application/json', 'content-length': payload.length }
					: {},
			},
			(res) => {
				const chunks = [];
				res.on('data', (chunk) => chunks.push(chunk));
				res.on('end', () =>
					resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }),
				);
				res.on('error', reject);
			},
		);
		req.on('error', reject);
		req.end(payload);
	});
}

/** A client for the sandbox's control API (/__sandbox/...), for the e2e tests and the benchmark. */
function sandboxClient(url) {
	const call = async (method, route, body) => {
		const { status, text } = await request(method, `${url}${route}`, body);
		if (status < 200 || status >= 300)
			throw new Error(`sandbox ${method} ${route}: ${status} ${text}`);
		return text ? JSON.parse(text) : undefined;
	};
	return {
		url,
		call,
		reset: () => call('POST', '/__sandbox/reset'),
		seed: (body) => call('POST', '/__sandbox/seed', body),
		token: async (body) => (await call('POST', '/__sandbox/tokens', body)).token,
		revokeTokens: (body) => call('POST', '/__sandbox/tokens/revoke', body),
		fault: (fault) => call('POST', '/__sandbox/faults', fault),
		faults: () => call('GET', '/__sandbox/faults'),
		clearFaults: () => call('DELETE', '/__sandbox/faults'),
		requests: () => call('GET', '/__sandbox/requests'),
		clearRequests: () => call('DELETE', '/__sandbox/requests'),
		// Latency on every API response (kept by reset): latency(150, 20) -> { ms, jitterMs, seed }.
		latency: (ms, jitterMs = 0, seed) =>
			call('PUT', '/__sandbox/latency', { ms, jitterMs, ...(seed === undefined ? {} : { seed }) }),
		getLatency: () => call('GET', '/__sandbox/latency'),
		clearLatency: () => call('DELETE', '/__sandbox/latency'),
		// Webhooks: Aerona targets and bursts, AlfaDocs target and fire.
		aeronaWebhooks: (config) => call('POST', '/__sandbox/aerona/webhooks', config),
		aeronaDeliveries: () => call('GET', '/__sandbox/aerona/webhooks'),
		aeronaFire: (body) => call('POST', '/__sandbox/aerona/webhooks/fire', body),
		alfadocsWebhookUrl: (webhookUrl) =>
			call('PUT', '/__sandbox/alfadocs/webhooks', { url: webhookUrl }),
		alfadocsFire: (body = {}) => call('POST', '/__sandbox/alfadocs/webhooks/fire', body),
		// HeyDonto FHIR: the clock of meta.lastUpdated, records written and read without auth.
		fhirClock: (now) => call('PUT', '/__sandbox/heydonto/fhir/clock', { now }),
		fhirPut: (siteId, type, resource) =>
			call('POST', `/__sandbox/heydonto/fhir/${siteId}/${encodeURIComponent(type)}`, resource),
		fhirGet: (siteId, type, id) =>
			call(
				'GET',
				`/__sandbox/heydonto/fhir/${siteId}/${encodeURIComponent(type)}${id === undefined ? '' : `/${encodeURIComponent(id)}`}`,
			),
		fhirDelete: (siteId, type, id) =>
			call(
				'DELETE',
				`/__sandbox/heydonto/fhir/${siteId}/${encodeURIComponent(type)}${id === undefined ? '' : `/${encodeURIComponent(id)}`}`,
			),
		fhirSeed: (body) => call('POST', '/__sandbox/seed', { vendor: 'heydonto-fhir', ...body }),
		// AHDS: the clock of createdAt and updatedAt.
		ahdsClock: (now, advanceMs) =>
			call('PUT', '/__sandbox/ahds/clock', advanceMs === undefined ? { now } : { advanceMs }),
	};
}

module.exports = { startSandboxProcess, sandboxClient };
