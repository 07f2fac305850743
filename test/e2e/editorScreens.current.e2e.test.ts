/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test-only: the browser driver's types */
/**
 * Issue 12 in the real editor (`n8n start`, headless Chromium), on the current n8n: what a user sees and
 * clicks. The Aerona Trigger's Fetch Full Record toggle and the credential it brings; the HeyDonto and
 * Aerona credentials in n8n's HTTP Request node; an AHDS contact detail active unless turned off; the
 * node panel finding HeyDonto by "appointment". Every wait is for something on the screen or in the
 * sandbox's log, never a fixed sleep.
 */
import type { IDataObject } from 'n8n-workflow';
import type { Page } from 'playwright-core';

import { PACKAGE_NAME } from '../../scripts/lib/n8n';
import { activeN8n, waitFor } from './activeN8n';
import { BROWSER_RETRIES, withEditor } from './browser';
import { CREDENTIALS as AERONA, PREFIX as AERONA_PREFIX } from './fixtures/aerona';
import { CREDENTIALS as AHDS } from './fixtures/ahds';
import { CREDENTIALS as HEYDONTO } from './fixtures/heydonto';
import type { SandboxRequest } from './harness';
import { env, sandbox } from './harness';

// This file clicks through the editor: see BROWSER_RETRIES.
jest.retryTimes(BROWSER_RETRIES, { logErrorsBeforeRetry: true });

/** Generous on a loaded machine: the editor, n8n and the sandbox share two cores with other runs. */
const WAIT_MS = 60_000;
jest.setTimeout(240_000);

const n8n = activeN8n();

beforeAll(async () => await n8n.start());

afterAll(async () => await n8n.stop());

beforeEach(async () => {
	await sandbox.reset();
});

/** Saves a workflow of one node, opens it in the editor and opens the node's panel. */
async function openNode(page: Page, name: string, node: IDataObject): Promise<string> {
	const saved = await n8n.rest('POST', '/workflows', {
		name,
		nodes: [{ id: 'node-under-test', name: 'Node', position: [0, 0], ...node }],
		connections: {},
		settings: {},
	});
	const workflow = saved.body.data as IDataObject;
	await page.goto(`${n8n.base()}/workflow/${String(workflow.id)}`);
	await page.locator('[data-test-id="canvas-node"]').first().dblclick({ timeout: WAIT_MS });
	await page.locator('[data-test-id="node-parameters"]').waitFor({ timeout: WAIT_MS });
	return String(workflow.id);
}

async function pickCredential(page: Page, credential: { id: string }) {
	await page.locator('[data-test-id="node-credentials-select"]').click({ timeout: WAIT_MS });
	await page
		.locator(`[data-test-id="node-credentials-select-item-${credential.id}"]`)
		.click({ timeout: WAIT_MS });
}

async function executeNode(page: Page) {
	await page.locator('[data-test-id="node-execute-button"]').first().click({ force: true });
	try {
		await page.getByText('Node executed successfully').waitFor({ timeout: WAIT_MS });
	} catch (error) {
		// What the panel shows (a node error, an issue on a parameter) and what reached the sandbox.
		const panel = await page
			.locator('[data-test-id="ndv"]')
			.innerText({ timeout: 5_000 })
			.catch(() => '(no node panel)');
		const sent = (await sandbox.requests()).map(
			(request) => `${request.method} ${request.path} ${request.status}`,
		);
		(error as Error).message +=
			`\nThe node panel:\n${panel.slice(0, 3000)}\nThe sandbox's log: ${JSON.stringify(sent)}`;
		// eslint-disable-next-line @n8n/community-nodes/require-node-api-error -- test-only: playwright's timeout, told more
		throw error;
	}
}

/** Waits until the sandbox's log has a request that matches. */
async function sandboxRequest(match: (request: SandboxRequest) => boolean) {
	return await waitFor(
		'the expected request in the sandbox log',
		async () => (await sandbox.requests()).find(match),
		WAIT_MS,
	);
}

describe('the editor, as a user sees it (current n8n)', () => {
	it('Aerona Trigger: Fetch Full Record shows, turning it on asks for the credential, and the record is read', async () => {
		const webhookId = 'aerona-editor-fetch';
		await withEditor(n8n.base(), async (page) => {
			await openNode(page, 'E2E editor: Aerona Trigger', {
				type: `${PACKAGE_NAME}.aeronaTrigger`,
				typeVersion: 2,
				webhookId,
				parameters: { objectTypes: ['appointment'] },
			});
			const toggle = page.locator('[data-test-id="parameter-input-fetchFullRecord"]');
			await toggle.waitFor({ timeout: WAIT_MS });
			// Off (a new trigger): no credential asked for.
			expect(await page.locator('[data-test-id="node-credentials-select"]').count()).toBe(0);
			await toggle.locator('.el-switch').click();
			await pickCredential(page, AERONA.main);

			// Listen for a test event, then deliver one as Aerona would.
			await page.locator('[data-test-id="node-execute-button"]').first().click({ force: true });
			const url = `${n8n.base()}/webhook-test/${webhookId}/webhook`;
			// 404 until the editor's listening has registered the test webhook.
			const status = await waitFor(
				'the test webhook',
				async () => {
					const answer = await fetch(url, {
						method: 'POST',
						headers: { 'content-type': 'application/json' },
						body: JSON.stringify({ objectType: 'Appointment', event: 'Updated', id: 34200 }),
					});
					return answer.status === 404 ? undefined : answer.status;
				},
				WAIT_MS,
			);
			expect(status).toBe(200);
			// The stored token may be one an earlier run left (the sandbox's reset made it stale): the read
			// is then refused, n8n logs in and reads again. Either way: one login, and the record read.
			await sandboxRequest(
				(request) =>
					request.method === 'GET' &&
					request.path === `${AERONA_PREFIX}/appointments/34200` &&
					request.status === 200,
			);
			const aerona = (await sandbox.requests()).filter((request) =>
				request.path.startsWith(AERONA_PREFIX),
			);
			const login = aerona.findIndex((request) => request.path === `${AERONA_PREFIX}/login`);
			expect(aerona.filter((request) => request.path === `${AERONA_PREFIX}/login`)).toHaveLength(1);
			expect(aerona.slice(login).map((request) => request.status)).toEqual([200, 200]);
			const output = page.locator('[data-test-id="output-panel"]');
			await output
				.getByText(/^1 item$/)
				.first()
				.waitFor({ timeout: WAIT_MS });
		});
	});

	it.each([
		[
			'HeyDonto API',
			HEYDONTO.editor,
			'/auth/user',
			(request: SandboxRequest) => /^Bearer \S+$/.test(request.headers.authorization ?? ''),
		],
		[
			'Aerona API',
			AERONA.main,
			`${AERONA_PREFIX}/appointment-types`,
			(request: SandboxRequest) => (request.headers['aerona-auth-token'] ?? '') !== '',
		],
	])(
		'the HTTP Request node offers %s under Predefined Credential Type, and a request with it works',
		async (typeName, credential, path, signed) => {
			await withEditor(n8n.base(), async (page) => {
				await openNode(page, `E2E editor: HTTP Request with ${typeName}`, {
					type: 'n8n-nodes-base.httpRequest',
					typeVersion: 4.2,
					parameters: {
						url: `${env.sandboxUrl}${path}`,
						authentication: 'predefinedCredentialType',
						options: {},
					},
				});
				const type = page.locator('[data-test-id="parameter-input-nodeCredentialType"]');
				await type.click({ timeout: WAIT_MS });
				await page.keyboard.type(typeName.split(' ')[0]);
				await page.getByRole('option', { name: typeName, exact: true }).click({ timeout: WAIT_MS });
				await pickCredential(page, credential);
				await executeNode(page);
			});
			const request = await sandboxRequest(
				(logged) => logged.method === 'GET' && logged.path === path && logged.status === 200,
			);
			expect(signed(request)).toBe(true);
		},
	);

	it('AHDS: a contact detail added in the editor is sent active and preferred', async () => {
		await withEditor(n8n.base(), async (page) => {
			await openNode(page, 'E2E editor: AHDS contact', {
				type: `${PACKAGE_NAME}.ahds`,
				typeVersion: 1.1,
				parameters: {
					resource: 'contact',
					operation: 'create',
					siteId: { __rl: true, mode: 'id', value: '1' },
					firstName: 'Editor',
					lastName: 'Tester',
				},
				credentials: { heyDontoApi: { id: AHDS.token.id, name: AHDS.token.name } },
			});
			await page.getByText('Add Contact Detail').first().click({ timeout: WAIT_MS });
			const value = page.locator('[data-test-id="parameter-input-value"] input').first();
			await value.fill('+1-512-555-0177');
			await value.press('Tab');
			await executeNode(page);
		});
		const created = await sandboxRequest(
			(request) =>
				request.method === 'POST' && (request.body as IDataObject)?.firstName === 'Editor',
		);
		const [detail] = (created.body as { contactDetails: IDataObject[] }).contactDetails;
		expect(detail).toMatchObject({
			value: '+1-512-555-0177',
			isActive: true,
			isPreferred: true,
		});
	});

	it('the node panel finds HeyDonto by "appointment"', async () => {
		await withEditor(n8n.base(), async (page) => {
			await page.goto(`${n8n.base()}/workflow/new`);
			await page.locator('[data-test-id="canvas-add-button"]').click({ timeout: WAIT_MS });
			await page.keyboard.type('appointment');
			const items = page.locator('[data-test-id="item-iterator-item"]');
			await items.first().waitFor({ timeout: WAIT_MS });
			const found = await waitFor(
				'HeyDonto among the results',
				async () => (await items.allInnerTexts()).find((text) => /^\s*HeyDonto\s*$/m.test(text)),
				WAIT_MS,
			);
			expect(found).toContain('HeyDonto');
		});
	});
});
