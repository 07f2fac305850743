'use strict';
/**
 * Every vendor the sandbox serves; each module exports
 * { name, createState(app), register(router, app), mintToken?(app, body), revokeTokens?(app),
 * seed?(app, body), demoLogins? }.
 * Its state lives at `state[name]` and is rebuilt by POST /__sandbox/reset.
 */
module.exports = [
	require('./heydonto'),
	require('./ahds'),
	require('./alfadocs'),
	require('./aerona'),
	require('./heydontoFhir'), // after heydonto: its seed reads the sites
];
