'use strict';
/**
 * AlfaDocs authentication: exactly one of `X-Api-Key` (one archive) or `Authorization: Bearer` (an
 * OAuth2 access token of a user who may open several archives of a practice). Errors are AlfaDocs'
 * `{error}` / `{error, error_description}` bodies. Path scoping: a credential opens only its own
 * practice and archive(s) (403 otherwise); an OAuth2 token also needs the route's scope.
 */
const { HttpError, ok } = require('../../lib/http');
const { API_KEYS, OAUTH_USER } = require('./data');

const vstate = (ctx) => ctx.state.alfadocs;
const fail = (status, error, description) =>
	new HttpError(status, description ? { error, error_description: description } : { error });

/** Middleware: who is calling -> ctx.alfa = { kind, practiceId, archiveIds, defaultArchiveId, scopes? }. */
function authenticate(ctx) {
	const key = ctx.headers['x-api-key'];
	const authorization = ctx.headers.authorization;
	if (key && authorization) {
		throw fail(400, 'Send either X-Api-Key or Authorization: Bearer, not both');
	}
	if (key) {
		const owner = API_KEYS[key];
		if (!owner) throw fail(401, 'Invalid API key');
		ctx.alfa = {
			kind: 'apiKey',
			practiceId: owner.practiceId,
			archiveIds: [owner.archiveId],
			defaultArchiveId: owner.archiveId,
			userId: null,
		};
		return undefined;
	}
	const match =
		typeof authorization === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
	if (!match)
		throw fail(401, 'Missing credentials: send X-Api-Key or Authorization: Bearer <token>');
	const token = vstate(ctx).oauth.accessTokens.get(match[1]);
	if (!token || token.expiresAt <= Date.now()) {
		throw fail(401, 'invalid_token', 'The access token is invalid or has expired');
	}
	ctx.alfa = {
		kind: 'oauth2',
		practiceId: OAUTH_USER.practiceId,
		archiveIds: OAUTH_USER.archiveIds,
		defaultArchiveId: OAUTH_USER.defaultArchiveId,
		userId: OAUTH_USER.userId,
		scopes: token.scopes,
	};
	return undefined;
}

/** Route guard: the OAuth2 scope a route needs (API keys open everything of their archive). */
const requireScope = (scope) => (ctx) => {
	if (scope && ctx.alfa.kind === 'oauth2' && !ctx.alfa.scopes.includes(scope)) {
		throw fail(403, 'insufficient_scope', `The access token lacks the scope ${scope}`);
	}
	return undefined;
};

const positiveInt = (raw) =>
	typeof raw === 'string' && /^[1-9]\d*$/.test(raw) ? Number(raw) : null;

/** Middleware for `/practices/:practiceId/archives/:archiveId/...`: ctx.archive = that archive's data. */
function scoped(ctx) {
	const practiceId = positiveInt(ctx.params.practiceId);
	const archiveId = positiveInt(ctx.params.archiveId);
	if (practiceId === null || archiveId === null)
		throw fail(400, 'practiceId and archiveId must be integers');
	if (practiceId !== ctx.alfa.practiceId || !ctx.alfa.archiveIds.includes(archiveId)) {
		throw fail(403, `This credential cannot open archive ${archiveId} of practice ${practiceId}`);
	}
	ctx.archive = vstate(ctx).archives[archiveId];
	if (!ctx.archive) throw fail(404, `Archive ${archiveId} not found`);
	return undefined;
}

/** GET /me (CODE: alfadocs/oauth2-client): `{status, data: {practiceId, archiveId, ...}}`. */
function me(ctx) {
	const { alfa } = ctx;
	return ok({
		status: 'success',
		data: {
			practiceId: alfa.practiceId,
			archiveId: alfa.defaultArchiveId,
			ownerEmail: OAUTH_USER.ownerEmail,
			userId: alfa.userId,
			userEmail: alfa.kind === 'oauth2' ? OAUTH_USER.userEmail : null,
		},
	});
}

module.exports = { vstate, fail, authenticate, requireScope, scoped, me, positiveInt };
