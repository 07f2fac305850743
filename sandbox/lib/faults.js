'use strict';
/**
 * Fault injection: `POST /__sandbox/faults` queues a canned response for the next `count` API
 * requests matching `method` (optional) and `path` (optional regex string tested against the path).
 * `reset: true` destroys the connection instead of answering (a network error for the client).
 */
const { badRequest, nestBody, reply } = require('./http');

function parseFault(body) {
	const errors = [];
	const b = body && typeof body === 'object' && !Array.isArray(body) ? body : {};
	const status = b.status === undefined && b.reset ? 503 : b.status;
	if (!Number.isInteger(status) || status < 100 || status > 599) {
		errors.push('status must be an integer HTTP status (100-599)');
	}
	const count = b.count === undefined ? 1 : b.count;
	if (!Number.isInteger(count) || count < 1) errors.push('count must be a positive integer');
	if (b.method !== undefined && typeof b.method !== 'string')
		errors.push('method must be a string');
	let pathRe = null;
	if (b.path !== undefined) {
		try {
			pathRe = new RegExp(b.path);
		} catch (err) {
			errors.push(`path must be a valid regular expression: ${err.message}`);
		}
	}
	if (
		b.retryAfter !== undefined &&
		!(typeof b.retryAfter === 'number' || typeof b.retryAfter === 'string')
	) {
		errors.push('retryAfter must be a number of seconds or an HTTP date string');
	}
	if (errors.length) throw badRequest(errors);
	return {
		method: b.method ? b.method.toUpperCase() : null,
		path: b.path ?? null,
		pathRe,
		status,
		retryAfter: b.retryAfter ?? null,
		remaining: count,
		body: b.body,
		reset: Boolean(b.reset),
	};
}

/** Takes (and uses up one count of) the first fault matching the request, or returns null. */
function takeFault(faults, method, path) {
	const i = faults.findIndex(
		(f) => (!f.method || f.method === method) && (!f.pathRe || f.pathRe.test(path)),
	);
	if (i === -1) return null;
	const fault = faults[i];
	fault.remaining -= 1;
	if (fault.remaining <= 0) faults.splice(i, 1);
	return fault;
}

function faultReply(fault) {
	const headers = fault.retryAfter === null ? {} : { 'retry-after': String(fault.retryAfter) };
	const body = fault.body === undefined ? nestBody(fault.status) : fault.body;
	return reply(fault.status, body, headers);
}

/** Public view (without the compiled RegExp). */
const describeFault = ({ pathRe, ...rest }) => rest;

module.exports = { parseFault, takeFault, faultReply, describeFault };
