#!/usr/bin/env node
/** `node scripts/n8n-host.js ensure`: installs the pinned n8n once (used by `npm run test:e2e` and `npm start`). */
const { ensureN8n, hostDir, N8N_VERSION } = require('./lib/n8n');

const command = process.argv[2] ?? 'ensure';
if (command === 'ensure') {
	ensureN8n();
	console.log(`n8n ${N8N_VERSION} ready in ${hostDir()}`);
} else if (command === 'path') {
	console.log(hostDir());
} else {
	console.error('usage: node scripts/n8n-host.js [ensure|path]');
	process.exit(2);
}
