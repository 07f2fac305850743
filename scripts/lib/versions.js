/**
 * The n8n versions this package supports and is tested on, newest first, with the Node.js each needs.
 * `npm start` and `npm run bench` run the first (the current n8n); `npm test` runs the end-to-end suite
 * on every one. One row per version: adding a version is adding a row.
 *
 * - `node`: the Node.js version n8n runs on. `null` means the Node.js running the scripts (20.19+,
 *   what a user has); another version is fetched once from the npm registry's `node-<os>-<arch>`
 *   package into the cache folder (see runtime.js), so a user needs nothing but Node 20 and npm.
 * - `overrides`: npm overrides for the n8n install folder, for dependencies this registry cannot serve.
 * - `ignoreScripts` + `rebuild`: install without lifecycle scripts, then build only the native modules
 *   n8n needs (others, like the Kafka client, try to download binaries and fail offline).
 * - `env`: environment variables that differ between versions.
 */
const SUPPORTED = [
	{
		n8n: '2.41.1',
		node: '24.21.0',
		// 2.41.3 (npm's `latest`) depends on @n8n/agents@0.26.2, which this registry does not have;
		// 2.41.1 is the newest 2.41.x that installs.
		why: 'current: the newest 2.41.x that installs from the npm registry (2.41.3 lacks @n8n/agents@0.26.2 there)',
		overrides: {
			// n8n-nodes-base depends on an xlsx tarball on cdn.sheetjs.com; the registry's mirror of that version.
			xlsx: 'npm:@e965/xlsx@0.20.2',
			// linkedom 0.18.15 depends on cssomnom, which the registry answers 404 for.
			linkedom: '0.18.14',
		},
		ignoreScripts: true,
		rebuild: ['sqlite3', 'isolated-vm'],
		env: (url) => ({
			N8N_WEBHOOK_URL: url,
			// n8n 2.41.1's `n8n execute` dies with SIGSEGV at exit in most runs on this machine kind
			// (Node 24.21, isolated-vm 7.0.1), a Manual Trigger -> No Op workflow too (11 of 12), when it
			// has built expression isolates; built lazily, only when an expression needs one, 0 of 24.
			// It also spares every webhook request to a community trigger an isolate (see the README).
			N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true',
		}),
	},
	{
		n8n: '2.8.4',
		node: null,
		why: 'oldest supported: the newest n8n that runs on Node 20',
		overrides: { xlsx: 'npm:@e965/xlsx@0.20.2' },
		ignoreScripts: false,
		rebuild: [],
		env: (url) => ({ WEBHOOK_URL: url }),
	},
];

const CURRENT = SUPPORTED[0];

/** The supported version `version` (e.g. "2.8.4"), or an error listing the supported ones. */
function supported(version) {
	const entry = SUPPORTED.find((candidate) => candidate.n8n === version);
	if (!entry) {
		throw new Error(
			`n8n ${version} is not a supported version; supported: ${SUPPORTED.map((v) => v.n8n).join(', ')}`,
		);
	}
	return entry;
}

/** The version picked by N8N_VERSION, or the current one. */
function selected(env = process.env) {
	return env.N8N_VERSION ? supported(env.N8N_VERSION) : CURRENT;
}

/** The versions `npm test` runs the end-to-end suite on: N8N_VERSIONS (comma-separated) or all. */
function matrix(env = process.env) {
	if (!env.N8N_VERSIONS) return SUPPORTED;
	return env.N8N_VERSIONS.split(',')
		.map((version) => version.trim())
		.filter(Boolean)
		.map(supported);
}

module.exports = { SUPPORTED, CURRENT, supported, selected, matrix };
