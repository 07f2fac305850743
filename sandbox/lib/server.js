'use strict';
/**
 * The request pipeline: parse URL, query and JSON body -> fault injection -> route -> latency -> reply -> log.
 * API requests (everything outside /__sandbox/) are logged in `state.requests`, each with when it
 * arrived (`at`) and when its answer was sent (`sentAt`), so a benchmark can compute concurrency.
 * Latency (lib/latency.js) and faults (lib/faults.js) apply to API requests only.
 */
const { parseQuery } = require('./query');
const { HttpError, readBody, parseJsonBody, send, notFound, nestBody, reply } = require('./http');
const { takeFault, faultReply, faultKind, isCanned, echoReply } = require('./faults');
const { runChain } = require('./router');

const isControlPath = (path) => path === '/__sandbox' || path.startsWith('/__sandbox/');

function splitUrl(url) {
	const q = url.indexOf('?');
	return q === -1
		? { path: url, rawQuery: '' }
		: { path: url.slice(0, q), rawQuery: url.slice(q + 1) };
}

async function dispatch(app, ctx) {
	const match = app.router.match(ctx.method, ctx.path);
	if (!match) throw notFound(`Cannot ${ctx.method} ${ctx.path}`);
	ctx.params = match.params;
	const result = await runChain(match.route.handlers, ctx);
	if (result === undefined) throw new Error(`no handler answered ${ctx.method} ${ctx.path}`);
	return result;
}

/** Sends the headers (with the full Content-Length) and half the body, then destroys the socket. */
function sendTruncated(res, result) {
	const { status, body, text: raw, headers = {} } = result;
	const out = Buffer.from(raw !== undefined ? raw : body === undefined ? '' : JSON.stringify(body));
	const head = { ...headers, 'content-length': out.length };
	if (raw === undefined && body !== undefined)
		head['content-type'] = 'application/json; charset=utf-8';
	res.writeHead(status, head);
	res.write(out.subarray(0, Math.floor(out.length / 2)), () => res.socket?.destroy());
	return out.length;
}

function createRequestHandler(app) {
	const { state, options } = app;
	const say = (...args) => options.quiet || console.log(...args);
	// Each client connection gets a number: requests sharing one came over a kept-alive connection.
	const connections = new WeakMap();
	let connectionCount = 0;
	const connectionOf = (socket) => {
		if (!connections.has(socket)) connections.set(socket, ++connectionCount);
		return connections.get(socket);
	};

	function record(entry) {
		state.requests.push(entry);
		const max = options.maxLoggedRequests;
		if (state.requests.length > max) state.requests.splice(0, state.requests.length - max);
	}

	function finish(entry, status, delayMs) {
		entry.status = status;
		entry.sentAt = Date.now();
		entry.ms = entry.sentAt - entry.at;
		entry.delayMs = delayMs;
	}

	return async function handle(req, res) {
		const started = Date.now();
		const method = (req.method || 'GET').toUpperCase();
		const { path, rawQuery } = splitUrl(req.url || '/');
		const query = parseQuery(rawQuery);
		const text = await readBody(req);
		// Form posts (an OAuth2 token request, a consent page's form) are read like a query string.
		const form = String(req.headers['content-type'] || '').startsWith(
			'application/x-www-form-urlencoded',
		);
		const parsed = form ? { value: parseQuery(text) } : parseJsonBody(text);
		const control = isControlPath(path);
		const entry = {
			at: started,
			method,
			path,
			rawQuery,
			query,
			headers: { ...req.headers },
			connection: connectionOf(req.socket),
			body: text.trim() === '' || parsed.error ? null : parsed.value,
			status: 0,
			sentAt: null,
			ms: null,
			delayMs: 0,
		};

		const fault = control ? null : takeFault(state.faults, method, path, rawQuery);
		if (fault) entry.fault = faultKind(fault);
		if (fault && fault.hang) {
			// Never answered: the socket stays open until the client gives up, a reset or close.
			record(entry);
			app.hold(req.socket);
			say(`${method} ${req.url} -> hangs (fault)`);
			return;
		}
		const delay = control ? 0 : app.latency.next() + ((fault && fault.delayMs) || 0);

		if (fault && fault.reset) {
			if (delay > 0) await app.wait(delay);
			finish(entry, 0, delay);
			record(entry);
			say(`${method} ${req.url} -> connection reset (fault)`);
			req.socket.destroy();
			return;
		}

		const request = { method, url: req.url || '/', rawHeaders: req.rawHeaders, text };
		let result;
		try {
			if (fault && isCanned(fault)) result = faultReply(fault, request);
			else if (parsed.error) throw parsed.error;
			else {
				const ctx = {
					req,
					method,
					path,
					rawQuery,
					query,
					body: parsed.value,
					headers: req.headers,
				};
				Object.assign(ctx, { state, options, app, params: {} });
				result = await dispatch(app, ctx);
			}
		} catch (err) {
			if (err instanceof HttpError) result = reply(err.status, err.body, err.headers);
			else {
				if (!options.quiet) console.error(err);
				result = reply(500, nestBody(500));
			}
		}
		if (fault && fault.echo === 'onError' && result.status >= 400) {
			result = echoReply(result.status, request, {}, result.body ?? result.text);
		}

		if (delay > 0) await app.wait(delay);
		if (res.destroyed || req.socket.destroyed) {
			// The client gave up while the answer was being delayed.
			entry.aborted = true;
		} else if (fault && fault.truncate) {
			sendTruncated(res, result);
			entry.truncated = true;
		} else send(res, result);
		if (!control) {
			finish(entry, result.status, delay);
			record(entry);
		}
		say(`${method} ${req.url} -> ${result.status} (${Date.now() - started} ms)`);
	};
}

module.exports = { createRequestHandler };
