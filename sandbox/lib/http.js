'use strict';
/** HTTP mechanics shared by every vendor: NestJS-style errors, replies, body reading. */

const STATUS_TEXT = {
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	409: 'Conflict',
	422: 'Unprocessable Entity',
	429: 'Too Many Requests',
	500: 'Internal Server Error',
	502: 'Bad Gateway',
	503: 'Service Unavailable',
	504: 'Gateway Timeout',
};

class HttpError extends Error {
	constructor(status, body, headers = {}) {
		super(typeof body?.message === 'string' ? body.message : `HTTP ${status}`);
		this.status = status;
		this.body = body;
		this.headers = headers;
	}
}

/**
 * NestJS HttpException body. Without a message Nest sends `{statusCode, message: <status text>}`
 * (e.g. `new UnauthorizedException()`); with one it adds `error: <status text>`.
 */
function nestBody(status, message) {
	const text = STATUS_TEXT[status] || 'Error';
	if (message === undefined) {
		return { statusCode: status, message: status === 500 ? 'Internal server error' : text };
	}
	return { statusCode: status, message, error: text };
}

const httpError = (status, message) => new HttpError(status, nestBody(status, message));
const badRequest = (message) => httpError(400, message);
const unauthorized = (message) => httpError(401, message);
const forbidden = () => httpError(403, 'Forbidden resource');
const notFound = (message) => httpError(404, message);
const conflict = (message) => httpError(409, message);

const reply = (status, body, headers = {}) => ({ status, body, headers });
/** A reply sent as text (an HTML page, say) instead of JSON. */
const text = (status, body, contentType = 'text/html; charset=utf-8', headers = {}) => ({
	status,
	text: body,
	headers: { ...headers, 'content-type': contentType },
});
/** 302 to `location` (an OAuth2 redirect back to the client). */
const redirect = (location) => ({ status: 302, text: '', headers: { location } });
const ok = (body) => reply(200, body);
const created = (body) => reply(201, body);
const noContent = () => reply(204, undefined);

/** Path ids: positive integers only (NestJS ParseIntPipe message). */
function parseId(raw) {
	if (typeof raw !== 'string' || !/^[1-9]\d*$/.test(raw) || !Number.isSafeInteger(Number(raw))) {
		throw badRequest('Validation failed (numeric string is expected)');
	}
	return Number(raw);
}

function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

/** Empty body -> {} (like Express' json parser); invalid JSON -> `{ error }`. */
function parseJsonBody(text) {
	if (text.trim() === '') return { value: {} };
	try {
		return { value: JSON.parse(text) };
	} catch (err) {
		return { error: badRequest(err.message) };
	}
}

function send(res, { status, body, text: raw, headers = {} }) {
	const out = raw !== undefined ? raw : body === undefined ? '' : JSON.stringify(body);
	const head = { ...headers };
	if (raw === undefined && body !== undefined)
		head['content-type'] = 'application/json; charset=utf-8';
	head['content-length'] = Buffer.byteLength(out);
	res.writeHead(status, head);
	res.end(out);
}

module.exports = {
	STATUS_TEXT,
	HttpError,
	nestBody,
	httpError,
	badRequest,
	unauthorized,
	forbidden,
	notFound,
	conflict,
	reply,
	text,
	redirect,
	ok,
	created,
	noContent,
	parseId,
	readBody,
	parseJsonBody,
	send,
};
