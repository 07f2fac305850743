'use strict';
/**
 * HeyDonto authentication and authorization.
 *
 * Tokens: HS256 JWTs `{ sub: userId, email, role, iat, exp }`, exp = iat + tokenTtlSeconds.
 * Visibility by role: ADMIN sees everything; CLIENT_ACCOUNT_USER sees rows of its clientAccountId list;
 * ORGANIZATION_USER its organization; BRAND_USER its brand; SITE_USER / SITE_MANAGER_USER its site.
 * Rows outside the caller's scope are left out of lists and answer 404 by id (like a scoped query);
 * writing a row into a scope the caller does not have answers 403.
 */
const { signJwt, verifyJwt } = require('../../lib/jwt');
const { unauthorized, forbidden, badRequest, notFound } = require('../../lib/http');

const vstate = (ctx) => ctx.state.heydonto;

function issueToken(app, user, expiresInSeconds) {
	const now = Date.now();
	const iat = Math.floor(now / 1000);
	// `iatMs` lets POST /__sandbox/tokens/revoke reject every token issued before it, to the millisecond.
	const payload = {
		sub: user.id,
		email: user.email,
		role: user.role,
		iat,
		iatMs: now,
		exp: iat + expiresInSeconds,
	};
	return signJwt(payload, app.options.jwtSecret);
}

/** Rejects every token issued so far (as a server-side logout or key rotation would). */
function revokeTokens(app) {
	app.state.heydonto.tokensRevokedBefore = Date.now() + 1;
}

const findUserByEmail = (state, email) =>
	state.users.rows.find((u) => u.email.toLowerCase() === String(email).toLowerCase());

/** Middleware: `Authorization: Bearer <JWT>` -> ctx.user, else 401 `{statusCode, message}`. */
function authenticate(ctx) {
	const header = ctx.headers.authorization;
	const m = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
	const payload = m && verifyJwt(m[1], ctx.options.jwtSecret);
	const user = payload && vstate(ctx).users.find(payload.sub);
	const revoked =
		payload && (payload.iatMs ?? payload.iat * 1000) < (vstate(ctx).tokensRevokedBefore ?? 0);
	if (!user || user.isEnabled === false || revoked) throw unauthorized();
	ctx.user = user;
	return undefined;
}

/** Middleware: 403 `Forbidden resource` unless the caller has one of the roles. */
const requireRole =
	(...roles) =>
	(ctx) => {
		if (!roles.includes(ctx.user.role)) throw forbidden();
		return undefined;
	};

/** Scope levels, widest first; a user's level is where its role sits. */
const LEVELS = [
	{ field: 'clientAccountId', roles: ['CLIENT_ACCOUNT_USER'] },
	{ field: 'organizationId', roles: ['ORGANIZATION_USER'] },
	{ field: 'brandId', roles: ['BRAND_USER'] },
	{ field: 'siteId', roles: ['SITE_USER', 'SITE_MANAGER_USER'] },
];

/**
 * Can `user` see a row described by `key` ({ clientAccountId, organizationId?, brandId?, siteId? })?
 * Compares at the narrower of the two levels: a site user sees its own organization, a brand user
 * sees every site of its brand.
 */
function canSee(user, key) {
	if (user.role === 'ADMIN') return true;
	const userLevel = LEVELS.findIndex((l) => l.roles.includes(user.role));
	if (userLevel === -1) return false;
	const keyLevel = LEVELS.reduce((deepest, l, i) => (key[l.field] !== undefined ? i : deepest), 0);
	const { field } = LEVELS[Math.min(userLevel, keyLevel)];
	if (field === 'clientAccountId') return user.clientAccountId.includes(key.clientAccountId);
	return key[field] !== undefined && key[field] !== null && key[field] === user[field];
}

const siteKey = (row) => ({
	clientAccountId: row.clientAccountId,
	organizationId: row.organizationId,
	brandId: row.brandId,
	siteId: row.id,
});
const brandKey = (row) => ({
	clientAccountId: row.clientAccountId,
	organizationId: row.organizationId,
	brandId: row.id,
});
const organizationKey = (row) => ({ clientAccountId: row.clientAccountId, organizationId: row.id });

/** `visible` factories for registerCrud / Table.get. */
const visibleBy = (keyOf) => (ctx) => (row) => canSee(ctx.user, keyOf(row));

/** 403 when a non-admin writes a row outside its scope. */
function assertWritable(ctx, key) {
	if (!canSee(ctx.user, key)) throw forbidden();
}

/** A referenced record (by a body field such as organizationId), or undefined. */
const findRef = (table, id) => (typeof id === 'number' ? table.find(id) : undefined);

/** clientAccountId for a write: the body's, else the existing row's, else a referenced record's, else the caller's first. */
function resolveClientAccountId(ctx, value, existing, ...refs) {
	const ref = refs.find((r) => r && r.clientAccountId !== null && r.clientAccountId !== undefined);
	return (
		value.clientAccountId ??
		existing?.clientAccountId ??
		ref?.clientAccountId ??
		ctx.user.clientAccountId[0] ??
		null
	);
}

/** Backs `POST /__sandbox/tokens` { email, expiresInSeconds? } (may be negative: already expired). */
function mintToken(app, body) {
	const { email, expiresInSeconds = app.options.tokenTtlSeconds } = body || {};
	if (typeof email !== 'string' || email === '') throw badRequest(['email must be a string']);
	if (!Number.isInteger(expiresInSeconds))
		throw badRequest(['expiresInSeconds must be an integer number']);
	const user = findUserByEmail(app.state.heydonto, email);
	if (!user) throw notFound(`User with email ${email} not found`);
	return issueToken(app, user, expiresInSeconds);
}

module.exports = {
	vstate,
	issueToken,
	revokeTokens,
	findUserByEmail,
	authenticate,
	requireRole,
	canSee,
	siteKey,
	brandKey,
	organizationKey,
	visibleBy,
	assertWritable,
	findRef,
	resolveClientAccountId,
	mintToken,
};
