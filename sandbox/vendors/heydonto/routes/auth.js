'use strict';
/** POST /auth/login (public) and GET /auth/user. */
const { created, ok, unauthorized } = require('../../../lib/http');
const { validate } = require('../../../lib/validate');
const { hashPassword } = require('../data/users');
const {
	vstate,
	issueToken,
	findUserByEmail,
	canSee,
	siteKey,
	brandKey,
	organizationKey,
} = require('../access');
const S = require('../schemas');

function login(ctx) {
	const { email, password } = validate(ctx.body, S.LOGIN);
	const user = findUserByEmail(vstate(ctx), email);
	if (!user || user.isEnabled === false || user.passwordHash !== hashPassword(password)) {
		throw unauthorized('Invalid credentials');
	}
	const token = issueToken(ctx.app, user, ctx.options.tokenTtlSeconds);
	// Two documented shapes (version drift): current `{message, token}`, older `{accessToken}`.
	return created(
		ctx.options.loginResponseShape === 'accessToken'
			? { accessToken: token }
			: { message: 'Login successful', token },
	);
}

function currentUser(ctx) {
	const u = ctx.user;
	const s = vstate(ctx);
	const idsOf = (table, keyOf) =>
		table.rows.filter((row) => canSee(u, keyOf(row))).map((row) => row.id);
	return ok({
		email: u.email,
		fhirStoreId: u.fhirStoreId,
		id: u.id,
		organizationIds: idsOf(s.organizations, organizationKey),
		brandIds: idsOf(s.brands, brandKey),
		siteIds: idsOf(s.sites, siteKey),
		role: u.role,
		firstName: u.firstName,
		lastName: u.lastName,
		tosAcceptedAt: u.tosAcceptedAt,
	});
}

function registerAuth(pub, api) {
	pub.post('/auth/login', login);
	api.get('/auth/user', currentUser);
}

module.exports = { registerAuth };
