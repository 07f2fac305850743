'use strict';
/** Per-site resources: assistants and periomeasures (bare-array lists, 404 "Site with ID" for unknown sites). */
const { badRequest } = require('../../../lib/http');
const { registerCrud } = require('../../../lib/crud');
const { vstate } = require('../access');
const { visibleSite } = require('./sites');
const S = require('../schemas');

const parent = {
	param: 'siteId',
	field: 'siteId',
	table: (ctx) => vstate(ctx).sites,
	visible: visibleSite,
};

/** Both bodies carry the site's ID (DOCS), which must be the path's. */
function siteIdOfPath(ctx, value, existing, siteId) {
	if (value.siteId !== siteId) throw badRequest(['siteId must match the siteId in the path']);
	return value;
}

function registerSiteChildren(api) {
	registerCrud(api, {
		path: '/site/:siteId/assistant',
		idParam: 'assistantId',
		table: (ctx) => vstate(ctx).assistants,
		schema: S.ASSISTANT,
		list: { paged: false },
		parent,
		prepare: siteIdOfPath,
	});
	registerCrud(api, {
		path: '/site/:siteId/periomeasure',
		idParam: 'perioMeasureId',
		table: (ctx) => vstate(ctx).periomeasures,
		schema: S.PERIOMEASURE,
		list: { paged: false },
		parent,
		prepare: siteIdOfPath,
	});
}

module.exports = { registerSiteChildren };
