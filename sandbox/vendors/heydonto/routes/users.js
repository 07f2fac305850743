'use strict';
/**
 * Users: bare-array list filtered by the required `userRole`, CRUD, resend invitation.
 * Only ADMIN and CLIENT_ACCOUNT_USER manage users; a client-account user sees and writes only users
 * of its own client accounts and cannot create admins. Passwords are never returned.
 */
const {
	ok,
	created,
	noContent,
	parseId,
	badRequest,
	conflict,
	forbidden,
} = require('../../../lib/http');
const { validate } = require('../../../lib/validate');
const { intList } = require('../../../lib/listing');
const { hashPassword, fhirStoreIdFor, ROLES } = require('../data/users');
const { vstate, requireRole, findUserByEmail } = require('../access');
const S = require('../schemas');

function userView(row) {
	const out = { ...row };
	delete out.passwordHash;
	return out;
}

const sharesAccount = (caller, user) =>
	caller.role === 'ADMIN' || user.clientAccountId.some((id) => caller.clientAccountId.includes(id));

/** 403 when a client-account user would create an admin or reach outside its accounts. */
function assertCanAssign(caller, { role, clientAccountId }) {
	if (caller.role === 'ADMIN') return;
	if (
		role === 'ADMIN' ||
		(clientAccountId && !clientAccountId.every((id) => caller.clientAccountId.includes(id)))
	) {
		throw forbidden();
	}
}

function assertEmailFree(ctx, email, self) {
	const other = email && findUserByEmail(vstate(ctx), email);
	if (other && other !== self) throw conflict(`User with email ${email} already exists`);
}

const loadUser = (ctx) =>
	vstate(ctx).users.get(parseId(ctx.params.userId), (u) => sharesAccount(ctx.user, u));

function listUsers(ctx) {
	const errors = [];
	const { userRole } = ctx.query;
	if (!ROLES.includes(userRole))
		errors.push(`userRole must be one of the following values: ${ROLES.join(', ')}`);
	const accounts = intList(ctx.query, 'clientAccountId', errors);
	if (errors.length) throw badRequest(errors);
	const rows = vstate(ctx).users.rows.filter(
		(u) =>
			u.role === userRole &&
			sharesAccount(ctx.user, u) &&
			(!accounts || u.clientAccountId.some((id) => accounts.includes(id))),
	);
	return ok(rows.map(userView));
}

function createUser(ctx) {
	const { password, ...value } = validate(ctx.body, S.USER_CREATE);
	assertCanAssign(ctx.user, value);
	assertEmailFree(ctx, value.email, null);
	const row = vstate(ctx).users.insert({
		email: value.email,
		firstName: value.firstName,
		lastName: value.lastName,
		role: value.role,
		isEnabled: value.isEnabled,
		clientAccountId: value.clientAccountId,
		organizationId: value.organizationId ?? null,
		brandId: value.brandId ?? null,
		siteId: value.siteId ?? null,
		fhirStoreId: fhirStoreIdFor(value.clientAccountId),
		tosAcceptedAt: null,
		passwordHash: hashPassword(password),
	});
	vstate(ctx).invitations.push({ userId: row.id, email: row.email, at: row.createdAt });
	return created(userView(row));
}

function updateUser(ctx) {
	const id = parseId(ctx.params.userId);
	const value = validate(ctx.body, S.USER_UPDATE);
	const row = vstate(ctx).users.get(id, (u) => sharesAccount(ctx.user, u));
	assertCanAssign(ctx.user, value);
	assertEmailFree(ctx, value.email, row);
	return ok(userView(vstate(ctx).users.patch(row, value)));
}

function deleteUser(ctx) {
	const row = loadUser(ctx);
	vstate(ctx).users.remove(row);
	return noContent();
}

function resendInvitation(ctx) {
	const row = loadUser(ctx);
	vstate(ctx).invitations.push({ userId: row.id, email: row.email, at: new Date().toISOString() });
	return created({ message: 'Invitation sent', userId: row.id });
}

function registerUsers(api) {
	const managers = requireRole('ADMIN', 'CLIENT_ACCOUNT_USER');
	api.get('/users', managers, listUsers);
	api.post('/users', managers, createUser);
	api.get('/users/:userId', managers, (ctx) => ok(userView(loadUser(ctx))));
	api.put('/users/:userId', managers, updateUser);
	api.delete('/users/:userId', managers, deleteUser);
	api.post('/users/:userId/resend-invitation', managers, resendInvitation);
}

module.exports = { registerUsers };
