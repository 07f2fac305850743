'use strict';
/** HS256 JSON Web Tokens with node:crypto only. */
const crypto = require('node:crypto');

const b64url = (input) => Buffer.from(input).toString('base64url');
const hmac = (data, secret) => crypto.createHmac('sha256', secret).update(data).digest('base64url');

function signJwt(payload, secret) {
	const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
	const body = b64url(JSON.stringify(payload));
	return `${head}.${body}.${hmac(`${head}.${body}`, secret)}`;
}

/**
 * Returns the payload, or null when the token is malformed, not HS256, badly signed or expired.
 * Expiry is checked like `jsonwebtoken`: expired once floor(now) >= exp.
 */
function verifyJwt(token, secret, nowMs = Date.now()) {
	const parts = typeof token === 'string' ? token.split('.') : [];
	if (parts.length !== 3) return null;
	const [head, body, sig] = parts;
	const expected = Buffer.from(hmac(`${head}.${body}`, secret));
	const given = Buffer.from(sig);
	if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
	try {
		const header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8'));
		const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
		if (header.alg !== 'HS256' || !payload || typeof payload !== 'object') return null;
		if (typeof payload.exp === 'number' && Math.floor(nowMs / 1000) >= payload.exp) return null;
		return payload;
	} catch {
		return null;
	}
}

module.exports = { signJwt, verifyJwt };
