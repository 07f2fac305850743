'use strict';
/**
 * Outgoing webhooks, vendor-neutral: encode a payload and POST it to a subscriber, recording the
 * answer. Vendors decide when to send and in which format (JSON, or a form with bracket keys).
 *
 *   formEncode([{ event: 'x', data: { id: 1 } }])  -> '0[event]=x&0[data][id]=1' (URL-encoded)
 *   await deliver('http://127.0.0.1:5678/webhook/abc', { body, contentType, headers })
 *     -> { status, body, ms } or { status: 0, error } when the subscriber cannot be reached
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
		const client = target.protocol === 'https:' ? https : http;
		const req = client.request(
			target,
			{
				method: 'POST',
				headers: {
					'content-type': contentType,
					'content-length': Buffer.byteLength(payload),
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
		req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
		req.on('error', (err) => resolve({ status: 0, error: err.message, ms: Date.now() - started }));
		req.end(payload);
	});
}

module.exports = { formEncode, formPairs, deliver };
