'use strict';
/**
 * Aerona's login and token rules (SEED): the Login API returns the token in the AERONA-AUTH-TOKEN
 * response header; every other call sends it back in the AERONA-AUTH-TOKEN header; a token lives one
 * hour; more than 300 requests in 15 minutes with one token invalidates it.
 *
 * INFERRED (Aerona does not publish them): the login path `POST /login` and its body
 * `{ username, password, pin }`, the error bodies (Spring Boot style), and the status of a rejected
 * token (401). The node's guesses live in nodes/Aerona/endpoints.ts; the sandbox follows them.
 */
const crypto = require('node:crypto');
const { HttpError, reply } = require('../../lib/http');
const { SlidingWindowCounter } = require('../../lib/ratelimit');

const TOKEN_HEADER = 'aerona-auth-token';

const USERS = [
	{ id: 7, username: 'frontdesk', password: 'Sandbox-Aerona-1', pin: '1234', practiceId: 9876 },
	{ id: 8, username: 'manager', password: 'Sandbox-Aerona-2', pin: '5678', practiceId: 9877 },
];

const vstate = (ctx) => ctx.state.aerona;

/** Spring Boot's error body: `{ timestamp, status, error, message, path }`. */
const STATUS_TEXT = {
	400: 'Bad Request',
	401: 'Unauthorized',
	404: 'Not Found',
	405: 'Method Not Allowed',
};
function aeronaError(status, message, path) {
	return new HttpError(status, {
		timestamp: new Date().toISOString(),
		status,
		error: STATUS_TEXT[status] || 'Error',
		message,
		path,
	});
}

function issueToken(app, user) {
	const state = app.state.aerona;
	const now = Date.now();
	const token = crypto.randomBytes(24).toString('hex');
	state.tokens.set(token, {
		userId: user.id,
		issuedAt: now,
		expiresAt: now + state.settings.tokenTtlSeconds * 1000,
		invalidated: null,
		window: new SlidingWindowCounter(state.settings.rateLimit, state.settings.rateWindowMs),
	});
	state.logins.push({ username: user.username, at: now });
	return token;
}

/** POST /login with `{ username, password, pin }` -> 200, token in the AERONA-AUTH-TOKEN header. */
function login(ctx) {
	const body = ctx.body && typeof ctx.body === 'object' ? ctx.body : {};
	const missing = ['username', 'password', 'pin'].filter(
		(field) => typeof body[field] !== 'string' || body[field] === '',
	);
	if (missing.length)
		throw aeronaError(400, `Missing login fields: ${missing.join(', ')}`, ctx.path);
	const user = USERS.find(
		(u) =>
			u.username.toLowerCase() === body.username.toLowerCase() &&
			u.password === body.password &&
			u.pin === body.pin,
	);
	if (!user) throw aeronaError(401, 'Invalid username, password or practice PIN', ctx.path);
	const token = issueToken(ctx.app, user);
	return reply(
		200,
		{ userId: user.id, username: user.username, practiceId: user.practiceId },
		{
			'AERONA-AUTH-TOKEN': token,
		},
	);
}

/**
 * Middleware for every other route: a known, unexpired, valid token, within its rate limit. The request
 * that goes over the limit invalidates the token (and is refused), like Aerona.
 */
function authenticate(ctx) {
	const header = ctx.headers[TOKEN_HEADER];
	const token = Array.isArray(header) ? header[0] : header;
	if (!token) throw aeronaError(401, 'Missing AERONA-AUTH-TOKEN header', ctx.path);
	const record = vstate(ctx).tokens.get(token);
	if (!record) throw aeronaError(401, 'Invalid token', ctx.path);
	const now = Date.now();
	if (record.invalidated)
		throw aeronaError(401, `Token invalidated: ${record.invalidated}`, ctx.path);
	if (now >= record.expiresAt) throw aeronaError(401, 'Token expired', ctx.path);
	if (!record.window.hit(now)) {
		const { rateLimit, rateWindowMs } = vstate(ctx).settings;
		record.invalidated = `more than ${rateLimit} requests in ${rateWindowMs / 1000} s`;
		vstate(ctx).invalidations.push({ userId: record.userId, at: now });
		throw aeronaError(401, `Token invalidated: ${record.invalidated}`, ctx.path);
	}
	ctx.user = USERS.find((u) => u.id === record.userId);
	return undefined;
}

/** Backs POST /__sandbox/tokens with { vendor: 'aerona', username? } (default: frontdesk). */
function mintToken(app, body) {
	const username = (body && (body.username || body.email)) || 'frontdesk';
	const user = USERS.find((u) => u.username === username);
	if (!user) throw aeronaError(404, `No user ${username}`, '/__sandbox/tokens');
	return issueToken(app, user);
}

/** Backs POST /__sandbox/tokens/revoke with { vendor: 'aerona' }: every token so far gets 401. */
function revokeTokens(app) {
	for (const record of app.state.aerona.tokens.values()) record.invalidated = 'revoked';
}

module.exports = {
	USERS,
	TOKEN_HEADER,
	aeronaError,
	login,
	authenticate,
	mintToken,
	revokeTokens,
	vstate,
};
