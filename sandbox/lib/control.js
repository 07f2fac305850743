'use strict';
/**
 * Control endpoints (no auth) under /__sandbox/. They are never logged and never faulted.
 *   GET    /__sandbox/health            -> { ok: true }
 *   GET    /__sandbox/requests          -> logged API requests
 *   DELETE /__sandbox/requests          -> 204, clears the log
 *   POST   /__sandbox/reset             -> { ok: true }, initial data + empty log + no faults
 *   GET    /__sandbox/faults            -> queued faults
 *   POST   /__sandbox/faults            -> 201, queues a fault (see faults.js)
 *   DELETE /__sandbox/faults            -> 204
 *   POST   /__sandbox/tokens            -> 201 { token }; body { email, expiresInSeconds?, vendor? = 'heydonto' }
 *   POST   /__sandbox/tokens/revoke     -> { ok: true }; every token issued so far gets 401; body { vendor? = 'heydonto' }
 *   POST   /__sandbox/seed              -> bulk data for benchmarks; body { vendor, ...what the vendor's seed() takes }
 *   GET    /__sandbox/latency           -> { ms, jitterMs, seed }
 *   PUT    /__sandbox/latency           { ms?, jitterMs?, seed? } -> the settings (restarts the jitter sequence)
 *   DELETE /__sandbox/latency           -> { ms: 0, jitterMs: 0, seed } (no latency)
 */
const { ok, created, noContent, badRequest } = require('./http');
const { parseFault, describeFault } = require('./faults');
const { latencyErrors } = require('./latency');

function registerControl(router, app) {
	const { state } = app;
	router.add('GET', '/__sandbox/health', () => ok({ ok: true }));
	router.add('GET', '/__sandbox/requests', () => ok(state.requests));
	router.add('DELETE', '/__sandbox/requests', () => {
		state.requests.length = 0;
		return noContent();
	});
	router.add('POST', '/__sandbox/reset', () => {
		app.reset();
		return ok({ ok: true });
	});
	router.add('GET', '/__sandbox/faults', () => ok(state.faults.map(describeFault)));
	router.add('POST', '/__sandbox/faults', (ctx) => {
		const fault = parseFault(ctx.body);
		state.faults.push(fault);
		return created(describeFault(fault));
	});
	router.add('DELETE', '/__sandbox/faults', () => {
		state.faults.length = 0;
		return noContent();
	});
	router.add('POST', '/__sandbox/tokens', (ctx) => {
		const name = (ctx.body && ctx.body.vendor) || 'heydonto';
		const vendor = app.vendors.find((v) => v.name === name && typeof v.mintToken === 'function');
		if (!vendor) throw badRequest(`vendor ${name} does not issue tokens`);
		return created({ token: vendor.mintToken(app, ctx.body) });
	});
	router.add('POST', '/__sandbox/seed', (ctx) => {
		const name = ctx.body && ctx.body.vendor;
		const vendor = app.vendors.find((v) => v.name === name && typeof v.seed === 'function');
		if (!vendor) throw badRequest(`vendor ${name} has no seed()`);
		return ok(vendor.seed(app, ctx.body));
	});
	router.add('GET', '/__sandbox/latency', () => ok(app.latency.get()));
	router.add('PUT', '/__sandbox/latency', (ctx) => {
		const body =
			ctx.body && typeof ctx.body === 'object' && !Array.isArray(ctx.body) ? ctx.body : {};
		const errors = latencyErrors(body);
		if (errors.length) throw badRequest(errors);
		return ok(app.latency.set({ ms: body.ms, jitterMs: body.jitterMs, seed: body.seed }));
	});
	router.add('DELETE', '/__sandbox/latency', () => ok(app.latency.set({ ms: 0, jitterMs: 0 })));
	router.add('POST', '/__sandbox/tokens/revoke', (ctx) => {
		const name = (ctx.body && ctx.body.vendor) || 'heydonto';
		const vendor = app.vendors.find((v) => v.name === name && typeof v.revokeTokens === 'function');
		if (!vendor) throw badRequest(`vendor ${name} does not revoke tokens`);
		vendor.revokeTokens(app);
		return ok({ ok: true });
	});
}

module.exports = { registerControl };
