#!/usr/bin/env node
/**
 * `npm run screenshots`: the README's pictures of every node and credential of this package in the n8n
 * editor (docs/screenshots/*.png), taken in headless Chromium from a running `npm start`, so they show
 * what the current code shows. Signs in as the demo owner, opens each node in a throwaway workflow (with
 * the demo credential of its type) and each demo credential, takes the picture, and deletes the
 * throwaway workflows again.
 *
 *   npm start                          # in another terminal: the sandbox, n8n and the demos
 *   npm run screenshots
 *   N8N_PORT=5700 npm run screenshots  # an npm start on another port
 */
const fs = require('node:fs');
const path = require('node:path');

const { withEditor } = require('./lib/browser');
const { OWNER, PACKAGE_NAME, ROOT, ownerSession } = require('./lib/n8n');

const BASE = `http://127.0.0.1:${Number(process.env.N8N_PORT || 5678)}`;
const OUT = path.join(ROOT, 'docs', 'screenshots');
const log = (message) => console.log(`[screenshots] ${message}`);

/** A picker's value as the editor stores it after "From list", with the name the sandbox gives it. */
const picked = (value, name) => ({ __rl: true, mode: 'list', value, cachedResultName: name });
const SITE_1 = picked('1', 'Bright Smile Dental – Austin Downtown (ID 1)');

/** The nodes, each on a screen the README talks about, filled in as a user would (sandbox records). */
const NODES = [
	{
		file: 'heydonto-node.png',
		type: 'heyDonto',
		typeVersion: 1.1,
		credential: 'heyDontoApi',
		parameters: {
			resource: 'availability',
			operation: 'getSlots',
			siteId: SITE_1,
			startDate: '2026-03-02T00:00:00',
			endDate: '2026-03-06T00:00:00',
		},
	},
	{
		file: 'heydonto-trigger-node.png',
		type: 'heyDontoTrigger',
		typeVersion: 1,
		credential: 'heyDontoApi',
		parameters: {
			pollTimes: { item: [{ mode: 'everyMinute' }] },
			siteId: SITE_1,
			resource: 'appointment',
			event: 'created',
		},
	},
	{
		file: 'ahds-node.png',
		type: 'ahds',
		typeVersion: 1.1,
		credential: 'heyDontoApi',
		parameters: {
			resource: 'contact',
			operation: 'create',
			siteId: SITE_1,
			firstName: 'Jane',
			lastName: 'Doe',
			contactDetails: { entry: [{ value: '+1-512-555-0142' }] },
		},
	},
	{
		file: 'ahds-trigger-node.png',
		type: 'ahdsTrigger',
		typeVersion: 1,
		credential: 'heyDontoApi',
		parameters: {
			pollTimes: { item: [{ mode: 'everyMinute' }] },
			siteId: SITE_1,
			resource: 'vaccination',
			event: 'created',
		},
	},
	{
		file: 'aerona-node.png',
		type: 'aerona',
		typeVersion: 1,
		credential: 'aeronaApi',
		parameters: {
			resource: 'appointment',
			operation: 'findFreeSlots',
			practiceId: picked('9876', 'Riverside Dental (ID 9876)'),
			clinicianId: picked('34567', 'Dr Aoife Byrne (ID 34567)'),
			appointmentTypeId: picked('1864', 'Check-up (ID 1864)'),
			searchStart: '2026-03-02T00:00:00',
		},
	},
	{
		file: 'aerona-trigger-node.png',
		type: 'aeronaTrigger',
		typeVersion: 2,
		credential: 'aeronaApi',
		parameters: {
			objectTypes: ['appointment'],
			authentication: 'headerSecret',
			fetchFullRecord: true,
		},
	},
	{
		file: 'alfadocs-node.png',
		type: 'alfaDocs',
		typeVersion: 1,
		credential: 'alfaDocsApi',
		parameters: {
			resource: 'appointment',
			operation: 'getAll',
			startDate: '2026-01-01T00:00:00',
			endDate: '2026-03-31T00:00:00',
		},
	},
	{
		file: 'alfadocs-trigger-node.png',
		type: 'alfaDocsTrigger',
		typeVersion: 2,
		parameters: {},
	},
];

/** The credentials: the demo's where it has one, else a new one of the type. */
const CREDENTIALS = [
	{ file: 'heydonto-credential.png', type: 'heyDontoApi' },
	{ file: 'aerona-credential.png', type: 'aeronaApi' },
	{ file: 'alfadocs-credential.png', type: 'alfaDocsApi' },
	{
		file: 'alfadocs-oauth2-credential.png',
		type: 'alfaDocsOAuth2Api',
		name: 'AlfaDocs OAuth2 API (screenshot)',
		data: { clientId: 'your-client-id', clientSecret: 'your-client-secret' },
	},
];

async function rest(cookie, method, route, body) {
	const response = await fetch(`${BASE}/rest${route}`, {
		method,
		headers: { 'content-type': 'application/json', cookie },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	if (!response.ok)
		throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
	return (await response.json()).data;
}

/** The rectangle of the node's parameters panel: its tabs, and the parameters down to the last one. */
async function parametersPanel(page) {
	return await page.evaluate(() => {
		const parameters = document.querySelector('[data-test-id="node-parameters"]');
		let panel = parameters;
		while (panel && !panel.querySelector('[data-test-id="tab-params"]'))
			panel = panel.parentElement;
		const box = panel.getBoundingClientRect();
		const tabs = document.querySelector('[data-test-id="tab-params"]').getBoundingClientRect();
		const items = [...parameters.querySelectorAll('[data-test-id="parameter-item"]')];
		const last = Math.max(...items.map((item) => item.getBoundingClientRect().bottom));
		const top = tabs.top - 12;
		return { x: box.left, y: top, width: box.width, height: Math.min(box.bottom, last + 16) - top };
	});
}

async function shootNode(page, cookie, credentials, spec) {
	const credential = spec.credential && credentials.find((c) => c.type === spec.credential);
	const node = {
		id: 'screenshot-node',
		name: 'Node',
		type: `${PACKAGE_NAME}.${spec.type}`,
		typeVersion: spec.typeVersion,
		position: [0, 0],
		parameters: spec.parameters,
		...(credential
			? { credentials: { [credential.type]: { id: credential.id, name: credential.name } } }
			: {}),
	};
	const workflow = await rest(cookie, 'POST', '/workflows', {
		name: `Screenshot: ${spec.file}`,
		nodes: [node],
		connections: {},
		settings: {},
	});
	try {
		await page.goto(`${BASE}/workflow/${workflow.id}`);
		await page.locator('[data-test-id="canvas-node"]').first().dblclick();
		await page.locator('[data-test-id="node-parameters"]').waitFor();
		// Pickers and option lists load after the panel opens.
		await page.waitForLoadState('networkidle');
		await page.mouse.move(0, 0);
		await page.screenshot({ path: path.join(OUT, spec.file), clip: await parametersPanel(page) });
	} finally {
		await rest(cookie, 'POST', `/workflows/${workflow.id}/archive`).catch(() => undefined);
		await rest(cookie, 'DELETE', `/workflows/${workflow.id}`).catch(() => undefined);
	}
}

/** A credential's form: the demo's, or a throwaway one of its type (deleted again) where the demo has none. */
async function shootCredential(page, cookie, credentials, spec) {
	const stored = credentials.find((c) => c.type === spec.type);
	const throwaway = stored
		? undefined
		: await rest(cookie, 'POST', '/credentials', {
				name: spec.name,
				type: spec.type,
				data: spec.data ?? {},
			});
	try {
		await page.goto(`${BASE}/home/credentials/${(stored ?? throwaway).id}`);
		const form = page.locator('[data-test-id="credential-edit-dialog"]');
		await form.waitFor();
		const dialog = page.locator('.el-dialog', { has: form }).first();
		// The form tests a stored credential as it opens: let that finish.
		await page.waitForLoadState('networkidle');
		// Unfold the form, which scrolls inside the dialog, so the picture shows every field.
		await page.addStyleTag({
			content:
				'.el-dialog, .el-dialog * { max-height: none !important; overflow: visible !important; }',
		});
		await page.mouse.move(0, 0);
		const box = await dialog.boundingBox();
		const fields = await form.evaluate((element) => {
			// The last thing the form shows: a text, a field or a switch (its boxes stretch to the dialog).
			const shown = [...element.querySelectorAll('*')].filter(
				(e) =>
					['INPUT', 'TEXTAREA', 'BUTTON'].includes(e.tagName) ||
					(e.children.length === 0 && (e.textContent ?? '').trim() !== ''),
			);
			return Math.max(...shown.map((e) => e.getBoundingClientRect().bottom));
		});
		await page.screenshot({
			path: path.join(OUT, spec.file),
			clip: {
				x: box.x,
				y: box.y,
				width: box.width,
				height: Math.min(box.height, fields + 24 - box.y),
			},
		});
	} finally {
		if (throwaway)
			await rest(cookie, 'DELETE', `/credentials/${throwaway.id}`).catch(() => undefined);
	}
}

async function main() {
	try {
		await fetch(`${BASE}/rest/settings`);
	} catch {
		throw new Error(`no n8n at ${BASE}: run \`npm start\` first (N8N_PORT if it is not 5678)`);
	}
	fs.mkdirSync(OUT, { recursive: true });
	const cookie = await ownerSession(BASE, OWNER);
	const credentials = await rest(cookie, 'GET', '/credentials');
	await withEditor(
		BASE,
		async (page) => {
			for (const spec of NODES) {
				log(spec.file);
				await shootNode(page, cookie, credentials, spec);
			}
			for (const spec of CREDENTIALS) {
				log(spec.file);
				await shootCredential(page, cookie, credentials, spec);
			}
		},
		{ viewport: { width: 1280, height: 1800 } },
	);
	log(`${NODES.length + CREDENTIALS.length} screenshots in ${path.relative(ROOT, OUT)}/`);
}

main().catch((error) => {
	console.error(`[screenshots] ${error.message}`);
	process.exit(1);
});
