'use strict';
/**
 * AlfaDocs API stand-in, mounted under /alfadocs (the real host serves the API at /api/v1 and OAuth2 at
 * /oauth2). Both auth schemes (X-Api-Key, OAuth2 bearer tokens with scopes), GET /me, every operation of
 * the seed at the paths of nodes/AlfaDocs/endpoints.ts, date windows of at most 30/31 days, both
 * envelopes, documents stored base64, and webhooks in AlfaDocs' form format. Control endpoints under
 * /__sandbox/alfadocs. See sandbox/README.md.
 */
const { ok } = require('../../lib/http');
const { API_KEYS, OAUTH_CLIENT, OAUTH_USER, createInitialState } = require('./data');
const { authenticate, scoped, me } = require('./access');
const { registerApi } = require('./api');
const { registerOAuth, expireAccessTokens, revokeTokens } = require('./oauth');
const { registerWebhookControl } = require('./webhooks');

const PREFIX = '/alfadocs';

/**
 * POST /__sandbox/seed { vendor: 'alfadocs', appointmentsPerDay: N }: fills every weekday of archive 11
 * up to N appointments (copies of that day's first one, 20 minutes apart from 08:00), for benchmarks.
 */
function seed(app, body) {
	const { appointments } = app.state.alfadocs.archives[11];
	const wanted = Number(body.appointmentsPerDay ?? 0);
	const byDay = new Map();
	for (const appointment of appointments) {
		const day = appointment.date.slice(0, 10);
		byDay.set(day, [...(byDay.get(day) ?? []), appointment]);
	}
	let nextId = appointments.reduce((max, a) => Math.max(max, a.id), 0) + 1;
	for (const [day, list] of byDay) {
		for (let n = list.length; n < wanted; n++) {
			const minutes = 8 * 60 + n * 20;
			const time = `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
			appointments.push({ ...list[0], id: nextId++, date: `${day} ${time}` });
		}
	}
	appointments.sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
	return { appointments: appointments.length };
}
const API = `${PREFIX}/api/v1`;

function register(router, app) {
	registerOAuth(router, `${PREFIX}/oauth2`);
	router.add('GET', `${API}/me`, authenticate, me);
	registerApi(router.group(authenticate, scoped), API);

	router.add('GET', '/__sandbox/alfadocs', () =>
		ok({
			apiBase: API,
			oauthBase: `${PREFIX}/oauth2`,
			apiKeys: API_KEYS,
			client: OAUTH_CLIENT,
			user: OAUTH_USER,
		}),
	);
	router.add('POST', '/__sandbox/alfadocs/oauth/expire', () => {
		expireAccessTokens(app);
		return ok({ ok: true });
	});
	router.add('POST', '/__sandbox/alfadocs/oauth/revoke', () => {
		revokeTokens(app);
		return ok({ ok: true });
	});
	registerWebhookControl(router);
}

module.exports = {
	name: 'alfadocs',
	createState: () => createInitialState(),
	register,
	revokeTokens,
	seed,
	demoLogins: [
		{ email: 'X-Api-Key (archive 11)', password: Object.keys(API_KEYS)[0], role: 'practice 7' },
		{
			email: `OAuth2 client ${OAUTH_CLIENT.clientId}`,
			password: OAUTH_CLIENT.clientSecret,
			role: 'approve on the consent page',
		},
	],
};
