'use strict';
/**
 * Sites: billing analytics (registered before `/site/:siteId`), CRUD, FHIR reset.
 * Note: the real API returns `decisionMakerUserPassword` in site responses (see the seed's examples);
 * the sandbox stores it but never returns it, so no test output or workflow item carries a password.
 */
const { ok, noContent, parseId, badRequest } = require('../../../lib/http');
const { validate } = require('../../../lib/validate');
const { registerCrud } = require('../../../lib/crud');
const { intList, dateParam } = require('../../../lib/listing');
const {
	vstate,
	requireRole,
	siteKey,
	visibleBy,
	assertWritable,
	findRef,
	resolveClientAccountId,
} = require('../access');
const S = require('../schemas');

function siteView(row) {
	const out = { ...row };
	delete out.decisionMakerUserPassword;
	return out;
}
const visibleSite = visibleBy(siteKey);

/** Fills clientAccountId and organization/brand titles from the referenced records; 403 outside scope. */
function prepareSite(ctx, value, existing) {
	const s = vstate(ctx);
	const org = findRef(s.organizations, value.organizationId);
	const brand = findRef(s.brands, value.brandId);
	const out = {
		...value,
		organizationTitle: value.organizationTitle ?? org?.title,
		brandTitle: value.brandTitle ?? brand?.title,
		clientAccountId: resolveClientAccountId(ctx, value, existing, brand, org),
	};
	assertWritable(ctx, siteKey({ ...out, id: existing?.id }));
	return out;
}

/** `[{ clientAccountId, sites: [{id, name}], activeSiteCount }]`: enabled sites created in the range. */
function billingAnalytics(ctx) {
	const errors = [];
	const startDate = dateParam(ctx.query, 'startDate', errors);
	const endDate = dateParam(ctx.query, 'endDate', errors);
	const asked = intList(ctx.query, 'clientAccountIds', errors);
	if (errors.length) throw badRequest(errors);
	const sites = vstate(ctx).sites.rows;
	const user = ctx.user;
	const all = [...new Set(sites.map((x) => x.clientAccountId))]
		.filter((id) => id !== null)
		.sort((a, b) => a - b);
	let accounts = asked ?? (user.role === 'ADMIN' ? all : user.clientAccountId);
	if (user.role !== 'ADMIN') accounts = accounts.filter((id) => user.clientAccountId.includes(id));
	const inRange = (iso) => {
		const day = iso.slice(0, 10);
		return (!startDate || day >= startDate) && (!endDate || day <= endDate);
	};
	return ok(
		[...new Set(accounts)].map((clientAccountId) => {
			const active = sites.filter(
				(x) => x.clientAccountId === clientAccountId && x.isEnabled && inRange(x.createdAt),
			);
			return {
				clientAccountId,
				sites: active.map(({ id, name }) => ({ id, name })),
				activeSiteCount: active.length,
			};
		}),
	);
}

function fhirReset(ctx) {
	const siteId = parseId(ctx.params.siteId);
	const { force } = validate(ctx.body, S.FHIR_RESET);
	vstate(ctx).sites.get(siteId, visibleSite(ctx));
	vstate(ctx).fhirResets.push({ siteId, force, at: new Date().toISOString() });
	return noContent();
}

function registerSites(api) {
	api.get('/site/billing-analytics-admin', requireRole('ADMIN'), billingAnalytics);
	api.get(
		'/site/billing-analytics-client-account',
		requireRole('ADMIN', 'CLIENT_ACCOUNT_USER'),
		billingAnalytics,
	);
	registerCrud(api, {
		path: '/site',
		idParam: 'siteId',
		table: (ctx) => vstate(ctx).sites,
		schema: S.SITE,
		list: {
			paged: true,
			sortFields: [
				'id',
				'name',
				'createdAt',
				'updatedAt',
				'clientAccountId',
				'organizationId',
				'brandId',
				'practiceManagementSystemId',
			],
			filters: [
				{ param: 'clientAccountId', kind: 'ids' },
				{ param: 'name', kind: 'contains' },
				{ param: 'organizationId', kind: 'ids' },
				{ param: 'brandId', kind: 'ids' },
			],
		},
		visible: visibleSite,
		prepare: prepareSite,
		view: siteView,
	});
	api.post('/site/:siteId/fhir-reset', fhirReset);
}

module.exports = { registerSites, visibleSite };
