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
	demoLogins: DEMO_USERS.map(({ email, password, role }) => ({ email, password, role })),
};
