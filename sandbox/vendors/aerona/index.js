'use strict';
/**
 * Aerona API stand-in, mounted under /aerona/AeronaAPI/v1 (the real base is
 * https://aeronadental.com/AeronaAPI/v1): login with the token in a response header, tokens that expire,
 * the 300-per-15-minutes limit that invalidates a token, the documented endpoints (and the inferred
 * ones the node uses), and webhooks on patient and appointment changes.
 *
 * Control (no auth): the webhooks (see webhooks.js), and
 *   GET  /__sandbox/aerona/settings  -> { tokenTtlSeconds, rateLimit, rateWindowMs }
 *   POST /__sandbox/aerona/settings  { tokenTtlSeconds?, rateLimit?, rateWindowMs? } (new tokens only)
 *   GET  /__sandbox/aerona/usage     -> { logins, invalidations, peakInWindow, requests }
 */
const { ok, badRequest } = require('../../lib/http');
const { peakInWindow } = require('../../lib/ratelimit');
const { WebhookDispatcher } = require('../../lib/webhooks');
const { createData } = require('./data');
const { USERS, login, authenticate, mintToken, revokeTokens } = require('./access');
const routes = require('./routes');
const { registerWebhookControl } = require('./webhooks');

const PREFIX = '/aerona/AeronaAPI/v1';

/** Prefixes every path of a router group, so the vendor's routes hang off its base path. */
function prefixed(group) {
	const api = {};
	for (const verb of ['get', 'post', 'put', 'patch', 'delete']) {
		api[verb] = (path, ...handlers) => {
			group[verb](`${PREFIX}${path}`, ...handlers);
			return api;
		};
	}
	return api;
}

function createState(app) {
	const { options } = app;
	app.state.aerona?.webhooks.stop();
	return {
		...createData(),
		settings: {
			tokenTtlSeconds: options.aeronaTokenTtlSeconds,
			rateLimit: options.aeronaRateLimit,
			rateWindowMs: options.aeronaRateWindowMs,
		},
		tokens: new Map(),
		logins: [],
		invalidations: [],
		webhooks: new WebhookDispatcher({
			retryIntervalMs: options.webhookRetryMs,
			maxRetries: options.webhookMaxRetries,
			timeoutMs: options.webhookTimeoutMs,
		}),
	};
}

function registerControl(router, app) {
	const settings = () => app.state.aerona.settings;
	router.add('GET', '/__sandbox/aerona/settings', () => ok(settings()));
	router.add('POST', '/__sandbox/aerona/settings', (ctx) => {
		const body = ctx.body || {};
		for (const key of ['tokenTtlSeconds', 'rateLimit', 'rateWindowMs']) {
			if (body[key] === undefined) continue;
			if (!Number.isInteger(body[key]) || body[key] < 1)
				throw badRequest(`${key} must be a positive integer`);
			settings()[key] = body[key];
		}
		return ok(settings());
	});
	router.add('GET', '/__sandbox/aerona/usage', () => {
		const state = app.state.aerona;
		const requests = app.state.requests
			.filter((entry) => entry.path.startsWith(`${PREFIX}/`))
			.map((entry) => ({
				method: entry.method,
				path: entry.path,
				status: entry.status,
				at: entry.at,
			}));
		return ok({
			logins: state.logins.length,
			invalidations: state.invalidations.length,
			rateLimit: state.settings.rateLimit,
			rateWindowMs: state.settings.rateWindowMs,
			peakInWindow: peakInWindow(
				requests.map((request) => request.at),
				state.settings.rateWindowMs,
			),
			requests,
		});
	});
	registerWebhookControl(router, app);
}

function register(router, app) {
	prefixed(router.group()).post('/login', login);
	routes.register(prefixed(router.group(authenticate)));
	registerControl(router, app);
}

module.exports = {
	name: 'aerona',
	prefix: PREFIX,
	createState,
	register,
	mintToken,
	revokeTokens,
	close: (app) => app.state.aerona?.webhooks.stop(),
	demoLogins: USERS.map(({ username, password, pin }) => ({
		email: username,
		password,
		role: `practice PIN ${pin}`,
	})),
};
