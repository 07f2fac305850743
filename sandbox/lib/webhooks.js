'use strict';
/**
 * Outgoing webhooks, vendor-neutral: target URLs per event type, a JSON POST per delivery, and retries
 * of a delivery the receiver did not answer with the expected status, after `retryIntervalMs`, up to
 * `maxRetries` more times (Aerona: 24 more, hourly; the sandbox compresses the hour). Every attempt is
 * recorded. Credentials in a URL (https://user:pass@host/...) are sent as basic auth, as senders do.
 *
 *   const hooks = new WebhookDispatcher({ retryIntervalMs: 60000, maxRetries: 24 });
 *   hooks.configure({ urls: { appointment: ['http://127.0.0.1:5678/webhook/x/webhook'] }, headers: {...} });
 *   hooks.emit('appointment', payload);          // fire and forget (retries in the background)
 *   await hooks.deliverAll('appointment', bodies, { concurrency: 50 }); // first attempts, awaited
 *   hooks.stop();                                // cancels pending retries
 */
const http = require('node:http');
const https = require('node:https');

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
		let status = 0;
		let error;
		try {
			status = await post(delivery.url, delivery.body, this.headers, this.options.timeoutMs);
		} catch (err) {
			error = err.code || err.message;
		}
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

/** POSTs JSON and resolves with the status code (the body is read and dropped). */
function post(url, body, headers, timeoutMs) {
	const target = new URL(url);
	const payload = JSON.stringify(body);
	const auth =
		target.username || target.password
			? {
					authorization: `Basic ${Buffer.from(
						`${decodeURIComponent(target.username)}:${decodeURIComponent(target.password)}`,
					).toString('base64')}`,
				}
			: {};
	target.username = '';
	target.password = '';
	const client = target.protocol === 'https:' ? https : http;
	return new Promise((resolve, reject) => {
		const request = client.request(
			target,
			{
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					'content-length': Buffer.byteLength(payload),
					'user-agent': 'sandbox-webhooks',
					...auth,
					...headers,
				},
				timeout: timeoutMs,
			},
			(response) => {
				response.resume();
				response.on('end', () => resolve(response.statusCode));
				response.on('error', reject);
			},
		);
		request.on('timeout', () =>
			request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
		);
		request.on('error', reject);
		request.end(payload);
	});
}

module.exports = { WebhookDispatcher, DEFAULTS };
