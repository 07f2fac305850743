#!/usr/bin/env node
/**
 * The supported n8n versions and their installs in the cache folder:
 *
 *   node scripts/n8n-host.js list                 # the supported versions, and which are installed
 *   node scripts/n8n-host.js ensure [version...]  # installs them (default: N8N_VERSION or the current)
 *   node scripts/n8n-host.js path [version]       # the folder a version is installed in
 */
const fs = require('node:fs');
const path = require('node:path');

const n8n = require('./lib/n8n');

const [command = 'ensure', ...args] = process.argv.slice(2);
const chosen = args.length > 0 ? args.map((version) => n8n.versionOf(version)) : [n8n.versionOf()];
const log = (message) => console.log(`[n8n] ${message}`);

if (command === 'ensure') {
	for (const version of chosen) {
		n8n.ensureN8n(log, version);
		log(`n8n ${version.n8n} ready in ${n8n.hostDir(version)}`);
	}
} else if (command === 'path') {
	console.log(n8n.hostDir(chosen[0]));
} else if (command === 'list') {
	for (const version of n8n.versions.SUPPORTED) {
		const installed = fs.existsSync(path.join(n8n.hostDir(version), '.installed'));
		console.log(
			`${version.n8n.padEnd(8)} Node.js ${(version.node ?? `${process.version.slice(1)} (this one)`).padEnd(20)} ${installed ? 'installed' : 'not installed'}  ${version.why}`,
		);
	}
} else {
	console.error('usage: node scripts/n8n-host.js [list | ensure [version...] | path [version]]');
	process.exit(2);
}
