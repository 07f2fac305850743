'use strict';
/**
 * The initial HeyDonto data set, generated from a fixed seed so every start (and every reset)
 * yields exactly the same records. Record order = id order; createdAt grows with id.
 */
const { createRng } = require('../../../lib/prng');
const { Table } = require('../../../lib/table');
const C = require('./catalog');
const { CODES } = require('./codes');
const { generateUsers } = require('./users');

const DAY = 86400000;
const SEED_NOW = Date.UTC(2026, 10, 1); // data never claims to be newer than this
const iso = (ms) => new Date(ms).toISOString();
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Rows with id/createdAt/updatedAt; catalog rows were bulk-loaded a second apart. */
function stamp(rng, list, start, step = 1000) {
	return list.map((fields, i) => {
		const created = typeof start === 'function' ? start(i) : start + i * step;
		const updated = rng.chance(0.4) ? created : Math.min(created + rng.int(1, 400) * DAY, SEED_NOW);
		return { ...fields, id: i + 1, createdAt: iso(created), updatedAt: iso(updated) };
	});
}

function organizations(rng) {
	const rows = C.ORGANIZATIONS.map((o) => ({
		title: o.title,
		website: `https://www.${o.domain}.com`,
		isEnabled: o.title !== 'Sierra Dental Partners',
		clientAccountId: o.clientAccountId,
	}));
	return stamp(rng, rows, (i) => Date.UTC(2023, 0, 4 + i * 4, 16, 20 + i));
}

function brands(rng, orgs) {
	const rows = C.BRANDS.map(([orgId, title], i) => ({
		title,
		organizationTitle: orgs[orgId - 1].title,
		organizationId: orgId,
		isAddingNewOrganization: false,
		isEnabled: i % 9 !== 8,
		clientAccountId: orgs[orgId - 1].clientAccountId,
	}));
	return stamp(rng, rows, (i) => Date.UTC(2023, 0, 6 + i * 3, 17, 5 + i));
}

function siteFields(rng, brand, cityDef, qualifier, name) {
	const [city, zip, area] = cityDef;
	const services = rng.sample(
		[...Array(40).keys()].map((n) => n + 1),
		rng.int(4, 10),
	);
	const practices = rng.sample(
		[...Array(60).keys()].map((n) => n + 1),
		rng.int(1, 3),
	);
	return {
		name,
		address: {
			street: `${rng.int(100, 9800)} ${rng.pick(C.STREETS)}`,
			city,
			zipCode: String(zip + rng.int(0, 40)),
		},
		googlePlaceId: `ChIJ${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 23)}`,
		organizationTitle: brand.organizationTitle,
		organizationId: brand.organizationId,
		isAddingNewOrganization: false,
		brandTitle: brand.title,
		brandId: brand.id,
		isAddingNewBrand: false,
		phoneNumber: `+1-${area}-555-01${String(rng.int(0, 99)).padStart(2, '0')}`,
		website: `https://www.${slug(brand.title)}.com/locations/${slug(`${city}-${qualifier}`)}`,
		anyDeskIp: `192.168.${rng.int(0, 254)}.${rng.int(2, 254)}`,
		practiceManagementSystemId: rng.pick([1, 1, 1, 2, 2, 3, 3, 3, 4, 5, 6, 7, 8]),
		isEnabled: rng.chance(0.9),
		isAddingDecisionMakerUser: false,
		decisionMakerUserId: null,
		decisionMakerUserEmail: null,
		decisionMakerUserPassword: null,
		decisionMakerUserFirstName: null,
		decisionMakerUserLastName: null,
		dentalServiceIds: services.sort((a, b) => a - b),
		dentalPracticeIds: practices.sort((a, b) => a - b),
		clientAccountId: brand.clientAccountId,
	};
}

/** 150 sites: 60 for client account 10, 50 for 20, 40 for 30; site 1 is "Bright Smile Dental – Austin Downtown". */
function sites(rng, brandRows) {
	const accounts = rng.shuffle([
		...Array(59).fill(10),
		...Array(50).fill(20),
		...Array(40).fill(30),
	]);
	accounts.unshift(10);
	const names = new Set();
	const rows = accounts.map((accountId, i) => {
		const brand =
			i === 0 ? brandRows[0] : rng.pick(brandRows.filter((b) => b.clientAccountId === accountId));
		const cities = C.ORGANIZATIONS[brand.organizationId - 1].cities;
		let cityDef = cities[0];
		let qualifier = 'Downtown';
		let name = `${brand.title} – ${cityDef[0]} ${qualifier}`;
		while (i > 0 && (qualifier === 'Downtown' || names.has(name))) {
			cityDef = rng.pick(cities);
			qualifier = rng.pick(C.SITE_QUALIFIERS);
			name = `${brand.title} – ${cityDef[0]} ${qualifier}`;
		}
		names.add(name);
		return siteFields(rng, brand, cityDef, qualifier, name);
	});
	const times = rows
		.map(() => rng.int(Date.UTC(2023, 2, 1), Date.UTC(2026, 9, 31)))
		.sort((a, b) => a - b);
	return stamp(rng, rows, (i) => times[i]);
}

/** Decision makers: a site manager or client-account user of the same account, when there is one. */
function linkDecisionMakers(rng, siteRows, userRows) {
	for (const site of siteRows) {
		const candidates = userRows.filter(
			(u) =>
				['SITE_MANAGER_USER', 'CLIENT_ACCOUNT_USER'].includes(u.role) &&
				u.clientAccountId.includes(site.clientAccountId),
		);
		if (!candidates.length || !rng.chance(0.6)) continue;
		const u = rng.pick(candidates);
		Object.assign(site, {
			decisionMakerUserId: u.id,
			decisionMakerUserEmail: u.email,
			decisionMakerUserPassword: `Sandbox-DM-${site.id}`,
			decisionMakerUserFirstName: u.firstName,
			decisionMakerUserLastName: u.lastName,
		});
	}
}

function assistants(rng, siteRows) {
	const rows = [];
	for (const site of siteRows.slice(0, 10)) {
		const n = site.id === 1 ? 2 : rng.int(0, 2);
		for (const [assistantName, assistantInstructions] of rng.sample(C.ASSISTANTS, n)) {
			rows.push({ siteId: site.id, assistantName, assistantInstructions });
		}
	}
	return stamp(rng, rows, (i) => Date.UTC(2025, 5, 2 + i * 3, 14, 30));
}

/** One probing exam (sequenceType 4) plus bleeding flags (6) for a few teeth on sites 1-3. */
function periomeasures(rng) {
	const rows = [];
	for (const siteId of [1, 2, 3]) {
		const patientId = 1000 + siteId * 17;
		const exam = Date.UTC(2025, 8, 10 + siteId, 15);
		for (const intTooth of [2, 3, 14, 19, 30]) {
			for (const sequenceType of [4, 6]) {
				const v = () => (sequenceType === 4 ? rng.int(1, 5) : rng.int(0, 1));
				rows.push({
					siteId,
					practitionerId: siteId * 2 - 1,
					patientId,
					perioMeasureNum: rows.length + 1,
					perioExamNum: 300 + siteId,
					sequenceType,
					intTooth,
					toothValue: -1,
					mBvalue: v(),
					bvalue: v(),
					dBvalue: v(),
					mLvalue: v(),
					lvalue: v(),
					dLvalue: v(),
					secDateTEntry: iso(exam),
					secDateTEdit: iso(exam + 600000),
				});
			}
		}
	}
	return stamp(rng, rows, (i) => Date.UTC(2025, 8, 11, 15) + i * 1000);
}

function createInitialState() {
	const rng = createRng('heydonto-sandbox-v1');
	const orgRows = organizations(rng);
	const brandRows = brands(rng, orgRows);
	const siteRows = sites(rng, brandRows);
	const userRows = generateUsers(rng, siteRows, iso);
	linkDecisionMakers(rng, siteRows, userRows);
	const catalogStart = Date.UTC(2023, 0, 2, 9);
	const enabled = (list, off = () => false) =>
		list.map((fields, i) => ({ ...fields, isEnabled: !off(i) }));
	return {
		organizations: new Table('Organization', orgRows),
		brands: new Table('Brand', brandRows),
		sites: new Table('Site', siteRows),
		users: new Table('User', userRows),
		practiceManagementSystems: new Table(
			'Practice management system',
			stamp(
				rng,
				C.PRACTICE_MANAGEMENT_SYSTEMS.map(([title, isCloudBased, isEnabled]) => ({
					title,
					isCloudBased,
					isEnabled,
				})),
				catalogStart,
			),
		),
		dentalServices: new Table(
			'Dental service',
			stamp(
				rng,
				enabled(
					C.DENTAL_SERVICES.map((title) => ({ title })),
					(i) => i === 37,
				),
				catalogStart + 60000,
			),
		),
		codes: new Table(
			'Code',
			stamp(
				rng,
				enabled(CODES, (i) => i % 41 === 40),
				catalogStart + 120000,
			),
		),
		appointmentTypes: new Table(
			'Appointment type',
			stamp(
				rng,
				enabled(
					C.APPOINTMENT_TYPES.map((title) => ({ title })),
					(i) => i === 14,
				),
				catalogStart + 600000,
			),
		),
		assistants: new Table('Site assistant', assistants(rng, siteRows)),
		periomeasures: new Table('Periomeasure', periomeasures(rng)),
		fhirResets: [],
		invitations: [],
	};
}

module.exports = { createInitialState };
