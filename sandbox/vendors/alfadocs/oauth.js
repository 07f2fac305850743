'use strict';
/**
 * OAuth2 authorization code flow (SEED + catalog §1.2), under /alfadocs/oauth2:
 *   GET  /authorize  -> an HTML consent page (or a redirect with an error for a bad request)
 *   POST /authorize  -> the page's form: Approve redirects to redirect_uri?code=...&state=..., Deny with error=access_denied
 *   POST /token      -> form body, client_secret_post: grant_type authorization_code | refresh_token
 * Codes live 10 minutes and work once; refresh tokens rotate (the old one stops working). Access tokens
 * are JWTs living `alfadocsTokenTtlSeconds` (3600, as AlfaDocs answers); the control endpoint
 * POST /__sandbox/alfadocs/oauth/expire makes every access token expired at once.
 */
const crypto = require('node:crypto');
const { HttpError, ok, text, redirect } = require('../../lib/http');
const { signJwt } = require('../../lib/jwt');
const { OAUTH_CLIENT, OAUTH_USER, PRACTICE_ID } = require('./data');
const { SCOPES } = require('./scopes');
const { vstate } = require('./access');

const CODE_TTL_MS = 10 * 60 * 1000;
const random = (bytes = 24) => crypto.randomBytes(bytes).toString('hex');
const escape = (value) =>
	String(value ?? '').replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
	);
const oauthError = (status, error, description) =>
	new HttpError(status, { error, error_description: description });

const first = (value) => (Array.isArray(value) ? value[0] : value);
const scopesOf = (raw) =>
	String(first(raw) ?? '')
		.split(/\s+/)
		.filter(Boolean);

function withParams(uri, params) {
	const url = new URL(uri);
	for (const [key, value] of Object.entries(params))
		if (value !== undefined) url.searchParams.set(key, value);
	return url.toString();
}

function errorPage(message) {
	return text(
		400,
		`<!doctype html><title>AlfaDocs sandbox</title><h1>Authorization failed</h1><p id="error">${escape(message)}</p>`,
	);
}

/** Checks an authorization request; returns the problem as a page, a redirect, or the clean request. */
function checkRequest(params) {
	const clientId = first(params.client_id);
	const redirectUri = first(params.redirect_uri);
	if (clientId !== OAUTH_CLIENT.clientId)
		return { page: errorPage(`Unknown client_id ${clientId ?? ''}`) };
	try {
		new URL(redirectUri);
	} catch {
		return { page: errorPage('redirect_uri must be an absolute URL') };
	}
	const state = first(params.state);
	if (first(params.response_type) !== 'code') {
		return {
			redirect: redirect(withParams(redirectUri, { error: 'unsupported_response_type', state })),
		};
	}
	const scopes = scopesOf(params.scope);
	const unknown = scopes.filter((scope) => !SCOPES.includes(scope));
	if (scopes.length === 0 || unknown.length > 0) {
		const description =
			scopes.length === 0 ? 'No scope requested' : `Unknown scope: ${unknown.join(' ')}`;
		return {
			redirect: redirect(
				withParams(redirectUri, { error: 'invalid_scope', error_description: description, state }),
			),
		};
	}
	return { request: { clientId, redirectUri, state, scopes } };
}

function consentPage({ clientId, redirectUri, state, scopes }) {
	const hidden = {
		response_type: 'code',
		client_id: clientId,
		redirect_uri: redirectUri,
		state: state ?? '',
		scope: scopes.join(' '),
	};
	return text(
		200,
		`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Authorize ${escape(OAUTH_CLIENT.name)} - AlfaDocs sandbox</title></head>
<body>
<h1>Authorize ${escape(OAUTH_CLIENT.name)}</h1>
<p>${escape(OAUTH_CLIENT.name)} asks to use AlfaDocs as <strong>${escape(OAUTH_USER.userEmail)}</strong> (practice ${PRACTICE_ID}).</p>
<ul id="scopes">${scopes.map((scope) => `<li>${escape(scope)}</li>`).join('')}</ul>
<form method="post" action="authorize">
${Object.entries(hidden)
	.map(([name, value]) => `<input type="hidden" name="${name}" value="${escape(value)}">`)
	.join('\n')}
<button type="submit" name="decision" value="approve">Approve</button>
<button type="submit" name="decision" value="deny">Deny</button>
</form>
</body></html>`,
	);
}

function authorizePage(ctx) {
	const checked = checkRequest(ctx.query);
	return checked.page ?? checked.redirect ?? consentPage(checked.request);
}

function decide(ctx) {
	const checked = checkRequest(ctx.body);
	if (!checked.request) return checked.page ?? checked.redirect;
	const { clientId, redirectUri, state, scopes } = checked.request;
	if (first(ctx.body.decision) !== 'approve') {
		return redirect(withParams(redirectUri, { error: 'access_denied', state: state || undefined }));
	}
	const code = random(16);
	vstate(ctx).oauth.codes.set(code, {
		clientId,
		redirectUri,
		scopes,
		expiresAt: Date.now() + CODE_TTL_MS,
	});
	return redirect(withParams(redirectUri, { code, state: state || undefined }));
}

function issueTokens(ctx, clientId, scopes) {
	const ttl = ctx.options.alfadocsTokenTtlSeconds;
	const { oauth } = vstate(ctx);
	const now = Date.now();
	const accessToken = signJwt(
		{
			sub: OAUTH_USER.userId,
			aud: clientId,
			scope: scopes.join(' '),
			jti: random(8),
			iat: Math.floor(now / 1000),
			exp: Math.floor(now / 1000) + ttl,
		},
		ctx.options.jwtSecret,
	);
	const refreshToken = `def502${random(32)}`;
	oauth.accessTokens.set(accessToken, { clientId, scopes, expiresAt: now + ttl * 1000 });
	oauth.refreshTokens.set(refreshToken, { clientId, scopes });
	return ok({
		token_type: 'Bearer',
		expires_in: ttl,
		access_token: accessToken,
		refresh_token: refreshToken,
	});
}

function token(ctx) {
	const body = ctx.body || {};
	if (!String(ctx.headers['content-type'] || '').startsWith('application/x-www-form-urlencoded')) {
		throw oauthError(
			400,
			'invalid_request',
			'The token request must be application/x-www-form-urlencoded',
		);
	}
	const clientId = first(body.client_id);
	const clientSecret = first(body.client_secret);
	if (clientSecret === undefined) {
		throw oauthError(
			401,
			'invalid_client',
			'Send client_id and client_secret in the request body (client_secret_post)',
		);
	}
	if (clientId !== OAUTH_CLIENT.clientId || clientSecret !== OAUTH_CLIENT.clientSecret) {
		throw oauthError(401, 'invalid_client', 'Client authentication failed');
	}
	const { oauth } = vstate(ctx);
	const grant = first(body.grant_type);
	if (grant === 'authorization_code') {
		const code = oauth.codes.get(first(body.code));
		oauth.codes.delete(first(body.code));
		if (!code || code.expiresAt <= Date.now() || code.clientId !== clientId) {
			throw oauthError(
				400,
				'invalid_grant',
				'The authorization code is invalid, expired or already used',
			);
		}
		if (first(body.redirect_uri) !== code.redirectUri) {
			throw oauthError(
				400,
				'invalid_grant',
				'redirect_uri does not match the authorization request',
			);
		}
		return issueTokens(ctx, clientId, code.scopes);
	}
	if (grant === 'refresh_token') {
		const refresh = oauth.refreshTokens.get(first(body.refresh_token));
		if (!refresh || refresh.clientId !== clientId) {
			throw oauthError(400, 'invalid_grant', 'The refresh token is invalid or was revoked');
		}
		oauth.refreshTokens.delete(first(body.refresh_token));
		const asked = scopesOf(body.scope);
		const scopes =
			asked.length > 0 ? asked.filter((scope) => refresh.scopes.includes(scope)) : refresh.scopes;
		return issueTokens(ctx, clientId, scopes);
	}
	throw oauthError(
		400,
		'unsupported_grant_type',
		`grant_type must be authorization_code or refresh_token`,
	);
}

function registerOAuth(router, prefix) {
	router.add('GET', `${prefix}/authorize`, authorizePage);
	router.add('POST', `${prefix}/authorize`, decide);
	router.add('POST', `${prefix}/token`, token);
}

/** Control: every access token expires now (refresh tokens keep working), or everything is revoked. */
function expireAccessTokens(app) {
	for (const entry of app.state.alfadocs.oauth.accessTokens.values()) entry.expiresAt = 0;
}
function revokeTokens(app) {
	const { oauth } = app.state.alfadocs;
	oauth.accessTokens.clear();
	oauth.refreshTokens.clear();
}

module.exports = { registerOAuth, expireAccessTokens, revokeTokens };
