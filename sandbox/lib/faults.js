'use strict';
/**
 * Fault injection: `POST /__sandbox/faults` queues a fault for the next `count` API requests matching
 * `method` (optional), `path` (optional regex string tested against the path), `query` (optional regex
 * string tested against the raw query string, e.g. `_page_token=` for the pages after the first) and
 * `vendor` (optional).
 * Control routes (/__sandbox/...) are never faulted.
 *
 * What a fault does (see sandbox/README.md):
 *   status [+ body | rawBody | html | echo: true] [+ retryAfter, headers]   a canned answer instead of the API
 *   reset: true        drop the connection without an answer (a network error for the client)
 *   hang: true         accept the request and never answer (until the client gives up or a reset/close)
 *   truncate: true     send the headers and half the body, then destroy the socket
 *   delayMs: N         answer N ms late (on top of the latency setting)
 *   echo: 'onError'    let the API answer; if it is an error (>= 400), replace its body by the echo
 * Without a canned answer (status, body, rawBody, html, echo: true) the request goes to the API as usual,
 * so `delayMs`, `truncate` and `echo: 'onError'` work on real answers.
 */
const { badRequest, nestBody, reply, STATUS_TEXT } = require('./http');

const VENDORS = ['heydonto', 'heydonto-fhir', 'ahds', 'alfadocs', 'aerona'];

/** Which vendor serves a path (heydonto-fhir paths are also heydonto ones). */
function vendorsOf(path) {
	if (path === '/alfadocs' || path.startsWith('/alfadocs/')) return ['alfadocs'];
	if (path.startsWith('/aerona/')) return ['aerona'];
	if (/^\/site\/[^/]+\/ahds(\/|$)/.test(path)) return ['ahds'];
	if (/^\/site\/[^/]+\/fhir(\/|$)/.test(path)) return ['heydonto', 'heydonto-fhir'];
	return ['heydonto'];
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function parseFault(body) {
	const errors = [];
	const b = isObject(body) ? body : {};
	const canned = ['body', 'rawBody', 'html'].filter((k) => b[k] !== undefined && b[k] !== false);
	if (b.echo === true) canned.push('echo');
	const modes = ['reset', 'hang', 'truncate'].filter((k) => b[k]);
	if (modes.length > 1) errors.push(`${modes.join(' and ')} cannot be combined`);
	if (canned.length > 1) errors.push(`${canned.join(', ')} cannot be combined: give one answer`);
	if (b.echo !== undefined && ![true, false, 'onError'].includes(b.echo))
		errors.push("echo must be true or 'onError'");
	if (b.echo === 'onError' && b.status !== undefined)
		errors.push("echo: 'onError' keeps the API's status: leave status out");

	let status = b.status;
	if (status === undefined) {
		if (b.reset) status = 503;
		else if (b.html || b.echo === true) status = 502;
		else if (b.rawBody !== undefined) status = 200;
		else if (b.body === undefined && (b.hang || b.truncate || b.delayMs !== undefined || b.echo))
			status = null; // the API answers
	}
	if (status !== null && (!Number.isInteger(status) || status < 100 || status > 599)) {
		errors.push('status must be an integer HTTP status (100-599)');
	}
	const count = b.count === undefined ? 1 : b.count;
	if (!Number.isInteger(count) || count < 1) errors.push('count must be a positive integer');
	if (b.method !== undefined && typeof b.method !== 'string')
		errors.push('method must be a string');
	if (b.vendor !== undefined && !VENDORS.includes(b.vendor))
		errors.push(`vendor must be one of ${VENDORS.join(', ')}`);
	const regex = (name) => {
		if (b[name] === undefined) return null;
		try {
			return new RegExp(b[name]);
		} catch (err) {
			errors.push(`${name} must be a valid regular expression: ${err.message}`);
			return null;
		}
	};
	const pathRe = regex('path');
	const queryRe = regex('query');
	if (
		b.retryAfter !== undefined &&
		!(typeof b.retryAfter === 'number' || typeof b.retryAfter === 'string')
	) {
		errors.push('retryAfter must be a number of seconds or an HTTP date string');
	}
	if (
		b.delayMs !== undefined &&
		!(Number.isInteger(b.delayMs) && b.delayMs >= 0 && b.delayMs <= 600000)
	)
		errors.push('delayMs must be an integer from 0 to 600000');
	if (b.rawBody !== undefined && typeof b.rawBody !== 'string')
		errors.push('rawBody must be a string');
	if (b.contentType !== undefined) {
		if (b.rawBody === undefined) errors.push('contentType goes with rawBody');
		else if (b.contentType !== null && typeof b.contentType !== 'string')
			errors.push('contentType must be a string, or null for no Content-Type header');
	}
	if (
		b.headers !== undefined &&
		!(isObject(b.headers) && Object.values(b.headers).every((v) => typeof v === 'string'))
	)
		errors.push('headers must be an object of strings');
	if (errors.length) throw badRequest(errors);

	const fault = {
		method: b.method ? b.method.toUpperCase() : null,
		path: b.path ?? null,
		pathRe,
		status,
		retryAfter: b.retryAfter ?? null,
		remaining: count,
		body: b.body,
		reset: Boolean(b.reset),
	};
	// The newer kinds appear only when used, so the listing of older faults is unchanged.
	if (b.vendor !== undefined) fault.vendor = b.vendor;
	if (queryRe) Object.assign(fault, { query: b.query, queryRe });
	if (b.hang) fault.hang = true;
	if (b.truncate) fault.truncate = true;
	if (b.delayMs !== undefined) fault.delayMs = b.delayMs;
	if (b.rawBody !== undefined) {
		fault.rawBody = b.rawBody;
		fault.contentType =
			b.contentType === undefined ? 'application/json; charset=utf-8' : b.contentType;
	}
	if (b.html) fault.html = true;
	if (b.echo) fault.echo = b.echo;
	if (b.headers !== undefined) fault.headers = { ...b.headers };
	return fault;
}

/** Takes (and uses up one count of) the first fault matching the request, or returns null. */
function takeFault(faults, method, path, rawQuery = '') {
	const i = faults.findIndex(
		(f) =>
			(!f.method || f.method === method) &&
			(!f.pathRe || f.pathRe.test(path)) &&
			(!f.queryRe || f.queryRe.test(rawQuery)) &&
			(!f.vendor || vendorsOf(path).includes(f.vendor)),
	);
	if (i === -1) return null;
	const fault = faults[i];
	fault.remaining -= 1;
	if (fault.remaining <= 0) faults.splice(i, 1);
	return fault;
}

/** The fault's name in the request log. */
function faultKind(fault) {
	for (const kind of ['reset', 'hang', 'truncate', 'html']) if (fault[kind]) return kind;
	if (fault.echo === true) return 'echo';
	if (fault.echo === 'onError') return 'echo-on-error';
	if (fault.rawBody !== undefined) return 'rawBody';
	if (fault.status !== null) return 'status';
	return 'delay';
}

/** Does the fault answer by itself (true), or let the API answer (false)? */
const isCanned = (fault) => fault.status !== null && !fault.reset && !fault.hang;

function extraHeaders(fault) {
	const headers = { ...(fault.headers || {}) };
	if (fault.retryAfter !== null) headers['retry-after'] = String(fault.retryAfter);
	return headers;
}

/**
 * The canned answer of a fault. `request` is what arrived:
 * `{ method, url, rawHeaders: [name, value, ...], text }` (text: the raw body).
 */
function faultReply(fault, request) {
	const headers = extraHeaders(fault);
	if (fault.rawBody !== undefined) {
		const out = { status: fault.status, text: fault.rawBody, headers };
		if (fault.contentType !== null) out.headers['content-type'] = fault.contentType;
		return out;
	}
	if (fault.html) {
		return {
			status: fault.status,
			text: gatewayPage(fault.status),
			headers: { ...headers, 'content-type': 'text/html; charset=utf-8' },
		};
	}
	if (fault.echo === true) return echoReply(fault.status, request, headers);
	const body = fault.body === undefined ? nestBody(fault.status) : fault.body;
	return reply(fault.status, body, headers);
}

/** Headers as received, with their original names (repeated ones joined with ', '). */
function receivedHeaders(rawHeaders = []) {
	const out = {};
	for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
		const [name, value] = [rawHeaders[i], rawHeaders[i + 1]];
		out[name] = out[name] === undefined ? value : `${out[name]}, ${value}`;
	}
	return out;
}

/**
 * What a debugging proxy or a misconfigured gateway answers: the whole request in the error.
 * `message` and `error_description` (what the vendors' clients read) carry it as text, `request` as
 * data: method, URL with the query, every header by its received name (Authorization, X-Api-Key,
 * AERONA-AUTH-TOKEN... as sent: Basic auth stays base64), the raw body (a form body stays URL-encoded)
 * and, decoded, Basic credentials (`user:password`) and form fields.
 */
function echoReply(status, request, headers = {}, upstream) {
	const sent = receivedHeaders(request.rawHeaders);
	const headerText = Object.entries(sent)
		.map(([name, value]) => `${name}: ${value}`)
		.join('\n');
	const message =
		`Upstream request failed with ${status}: ${request.method} ${request.url}\n` +
		`${headerText}\n\n${request.text}`;
	const decoded = {};
	const auth = Object.entries(sent).find(([name]) => name.toLowerCase() === 'authorization');
	const basic = auth && /^Basic\s+(\S+)/i.exec(auth[1]);
	if (basic) decoded.basic = Buffer.from(basic[1], 'base64').toString('utf8');
	if (
		/application\/x-www-form-urlencoded/i.test(sent['content-type'] ?? sent['Content-Type'] ?? '')
	) {
		decoded.form = Object.fromEntries(new URLSearchParams(request.text));
	}
	const body = {
		statusCode: status,
		status,
		error: STATUS_TEXT[status] || 'Error',
		message,
		error_description: message,
		path: request.url,
		request: {
			method: request.method,
			url: request.url,
			headers: sent,
			body: request.text,
			decoded,
		},
	};
	if (upstream !== undefined) body.upstream = upstream;
	return reply(status, body, headers);
}

/** The size of the HTML error page (the one measured in issue 9: 6,506 characters). */
const GATEWAY_PAGE_BYTES = 6506;

/** A gateway's HTML error page (nginx/Cloudflare style), `GATEWAY_PAGE_BYTES` long, with a <title>. */
function gatewayPage(status) {
	const title = `${status} ${STATUS_TEXT[status] || 'Error'}`;
	const head =
		'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
		`<title>${title}</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
		'<style>\nbody{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,sans-serif;' +
		'background:#f4f5f7;color:#222}\n.wrap{max-width:760px;margin:64px auto;padding:0 24px}\n' +
		'h1{font-size:40px;margin:0 0 8px}\n.code{color:#b00020}\n.box{background:#fff;border:1px solid #ddd;' +
		'border-radius:6px;padding:24px;margin:24px 0}\n.muted{color:#777;font-size:13px}\n</style>\n</head>\n';
	const bodyStart =
		`<body>\n<div class="wrap">\n<h1><span class="code">${status}</span> ${STATUS_TEXT[status] || 'Error'}</h1>\n` +
		'<div class="box">\n<p>The web server reported a bad gateway error. The upstream service did not ' +
		'answer in time or sent an invalid response.</p>\n<p>What can I do? Please try again in a few ' +
		'minutes. If the problem persists, contact the site owner.</p>\n</div>\n';
	const end =
		'<p class="muted">Ray ID: 8f2c1a9b7d3e4f50 &bull; sandbox-gateway/1.0</p>\n</div>\n</body>\n</html>\n';
	const filler = [];
	let size = Buffer.byteLength(head + bodyStart + end);
	for (let n = 1; size < GATEWAY_PAGE_BYTES; n++) {
		const line = `<!-- upstream diagnostics ${String(n).padStart(3, '0')}: connect() failed (111: Connection refused) while reading response header from upstream -->\n`;
		const room = GATEWAY_PAGE_BYTES - size;
		const piece = line.length <= room ? line : `${' '.repeat(room - 1)}\n`;
		filler.push(piece);
		size += piece.length;
	}
	return head + bodyStart + filler.join('') + end;
}

/** Public view (without the compiled RegExp). */
const describeFault = ({ pathRe, queryRe, ...rest }) => rest;

module.exports = {
	parseFault,
	takeFault,
	faultReply,
	faultKind,
	isCanned,
	echoReply,
	gatewayPage,
	GATEWAY_PAGE_BYTES,
	describeFault,
	vendorsOf,
	VENDORS,
};
