'use strict';
/**
 * HeyDonto core API stand-in (https://api.heydonto.com/ paths, no /v1 prefix).
 * A vendor module exports { name, createState(app), register(router, app), mintToken? }.
 */
const { createInitialState } = require('./data/generate');
const { authenticate, mintToken, revokeTokens } = require('./access');
const { registerAuth } = require('./routes/auth');
const { registerSites } = require('./routes/sites');
const { registerSiteChildren } = require('./routes/siteChildren');
const { registerAvailability } = require('./routes/availability');
const { registerCatalog } = require('./routes/catalog');
const { registerUsers } = require('./routes/users');
const { DEMO_USERS } = require('./data/users');

/**
 * POST /__sandbox/seed { vendor: 'heydonto', sites: N }: adds copies of the seeded sites (renamed
 * "<name> #<n>") until there are N, for benchmarks over large lists.
 */
function seed(app, body) {
	const { sites } = app.state.heydonto;
	const wanted = Number(body.sites ?? 0);
	const originals = sites.rows.slice();
	for (let n = 0; sites.rows.length < wanted; n++) {
		const { id, createdAt, updatedAt, ...fields } = originals[n % originals.length];
		const copy = sites.insert({
			...fields,
			name: `${fields.name} #${Math.floor(n / originals.length) + 2}`,
		});
		// The original's timestamps: the same seed gives the same records (a benchmark compares runs).
		Object.assign(copy, { createdAt, updatedAt });
	}
	return { sites: sites.rows.length };
}

function register(router) {
	const pub = router.group();
	const api = router.group(authenticate);
	registerAuth(pub, api);
	registerSites(api); // billing analytics first: they must win over /site/:siteId
	registerSiteChildren(api);
	registerAvailability(api);
	registerCatalog(api);
	registerUsers(api);
}

module.exports = {
	name: 'heydonto',
	createState: () => createInitialState(),
	register,
	mintToken,
	revokeTokens,
	seed,
	demoLogins: DEMO_USERS.map(({ email, password, role }) => ({ email, password, role })),
};
