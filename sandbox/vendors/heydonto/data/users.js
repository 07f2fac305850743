'use strict';
/** Seeded users: the two documented demo logins plus 28 generated users across every role. */
const crypto = require('node:crypto');
const { FIRST_NAMES, LAST_NAMES, ORGANIZATIONS } = require('./catalog');

const ROLES = [
	'ADMIN',
	'ORGANIZATION_USER',
	'BRAND_USER',
	'SITE_USER',
	'CLIENT_ACCOUNT_USER',
	'SITE_MANAGER_USER',
];

const DEMO_USERS = [
	{
		email: 'admin@heydonto.test',
		password: 'Sandbox-Admin-1',
		role: 'ADMIN',
		firstName: 'Avery',
		lastName: 'Morgan',
		clientAccountId: [],
	},
	{
		email: 'ops@brightsmile.test',
		password: 'Sandbox-Ops-1',
		role: 'CLIENT_ACCOUNT_USER',
		firstName: 'Jordan',
		lastName: 'Reyes',
		clientAccountId: [10],
		organizationId: 1,
	},
];

const GENERATED_ROLES = [
	...Array(2).fill('ADMIN'),
	...Array(6).fill('CLIENT_ACCOUNT_USER'),
	...Array(6).fill('ORGANIZATION_USER'),
	...Array(5).fill('BRAND_USER'),
	...Array(5).fill('SITE_USER'),
	...Array(4).fill('SITE_MANAGER_USER'),
];

/** Passwords are stored hashed; generated users' password is `Sandbox-User-<id>`. */
const hashPassword = (password) =>
	crypto.createHash('sha256').update(`heydonto-sandbox:${password}`).digest('hex');

const fhirStoreIdFor = (clientAccountId) =>
	`fhir-store-${clientAccountId.length ? `ca${clientAccountId[0]}` : 'platform'}`;

function userRow(fields, id, createdAt, tosAcceptedAt) {
	const { password, ...rest } = fields;
	return {
		email: rest.email,
		firstName: rest.firstName,
		lastName: rest.lastName,
		role: rest.role,
		isEnabled: rest.isEnabled ?? true,
		clientAccountId: rest.clientAccountId,
		organizationId: rest.organizationId ?? null,
		brandId: rest.brandId ?? null,
		siteId: rest.siteId ?? null,
		fhirStoreId: fhirStoreIdFor(rest.clientAccountId),
		tosAcceptedAt,
		passwordHash: hashPassword(password),
		id,
		createdAt,
		updatedAt: createdAt,
	};
}

/** Scope fields of a generated user, taken from a random site so that they are consistent. */
function scopeFor(role, site) {
	if (role === 'ADMIN') return { clientAccountId: [] };
	const scope = { clientAccountId: [site.clientAccountId] };
	if (role === 'CLIENT_ACCOUNT_USER') return scope;
	scope.organizationId = site.organizationId;
	if (role === 'ORGANIZATION_USER') return scope;
	scope.brandId = site.brandId;
	if (role === 'BRAND_USER') return scope;
	return { ...scope, siteId: site.id };
}

function generateUsers(rng, sites, iso) {
	const emails = new Set();
	const rows = DEMO_USERS.map((u, i) => {
		emails.add(u.email);
		const createdAt = iso(Date.UTC(2023, 0, 3, 15, 4 + i));
		return userRow(u, i + 1, createdAt, createdAt);
	});
	for (const role of GENERATED_ROLES) {
		const id = rows.length + 1;
		const site = rng.pick(sites);
		const scope = scopeFor(role, site);
		const domain = role === 'ADMIN' ? 'heydonto' : ORGANIZATIONS[site.organizationId - 1].domain;
		const firstName = rng.pick(FIRST_NAMES);
		const lastName = rng.pick(LAST_NAMES);
		let email = `${firstName}.${lastName}@${domain}.test`.toLowerCase();
		for (let n = 2; emails.has(email); n++)
			email = `${firstName}.${lastName}${n}@${domain}.test`.toLowerCase();
		emails.add(email);
		const created =
			Math.max(Date.parse(site.createdAt), Date.UTC(2023, 1, 1)) + rng.int(1, 30) * 86400000;
		const createdAt = iso(Math.min(created, Date.UTC(2026, 9, 31)));
		const tos = rng.chance(0.8) ? iso(Date.parse(createdAt) + rng.int(1, 72) * 3600000) : null;
		const fields = { email, firstName, lastName, role, ...scope, isEnabled: rng.chance(0.9) };
		rows.push(userRow({ ...fields, password: `Sandbox-User-${id}` }, id, createdAt, tos));
	}
	return rows;
}

module.exports = { ROLES, DEMO_USERS, generateUsers, hashPassword, fhirStoreIdFor };
