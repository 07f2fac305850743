/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test-only (never shipped): polling timers, temp folders, the environment of the n8n under test */
/**
 * The real install path of a community package, on the current n8n: a fresh n8n (its own user folder,
 * nothing pre-installed) installs this package through Settings → Community nodes → Install, i.e. n8n's
 * own REST endpoint the Install button calls (POST /rest/community-packages {name}), which runs npm
 * against the registry. Then a workflow with a node of the package runs in that n8n without a restart,
 * the package is updated from n8n (0.1.0 → 0.1.1, the Update button: PATCH), and uninstalled (DELETE),
 * leaving n8n healthy. A second start with N8N_UNVERIFIED_PACKAGES_ENABLED=false shows that setting
 * refuses the package.
 *
 * The registry: the packed package is published to a verdaccio on loopback. n8n keeps its default
 * registry (https://registry.npmjs.org: another one needs an enterprise license) and reaches it through
 * a proxy on loopback that serves registry.npmjs.org from the verdaccio with a throwaway test CA, and
 * refuses every other host (scripts/lib/registry.js). Its log shows which requests n8n and npm made.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { IDataObject } from 'n8n-workflow';

import * as n8n from '../../scripts/lib/n8n';
import type { ChildProcess } from '../../scripts/lib/n8n';
import * as registry from '../../scripts/lib/registry';
import type { ProxyLogEntry, RegistryProxy, Verdaccio } from '../../scripts/lib/registry';
import { ADMIN } from './fixtures/heydonto';
import { env, sandbox } from './harness';
import { Aerona } from '../../nodes/Aerona/Aerona.node';
import { AeronaTrigger } from '../../nodes/Aerona/AeronaTrigger.node';
import { Ahds } from '../../nodes/Ahds/Ahds.node';
import { AhdsTrigger } from '../../nodes/Ahds/AhdsTrigger.node';
import { AlfaDocs } from '../../nodes/AlfaDocs/AlfaDocs.node';
import { AlfaDocsTrigger } from '../../nodes/AlfaDocs/AlfaDocsTrigger.node';
import { HeyDonto } from '../../nodes/HeyDonto/HeyDonto.node';
import { HeyDontoTrigger } from '../../nodes/HeyDonto/HeyDontoTrigger.node';

const PACKAGE = n8n.PACKAGE_NAME;
const FIRST = (
	JSON.parse(fs.readFileSync(path.join(n8n.ROOT, 'package.json'), 'utf8')) as {
		version: string;
	}
).version;
const [major, minor, patch] = FIRST.split('.').map(Number);
const NEXT = `${major}.${minor}.${patch + 1}`;

/** Every node of the package, as n8n lists them for an installed package (sorted by type). */
const NODES = [
	new Aerona(),
	new AeronaTrigger(),
	new Ahds(),
	new AhdsTrigger(),
	new AlfaDocs(),
	new AlfaDocsTrigger(),
	new HeyDonto(),
	new HeyDontoTrigger(),
]
	.map(({ description }) => ({
		name: description.displayName,
		type: `${PACKAGE}.${description.name}`,
	}))
	.sort((a, b) => (a.type < b.type ? -1 : 1));

interface InstalledPackage {
	packageName: string;
	installedVersion: string;
	installedNodes: Array<{ name: string; type: string; latestVersion: number }>;
	updateAvailable?: string;
	failedLoading?: boolean;
}

let work = '';
let userFolder = '';
let tarballs: { first: string; next: string };
let verdaccio: Verdaccio | undefined;
let proxy: RegistryProxy | undefined;
let n8nServer: { child: ChildProcess; base: string; output(): string } | undefined;
let cookie = '';
const ids = { credential: '', sites: '', core: '' };

const nodesDir = () => path.join(userFolder, '.n8n', 'nodes');
const installedDir = () => path.join(nodesDir(), 'node_modules', PACKAGE);
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as IDataObject;

async function rest(method: string, route: string, body?: unknown) {
	const response = await fetch(`${n8nServer?.base}/rest${route}`, {
		method,
		headers: { 'content-type': 'application/json', cookie },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	let json: IDataObject = {};
	try {
		json = JSON.parse(text) as IDataObject;
	} catch {
		json = { text };
	}
	return { status: response.status, json };
}

/** A REST call that must succeed; returns its `data`. */
async function restData<T = IDataObject>(method: string, route: string, body?: unknown) {
	const { status, json } = await rest(method, route, body);
	if (status !== 200)
		throw new Error(`${method} /rest${route} answered ${status}: ${JSON.stringify(json)}`);
	return json.data as T;
}

async function waitFor<T>(
	what: string,
	probe: () => Promise<T | undefined>,
	timeoutMs = 60000,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/** The proxy's log from `mark` on, forwarded requests as "GET /path 200 npm|n8n|<user agent>". */
function proxied(mark: number) {
	return (proxy?.log.slice(mark) ?? [])
		.filter(
			(entry): entry is Extract<ProxyLogEntry, { kind: 'forwarded' }> => entry.kind === 'forwarded',
		)
		.map((entry) => {
			const agent = entry.userAgent.startsWith('npm/') ? 'npm' : entry.userAgent;
			return `${entry.method} ${entry.path} ${entry.status} ${agent}`;
		});
}

const sortedNodes = (nodes: InstalledPackage['installedNodes']) =>
	nodes.map(({ name, type }) => ({ name, type })).sort((a, b) => (a.type < b.type ? -1 : 1));

async function startN8n(extra: Record<string, string> = {}) {
	const port = await n8n.freePortPair();
	const n8nEnv = registry.withRegistryProxy(
		n8n.n8nEnv({ userFolder, port, extra: { N8N_LOG_LEVEL: 'info', ...extra } }),
		{
			proxyUrl: proxy?.url ?? '',
			caCert: path.join(work, 'ca', 'ca.pem'),
			npmDir: path.join(work, 'npm'),
		},
	);
	n8nServer = await n8n.startN8n(n8nEnv);
	cookie = await n8n.ownerSession(n8nServer.base);
}

async function stopN8n() {
	await n8n.stopN8n(n8nServer?.child);
	n8nServer = undefined;
}

/** Creates and activates a workflow over REST, as the editor does; resolves once its webhook is registered. */
async function activeWorkflow(workflow: IDataObject, webhookPath: string) {
	const created = await restData<{ id: string; versionId: string }>('POST', '/workflows', workflow);
	const activated = await restData<{ active: boolean }>(
		'POST',
		`/workflows/${created.id}/activate`,
		{ versionId: created.versionId },
	);
	expect(activated.active).toBe(true);
	// n8n answers the CORS preflight of a production webhook with 204 once it is registered.
	await waitFor(`the webhook ${webhookPath}`, async () => {
		const response = await fetch(`${n8nServer?.base}/webhook/${webhookPath}`, {
			method: 'OPTIONS',
			headers: { Origin: 'http://127.0.0.1', 'Access-Control-Request-Method': 'GET' },
		});
		return response.status === 204 ? true : undefined;
	});
	return created.id;
}

/** A Webhook node (GET /webhook/<path>) that answers with what the last node returned. */
const webhookNode = (id: string, webhookPath: string, responseData: string) => ({
	id,
	name: 'Webhook',
	type: 'n8n-nodes-base.webhook',
	typeVersion: 2,
	position: [0, 0],
	webhookId: `6c1d5e1a-0b8e-4b5e-9a44-${id.padStart(12, '0')}`,
	parameters: {
		httpMethod: 'GET',
		path: webhookPath,
		responseMode: 'lastNode',
		responseData,
		options: {},
	},
});

/** Webhook → HeyDonto Site → Get Many (3 sites) against the sandbox, answering with the sites. */
const sitesWorkflow = () => ({
	name: 'Registry install: HeyDonto sites',
	settings: { executionOrder: 'v1' },
	nodes: [
		webhookNode('1', 'registry-sites', 'allEntries'),
		{
			id: '2',
			name: 'Get Sites',
			type: `${PACKAGE}.heyDonto`,
			typeVersion: 1,
			position: [220, 0],
			parameters: { resource: 'site', operation: 'getAll', returnAll: false, limit: 3 },
			credentials: {
				heyDontoApi: { id: ids.credential, name: 'HeyDonto sandbox (registry test)' },
			},
		},
	],
	connections: { Webhook: { main: [[{ node: 'Get Sites', type: 'main', index: 0 }]] } },
});

/** Webhook → Edit Fields: core nodes only, answering { healthy: true, echo: <q> }. */
const coreWorkflow = () => ({
	name: 'Registry install: core nodes',
	settings: { executionOrder: 'v1' },
	nodes: [
		webhookNode('3', 'registry-core', 'firstEntryJson'),
		{
			id: '4',
			name: 'Edit Fields',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			position: [220, 0],
			parameters: {
				mode: 'manual',
				assignments: {
					assignments: [
						{ id: 'a1', name: 'healthy', value: true, type: 'boolean' },
						{ id: 'a2', name: 'echo', value: '={{ $json.query.q }}', type: 'string' },
					],
				},
				options: {},
			},
		},
	],
	connections: { Webhook: { main: [[{ node: 'Edit Fields', type: 'main', index: 0 }]] } },
});

/** Calls the HeyDonto workflow's webhook: the 3 sites from the sandbox, through the package's node. */
async function runSitesWorkflow() {
	await sandbox.reset();
	const response = await fetch(`${n8nServer?.base}/webhook/registry-sites`);
	const body = (await response.json()) as IDataObject[];
	expect({ status: response.status, body }).toEqual({
		status: 200,
		body: [
			expect.objectContaining({ id: 1, name: expect.any(String) }),
			expect.objectContaining({ id: 2 }),
			expect.objectContaining({ id: 3 }),
		],
	});
	const requests = (await sandbox.requests()).map(
		(request) => `${request.method} ${request.path}?${request.rawQuery} ${request.status}`,
	);
	expect(requests.filter((request) => request.startsWith('GET /site'))).toEqual([
		'GET /site?page=0&pageSize=3 200',
	]);
}

/** "<mode> <status>" of a workflow's executions, newest first, once `count` of them have finished. */
async function executionsOf(workflowId: string, count: number) {
	const query = new URLSearchParams({ filter: JSON.stringify({ workflowId }) });
	return await waitFor(`${count} finished executions of ${workflowId}`, async () => {
		const { results } = await restData<{ results: Array<{ status: string; mode: string }> }>(
			'GET',
			`/executions?${query}`,
		);
		const done = results.filter(({ status }) => !['new', 'running', 'waiting'].includes(status));
		return done.length >= count
			? results.map(({ mode, status }) => `${mode} ${status}`)
			: undefined;
	});
}

beforeAll(async () => {
	work = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-heydonto-registry-'));
	userFolder = path.join(work, 'home');
	registry.ensureVerdaccio();
	const first = n8n.packPackage(path.join(work, 'pack'));
	tarballs = { first, next: registry.withVersion(first, NEXT, path.join(work, 'pack')) };
	verdaccio = await registry.startVerdaccio(path.join(work, 'verdaccio'));
	const ca = registry.makeTestCa(path.join(work, 'ca'));
	proxy = await registry.startRegistryProxy({ target: verdaccio.url, key: ca.key, cert: ca.cert });
	await startN8n();
});

afterAll(async () => {
	await stopN8n();
	await proxy?.stop();
	await verdaccio?.stop();
	if (work && proxy)
		fs.writeFileSync(path.join(work, 'proxy-log.json'), JSON.stringify(proxy.log, null, 1));
	if (process.env.E2E_KEEP) process.stdout.write(`registry test files kept in ${work}\n`);
	else if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe(`installing ${PACKAGE} from a registry through n8n's Community nodes page`, () => {
	it('starts from a fresh n8n: no community package installed', async () => {
		expect(await restData('GET', '/community-packages')).toEqual([]);
		expect(fs.existsSync(installedDir())).toBe(false);
		const settings = await restData<Record<string, IDataObject>>('GET', '/module-settings');
		expect(settings['community-packages']).toEqual({
			communityNodesEnabled: true,
			unverifiedCommunityNodesEnabled: true,
		});
	});

	it(`installs ${FIRST} from the registry through POST /rest/community-packages (the Install button)`, async () => {
		expect(await verdaccio?.publish(tarballs.first)).toContain(`+ ${PACKAGE}@${FIRST}`);
		const mark = proxy?.log.length ?? 0;
		const installed = await restData<InstalledPackage>('POST', '/community-packages', {
			name: PACKAGE,
		});
		expect(installed).toEqual(
			expect.objectContaining({ packageName: PACKAGE, installedVersion: FIRST }),
		);
		expect(sortedNodes(installed.installedNodes)).toEqual(NODES);

		// The files are where n8n keeps community packages, and they are this build.
		expect(readJson(path.join(installedDir(), 'package.json')).version).toBe(FIRST);
		const nodeFile = path.join('dist', 'nodes', 'HeyDonto', 'HeyDonto.node.js');
		expect(fs.readFileSync(path.join(installedDir(), nodeFile), 'utf8')).toBe(
			fs.readFileSync(path.join(n8n.ROOT, nodeFile), 'utf8'),
		);
		expect(readJson(path.join(nodesDir(), 'package.json')).dependencies).toEqual({
			[PACKAGE]: FIRST,
		});

		// n8n checked the version over HTTP itself, then npm fetched the metadata and the tarball:
		// all of it from the local registry, through the proxy.
		expect(proxied(mark)).toEqual(
			expect.arrayContaining([
				`GET /${PACKAGE}/latest 200 n8n`,
				`GET /${PACKAGE} 200 npm`,
				`GET /${PACKAGE}/-/${PACKAGE}-${FIRST}.tgz 200 npm`,
			]),
		);

		const [listed] = await restData<InstalledPackage[]>('GET', '/community-packages');
		expect(listed).toEqual(
			expect.objectContaining({
				packageName: PACKAGE,
				installedVersion: FIRST,
				failedLoading: false,
			}),
		);
		expect(listed.updateAvailable).toBeUndefined();
	});

	it('runs a workflow with a node of the package in the running n8n, without a restart', async () => {
		const credential = await restData<{ id: string }>('POST', '/credentials', {
			name: 'HeyDonto sandbox (registry test)',
			type: 'heyDontoApi',
			data: {
				environment: 'custom',
				baseUrl: env.sandboxUrl,
				authMethod: 'login',
				email: ADMIN.email,
				password: ADMIN.password,
				sessionToken: '',
			},
		});
		ids.credential = credential.id;
		ids.sites = await activeWorkflow(sitesWorkflow(), 'registry-sites');
		await runSitesWorkflow();
		expect(await executionsOf(ids.sites, 1)).toEqual(['webhook success']);
	});

	it(`updates to ${NEXT} from n8n (PATCH /rest/community-packages, the Update button); the workflow still runs`, async () => {
		expect(await verdaccio?.publish(tarballs.next)).toContain(`+ ${PACKAGE}@${NEXT}`);
		// n8n asks npm (npm outdated) whether the registry has a newer version: the Update button.
		const [before] = await restData<InstalledPackage[]>('GET', '/community-packages');
		expect(before).toEqual(
			expect.objectContaining({ installedVersion: FIRST, updateAvailable: NEXT }),
		);

		const mark = proxy?.log.length ?? 0;
		// The editor's Update button sends only the name (unverified packages enabled): n8n takes `latest`.
		const updated = await restData<InstalledPackage>('PATCH', '/community-packages', {
			name: PACKAGE,
		});
		expect(updated).toEqual(
			expect.objectContaining({ packageName: PACKAGE, installedVersion: NEXT }),
		);
		expect(sortedNodes(updated.installedNodes)).toEqual(NODES);
		expect(proxied(mark)).toEqual(
			expect.arrayContaining([
				`GET /${PACKAGE}/latest 200 n8n`,
				`GET /${PACKAGE}/-/${PACKAGE}-${NEXT}.tgz 200 npm`,
			]),
		);
		expect(readJson(path.join(installedDir(), 'package.json')).version).toBe(NEXT);
		expect(readJson(path.join(nodesDir(), 'package.json')).dependencies).toEqual({
			[PACKAGE]: NEXT,
		});
		// n8n moved the old version aside while installing, and removed it once the new one loaded.
		expect(
			fs
				.readdirSync(path.join(nodesDir(), 'node_modules'))
				.filter((name) => name.includes('backup')),
		).toEqual([]);

		const [listed] = await restData<InstalledPackage[]>('GET', '/community-packages');
		expect(listed).toEqual(
			expect.objectContaining({ installedVersion: NEXT, failedLoading: false }),
		);
		expect(listed.updateAvailable).toBeUndefined();

		await runSitesWorkflow();
		expect(await executionsOf(ids.sites, 2)).toEqual(['webhook success', 'webhook success']);
	});

	it('uninstalls from n8n (DELETE /rest/community-packages), leaving n8n healthy', async () => {
		const mark = proxy?.log.length ?? 0;
		const { status } = await rest('DELETE', `/community-packages?name=${PACKAGE}`);
		expect(status).toBe(200);
		expect(await restData('GET', '/community-packages')).toEqual([]);
		expect(fs.existsSync(installedDir())).toBe(false);
		expect(readJson(path.join(nodesDir(), 'package.json')).dependencies).toEqual({});
		// Uninstalling is local: npm is not asked anything.
		expect(proxied(mark)).toEqual([]);

		// The workflow that used the package is still published, and now fails at once with a clear error.
		const orphan = await fetch(`${n8nServer?.base}/webhook/registry-sites`);
		expect({ status: orphan.status, body: await orphan.json() }).toEqual({
			status: 400,
			body: expect.objectContaining({
				message: `Unrecognized node type: ${PACKAGE}.heyDonto`,
			}),
		});
		expect(
			(await restData<{ active: boolean }>('POST', `/workflows/${ids.sites}/deactivate`, {}))
				.active,
		).toBe(false);

		// n8n is healthy: health check, REST, and a workflow of core nodes runs.
		expect(await (await fetch(`${n8nServer?.base}/healthz`)).json()).toEqual({ status: 'ok' });
		ids.core = await activeWorkflow(coreWorkflow(), 'registry-core');
		const core = await fetch(`${n8nServer?.base}/webhook/registry-core?q=after-uninstall`);
		expect({ status: core.status, body: await core.json() }).toEqual({
			status: 200,
			body: { healthy: true, echo: 'after-uninstall' },
		});
		expect(await executionsOf(ids.core, 1)).toEqual(['webhook success']);
	});

	it('sent every registry request to the local registry; every other host was refused', () => {
		const log = proxy?.log ?? [];
		expect(log.filter((entry) => entry.kind === 'tls-error')).toEqual([]);
		const forwarded = log.filter((entry) => entry.kind === 'forwarded');
		expect(forwarded.length).toBeGreaterThan(0);
		// Every request the proxy forwarded was answered by the verdaccio (200, or 304 for npm's cache).
		expect(forwarded.filter((entry) => entry.status !== 200 && entry.status !== 304)).toEqual([]);
		// Nothing for registry.npmjs.org was refused; what was refused is n8n's other services.
		const refused = log.flatMap((entry) => (entry.kind === 'refused' ? [entry.target] : []));
		expect(refused.filter((target) => target.includes(registry.NPM_REGISTRY_HOST))).toEqual([]);
	});

	it('with N8N_UNVERIFIED_PACKAGES_ENABLED=false, n8n refuses to install the package (it is not vetted by n8n)', async () => {
		await stopN8n();
		await startN8n({ N8N_UNVERIFIED_PACKAGES_ENABLED: 'false' });
		const settings = await restData<Record<string, IDataObject>>('GET', '/module-settings');
		expect(settings['community-packages']).toEqual({
			communityNodesEnabled: true,
			unverifiedCommunityNodesEnabled: false,
		});

		const mark = proxy?.log.length ?? 0;
		const install = await rest('POST', '/community-packages', { name: PACKAGE });
		expect(install.status).toBe(500);
		expect(String(install.json.message)).toContain(
			'Installation of unverified community packages is forbidden!',
		);
		// Refused before npm or the registry were asked anything.
		expect(proxied(mark)).toEqual([]);
		expect(fs.existsSync(installedDir())).toBe(false);

		// Only packages n8n vetted (with a checksum from n8n's list) can be installed; this one is not.
		const verified = await rest('POST', '/community-packages', { name: PACKAGE, verify: true });
		expect(verified).toEqual({
			status: 400,
			json: expect.objectContaining({
				message: `Package ${PACKAGE} is not vetted for installation`,
			}),
		});
		expect(await restData('GET', '/community-packages')).toEqual([]);
		expect(await (await fetch(`${n8nServer?.base}/healthz`)).json()).toEqual({ status: 'ok' });
	});
});
