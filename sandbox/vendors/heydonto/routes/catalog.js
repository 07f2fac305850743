'use strict';
/** Brands, organizations and the global catalogs (PMS, dental services, codes, appointment types). */
const { registerCrud } = require('../../../lib/crud');
const {
	vstate,
	brandKey,
	organizationKey,
	visibleBy,
	assertWritable,
	findRef,
	resolveClientAccountId,
} = require('../access');
const S = require('../schemas');

const titleSort = ['id', 'title', 'createdAt', 'updatedAt'];
const title = { param: 'title', kind: 'contains' };
const isEnabled = { param: 'isEnabled', kind: 'bool' };
const clientAccountId = { param: 'clientAccountId', kind: 'ids' };

/** Brands and organizations belong to a client account; brands also carry their organization's title. */
function prepareScoped(keyOf, { organizationTitle = false } = {}) {
	return (ctx, value, existing) => {
		const org = findRef(vstate(ctx).organizations, value.organizationId);
		const out = { ...value, clientAccountId: resolveClientAccountId(ctx, value, existing, org) };
		if (organizationTitle) out.organizationTitle = value.organizationTitle ?? org?.title;
		assertWritable(ctx, keyOf({ ...out, id: existing?.id }));
		return out;
	};
}

function registerCatalog(api) {
	const table = (name) => (ctx) => vstate(ctx)[name];
	registerCrud(api, {
		path: '/brands',
		idParam: 'brandId',
		table: table('brands'),
		schema: S.BRAND,
		list: {
			paged: true,
			sortFields: titleSort,
			filters: [title, { param: 'organizationId', kind: 'ids' }, clientAccountId],
		},
		visible: visibleBy(brandKey),
		prepare: prepareScoped(brandKey, { organizationTitle: true }),
	});
	registerCrud(api, {
		path: '/organization',
		idParam: 'organizationId',
		table: table('organizations'),
		schema: S.ORGANIZATION,
		list: { paged: true, sortFields: titleSort, filters: [title, isEnabled, clientAccountId] },
		visible: visibleBy(organizationKey),
		prepare: prepareScoped(organizationKey),
	});
	const globals = [
		[
			'/practice-management-system',
			'practiceManagementSystemId',
			'practiceManagementSystems',
			S.PRACTICE_MANAGEMENT_SYSTEM,
			[title, isEnabled],
		],
		['/dental-service', 'dentalServiceId', 'dentalServices', S.DENTAL_SERVICE, [title]],
	];
	for (const [path, idParam, name, schema, filters] of globals) {
		registerCrud(api, {
			path,
			idParam,
			table: table(name),
			schema,
			list: { paged: true, sortFields: titleSort, filters },
		});
	}
	registerCrud(api, {
		path: '/code',
		idParam: 'codeId',
		table: table('codes'),
		schema: S.CODE,
		list: {
			paged: true,
			sortFields: ['id', 'code', 'title', 'category', 'categoryCode', 'createdAt', 'updatedAt'],
			filters: [{ param: 'title', kind: 'contains', fields: ['title', 'code'] }],
		},
	});
	registerCrud(api, {
		path: '/appointment-type',
		idParam: 'appointmentTypeId',
		table: table('appointmentTypes'),
		schema: S.APPOINTMENT_TYPE,
		list: { paged: false },
	});
}

module.exports = { registerCatalog };
