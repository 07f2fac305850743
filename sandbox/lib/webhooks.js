'use strict';
/**
 * Outgoing webhooks, vendor-neutral. `deliver` POSTs one payload (JSON, or any encoded body such as
 * AlfaDocs' bracket-key forms from `formEncode`) and reports the answer; `WebhookDispatcher` keeps
 * target URLs per event type and retries a delivery the receiver did not answer with the expected
 * status, after `retryIntervalMs`, up to `maxRetries` more times (Aerona: 24 more, hourly; the sandbox
 * compresses the hour). Credentials in a URL (https://user:pass@host/...) are sent as basic auth.
 *
 *   formEncode([{ event: 'x', data: { id: 1 } }])  -> '0[event]=x&0[data][id]=1' (URL-encoded)
 *   await deliver('http://127.0.0.1:5678/webhook/abc', { body, contentType, headers })
 *     -> { status, body, ms } or { status: 0, error } when the subscriber cannot be reached
 *
 *   const hooks = new WebhookDispatcher({ retryIntervalMs: 60000, maxRetries: 24 });
 *   hooks.configure({ urls: { appointment: ['http://127.0.0.1:5678/webhook/x/webhook'] }, headers: {...} });
 *   hooks.emit('appointment', payload);          // fire and forget (retries in the background)
 *   await hooks.deliverAll('appointment', bodies, { concurrency: 50 }); // first attempts, awaited
 *   hooks.stop();                                // cancels pending retries
 */
const http = require('node:http');
const https = require('node:https');

/** Flattens nested objects and arrays into qs-style bracket keys: a[b][0][c]=v. */
function formPairs(value, prefix = '') {
	if (value === null || value === undefined) return prefix ? [[prefix, '']] : [];
	if (typeof value !== 'object') return [[prefix, String(value)]];
	const entries = Array.isArray(value)
		? value.map((v, i) => [String(i), v])
		: Object.entries(value);
	return entries.flatMap(([key, v]) => formPairs(v, prefix ? `${prefix}[${key}]` : key));
}

function formEncode(value) {
	return formPairs(value)
		.map(([key, v]) => `${encodeURIComponent(key)}=${encodeURIComponent(v)}`)
		.join('&');
}

/** Basic auth from credentials in a URL, which are then removed from it. */
function urlCredentials(target) {
	if (!target.username && !target.password) return {};
	const user = `${decodeURIComponent(target.username)}:${decodeURIComponent(target.password)}`;
	target.username = '';
	target.password = '';
	return { authorization: `Basic ${Buffer.from(user).toString('base64')}` };
}

/** POSTs a payload; never throws (a network failure is `{status: 0, error}`). */
function deliver(url, { body, contentType = 'application/json', headers = {}, timeoutMs = 10000 }) {
	const payload =
		typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body ?? {});
	const started = Date.now();
	return new Promise((resolve) => {
		let target;
		try {
			target = new URL(url);
		} catch (err) {
			resolve({ status: 0, error: `invalid URL: ${err.message}`, ms: 0 });
			return;
		}
		const auth = urlCredentials(target);
		const client = target.protocol === 'https:' ? https : http;
		const req = client.request(
			target,
			{
				method: 'POST',
				headers: {
					'content-type': contentType,
					'content-length': Buffer.byteLength(payload),
					'user-agent': 'sandbox-webhooks',
					...auth,
					...headers,
				},
				timeout: timeoutMs,
			},
			(res) => {
				const chunks = [];
				res.on('data', (chunk) => chunks.push(chunk));
				res.on('end', () =>
					resolve({
						status: res.statusCode,
						body: Buffer.concat(chunks).toString('utf8'),
						ms: Date.now() - started,
					}),
				);
			},
		);
		req.on('timeout', () =>
			req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
		);
		req.on('error', (err) =>
			resolve({ status: 0, error: err.code || err.message, ms: Date.now() - started }),
		);
		req.end(payload);
	});
}

const DEFAULTS = { retryIntervalMs: 60000, maxRetries: 24, timeoutMs: 10000, successStatus: 200 };

class WebhookDispatcher {
	constructor(options = {}) {
		this.options = { ...DEFAULTS, ...options };
		this.urls = {};
		this.headers = {};
		this.attempts = [];
		this.timers = new Set();
		this.stopped = false;
	}

	/** Replaces the targets; `urls` maps an event type to a URL or a list of URLs. Returns the config. */
	configure({ urls = {}, headers, retryIntervalMs, maxRetries } = {}) {
		this.urls = {};
		for (const [type, list] of Object.entries(urls)) {
			const targets = (Array.isArray(list) ? list : [list]).filter(Boolean);
			for (const url of targets) new URL(url); // throws on a malformed URL
			this.urls[type] = targets;
		}
		if (headers !== undefined) this.headers = { ...headers };
		if (retryIntervalMs !== undefined) this.options.retryIntervalMs = retryIntervalMs;
		if (maxRetries !== undefined) this.options.maxRetries = maxRetries;
		return this.config();
	}

	config() {
		const { retryIntervalMs, maxRetries } = this.options;
		return { urls: this.urls, headers: this.headers, retryIntervalMs, maxRetries };
	}

	/** Every attempt so far: `{ deliveryId, type, url, attempt, status, error?, at }` (status 0: no answer). */
	log() {
		return this.attempts;
	}

	clear() {
		this.cancelRetries();
		this.attempts = [];
		this.urls = {};
		this.headers = {};
	}

	/** Sends `body` to every URL of `type`; a failed delivery is retried in the background. */
	emit(type, body, deliveryId) {
		return (this.urls[type] || []).map((url) => this.attempt({ type, url, body, deliveryId }, 0));
	}

	/**
	 * Sends many bodies of one type (a burst), at most `concurrency` at a time, and resolves with the
	 * statuses of the first attempts once they are all answered; retries carry on in the background.
	 */
	async deliverAll(type, bodies, { concurrency = bodies.length, idOf = () => undefined } = {}) {
		const statuses = [];
		let next = 0;
		const worker = async () => {
			while (next < bodies.length) {
				const index = next++;
				const results = await Promise.all(this.emit(type, bodies[index], idOf(bodies[index])));
				statuses.push(...results);
			}
		};
		await Promise.all(
			Array.from({ length: Math.max(1, Math.min(concurrency, bodies.length)) }, worker),
		);
		return statuses;
	}

	async attempt(delivery, attempt) {
		if (this.stopped) return 0;
		const at = Date.now();
		const { status, error } = await deliver(delivery.url, {
			body: delivery.body,
			headers: this.headers,
			timeoutMs: this.options.timeoutMs,
		});
		this.attempts.push({
			deliveryId: delivery.deliveryId,
			type: delivery.type,
			url: redactUrl(delivery.url),
			attempt,
			status,
			...(error ? { error } : {}),
			at,
		});
		if (
			status !== this.options.successStatus &&
			attempt < this.options.maxRetries &&
			!this.stopped
		) {
			const timer = setTimeout(() => {
				this.timers.delete(timer);
				void this.attempt(delivery, attempt + 1);
			}, this.options.retryIntervalMs);
			timer.unref();
			this.timers.add(timer);
		}
		return status;
	}

	cancelRetries() {
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
	}

	stop() {
		this.stopped = true;
		this.cancelRetries();
	}
}

function redactUrl(url) {
	const parsed = new URL(url);
	if (parsed.password) parsed.password = '***';
	return parsed.toString();
}

module.exports = { formEncode, formPairs, deliver, WebhookDispatcher, DEFAULTS };
