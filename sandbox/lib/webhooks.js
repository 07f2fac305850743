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
 *   await hooks.deliverAll('appointment', bodies, { concurrency: 50 }); // first attempts' results, awaited
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

/**
 * POSTs a payload; never throws. `timeoutMs` is the sender's timeout for the whole exchange (connect,
 * send, the receiver's answer): past it the request is abandoned, `{ status: 0, error: 'ETIMEDOUT',
 * timedOut: true }`. Resolves `{ status, body, ms, timedOut: false }` when answered.
 */
function deliver(url, { body, contentType = 'application/json', headers = {}, timeoutMs = 10000 }) {
	const payload =
		typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body ?? {});
	const started = Date.now();
	return new Promise((resolve) => {
		let target;
		try {
			target = new URL(url);
		} catch (err) {
			resolve({ status: 0, error: `invalid URL: ${err.message}`, ms: 0, timedOut: false });
			return;
		}
		const auth = urlCredentials(target);
		const client = target.protocol === 'https:' ? https : http;
		let timedOut = false;
		const head = {
			'user-agent': 'sandbox-webhooks',
			'content-length': Buffer.byteLength(payload),
			...auth,
			...headers,
		};
		if (contentType !== null) head['content-type'] = contentType;
		const req = client.request(target, { method: 'POST', headers: head }, (res) => {
			const chunks = [];
			res.on('data', (chunk) => chunks.push(chunk));
			res.on('end', () => {
				clearTimeout(timer);
				resolve({
					status: res.statusCode,
					body: Buffer.concat(chunks).toString('utf8'),
					ms: Date.now() - started,
					timedOut: false,
				});
			});
			res.on('error', () => undefined); // reported by req's 'error'
		});
		const timer = setTimeout(() => {
			timedOut = true;
			req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' }));
			resolve({ status: 0, error: 'ETIMEDOUT', ms: Date.now() - started, timedOut: true });
		}, timeoutMs);
		req.on('error', (err) => {
			clearTimeout(timer);
			resolve({
				status: 0,
				error: timedOut ? 'ETIMEDOUT' : err.code || err.message,
				ms: Date.now() - started,
				timedOut,
			});
		});
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
		/** Every delivery sent, by deliveryId: `{ type, body }` (what a repeat sends again). */
		this.sent = new Map();
		/** The deliveryIds of the last burst (`deliverAll`), in order. */
		this.lastBurst = [];
		this.timers = new Set();
		this.stopped = false;
	}

	/** Replaces the targets; `urls` maps an event type to a URL or a list of URLs. Returns the config. */
	configure({ urls = {}, headers, retryIntervalMs, maxRetries, timeoutMs } = {}) {
		this.urls = {};
		for (const [type, list] of Object.entries(urls)) {
			const targets = (Array.isArray(list) ? list : [list]).filter(Boolean);
			for (const url of targets) new URL(url); // throws on a malformed URL
			this.urls[type] = targets;
		}
		if (headers !== undefined) this.headers = { ...headers };
		if (retryIntervalMs !== undefined) this.options.retryIntervalMs = retryIntervalMs;
		if (maxRetries !== undefined) this.options.maxRetries = maxRetries;
		if (timeoutMs !== undefined) this.options.timeoutMs = timeoutMs;
		return this.config();
	}

	config() {
		const { retryIntervalMs, maxRetries, timeoutMs } = this.options;
		return { urls: this.urls, headers: this.headers, retryIntervalMs, maxRetries, timeoutMs };
	}

	/**
	 * Every attempt so far: `{ deliveryId, type, url, attempt, status, error?, at, ms, timedOut,
	 * repeat? }` (status 0: no answer; `ms`: until the answer or the give-up; `repeat`: a re-send).
	 */
	log() {
		return this.attempts;
	}

	clear() {
		this.cancelRetries();
		this.attempts = [];
		this.sent = new Map();
		this.lastBurst = [];
		this.urls = {};
		this.headers = {};
	}

	/**
	 * Sends `body` to every URL of `type`; a failed delivery is retried in the background. Resolves
	 * (per URL) with the first attempt's result `{ deliveryId, url, status, ms, timedOut, error? }`.
	 */
	emit(type, body, deliveryId, { timeoutMs, repeat = false } = {}) {
		if (deliveryId !== undefined && !repeat) this.sent.set(deliveryId, { type, body });
		return (this.urls[type] || []).map((url) =>
			this.attempt({ type, url, body, deliveryId, timeoutMs, repeat }, 0),
		);
	}

	/**
	 * Sends many bodies of one type (a burst), at most `concurrency` at a time (default: all at once,
	 * every request started in the same tick), and resolves with the first attempts' results once
	 * they are all answered or timed out; retries carry on in the background.
	 * `repeat: true` marks a re-send of deliveries already sent (same deliveryId and body).
	 */
	async deliverAll(
		type,
		bodies,
		{ concurrency = bodies.length, idOf = () => undefined, timeoutMs, repeat = false } = {},
	) {
		const results = [];
		let next = 0;
		if (!repeat) this.lastBurst = bodies.map(idOf).filter((id) => id !== undefined);
		const worker = async () => {
			while (next < bodies.length) {
				const index = next++;
				const body = bodies[index];
				const answers = await Promise.all(this.emit(type, body, idOf(body), { timeoutMs, repeat }));
				results.push(...answers);
			}
		};
		await Promise.all(
			Array.from({ length: Math.max(1, Math.min(concurrency, bodies.length)) }, worker),
		);
		return results;
	}

	async attempt(delivery, attempt) {
		if (this.stopped) return { deliveryId: delivery.deliveryId, status: 0, error: 'stopped' };
		const at = Date.now();
		const { status, error, ms, timedOut } = await deliver(delivery.url, {
			body: delivery.body,
			headers: this.headers,
			timeoutMs: delivery.timeoutMs ?? this.options.timeoutMs,
		});
		const url = redactUrl(delivery.url);
		this.attempts.push({
			deliveryId: delivery.deliveryId,
			type: delivery.type,
			url,
			attempt,
			status,
			...(error ? { error } : {}),
			at,
			ms,
			timedOut,
			...(delivery.repeat ? { repeat: true } : {}),
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
		return {
			deliveryId: delivery.deliveryId,
			url,
			status,
			ms,
			timedOut,
			...(error ? { error } : {}),
		};
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
