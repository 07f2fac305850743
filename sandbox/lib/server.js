'use strict';
/**
 * The request pipeline: parse URL, query and JSON body -> fault injection -> route -> reply -> log.
 * API requests (everything outside /__sandbox/) are logged in `state.requests`.
 */
const { parseQuery } = require('./query');
const { HttpError, readBody, parseJsonBody, send, notFound, nestBody, reply } = require('./http');
const { takeFault, faultReply } = require('./faults');
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

function createRequestHandler(app) {
	const { state, options } = app;
	const say = (...args) => options.quiet || console.log(...args);

	function record(entry) {
		state.requests.push(entry);
		const max = options.maxLoggedRequests;
		if (state.requests.length > max) state.requests.splice(0, state.requests.length - max);
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
			body: text.trim() === '' || parsed.error ? null : parsed.value,
			status: 0,
		};

		const fault = control ? null : takeFault(state.faults, method, path);
		if (fault && fault.reset) {
			record(entry);
			say(`${method} ${req.url} -> connection reset (fault)`);
			req.socket.destroy();
			return;
		}

		let result;
		try {
			if (fault) result = faultReply(fault);
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

		send(res, result);
		if (!control) {
			entry.status = result.status;
			record(entry);
		}
		say(`${method} ${req.url} -> ${result.status} (${Date.now() - started} ms)`);
	};
}

module.exports = { createRequestHandler };
