/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test-only: timers */
/**
 * AlfaDocs against `n8n start`: the OAuth2 credential connected the way a user does it (Chromium: sign
 * in to the editor, open the credential, "Connect" / "Connect my account", Approve on the sandbox's consent page),
 * then requests made with it (and its refresh); and an active AlfaDocs Trigger workflow receiving a
 * multi-event POST from the sandbox.
 */
import type { IDataObject } from 'n8n-workflow';

import * as n8n from '../../scripts/lib/n8n';
import type { ChildProcess } from '../../scripts/lib/n8n';
import { CREDENTIALS, OAUTH_SCOPES, TRIGGER_WEBHOOK_ID } from './fixtures/alfadocs';
import { BROWSER_RETRIES, withEditor } from './browser';
import { cliEnv, env, execute, sandbox, server } from './harness';

// This file clicks through the editor: see BROWSER_RETRIES.
jest.retryTimes(BROWSER_RETRIES, { logErrorsBeforeRetry: true });

const control = async (method: string, route: string, body?: object) =>
	(await sandbox.call(method, route, body)) as IDataObject;

describe('AlfaDocs in n8n start', () => {
	let instance: { child: ChildProcess; base: string } | undefined;
	let cookie = '';
	let apiKey = '';

	type TriggerRun = {
		status: string;
		data: {
			resultData: {
				runData: Record<string, Array<{ data: { main: Array<Array<{ json: IDataObject }>> } }>>;
			};
		};
	};

	/** The trigger workflow's executions, newest first, through n8n's public API. */
	async function triggerRuns(): Promise<TriggerRun[]> {
		const base = instance?.base ?? '';
		apiKey ||= await publicApiKey(base, cookie);
		const list = (await (
			await fetch(
				`${base}/api/v1/executions?workflowId=adE2eTrigger0001&includeData=true&limit=250`,
				{ headers: { 'X-N8N-API-KEY': apiKey } },
			)
		).json()) as { data: TriggerRun[] };
		return list.data;
	}

	/** Fires one POST at the trigger and returns the items of the execution it started. */
	async function fireAndRead(body: IDataObject) {
		const before = (await triggerRuns()).length;
		const fired = await control('POST', '/__sandbox/alfadocs/webhooks/fire', body);
		expect(fired).toEqual(expect.objectContaining({ status: 200, timedOut: false }));
		for (let attempt = 0; attempt < 240; attempt++) {
			const runs = await triggerRuns();
			if (runs.length > before && runs[0].status !== 'running' && runs[0].status !== 'new') {
				expect(runs[0].status).toBe('success');
				return runs[0].data.resultData.runData['AlfaDocs Trigger'][0].data.main[0].map(
					(item) => item.json,
				);
			}
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		throw new Error('the trigger started no execution');
	}

	beforeAll(async () => {
		await sandbox.reset();
		// A trigger workflow is activated before the server starts (n8n 2.x: publish, then start).
		n8n.cliOrThrow(['publish:workflow', '--id=adE2eTrigger0001'], cliEnv());
		instance = await server.start(server.env({ userFolder: env.userFolder, port: env.port }));
		cookie = await server.ownerSession(instance.base);
	});

	afterAll(async () => {
		await server.stop(instance?.child);
	});

	it('connects the OAuth2 credential through the editor and the consent page, as a user clicks it', async () => {
		const base = instance?.base ?? '';
		await withEditor(base, async (page, browser) => {
			await page.goto(`${base}/home/credentials/${CREDENTIALS.oAuth2.id}`);
			// n8n 2.8 labels the button "Connect my account", 2.41 "Connect".
			const connect = page.getByRole('button', { name: /^Connect( my account)?$/ });
			await connect.waitFor({ timeout: 60000 });
			const [consent] = await Promise.all([browser.waitForEvent('page'), connect.click()]);
			// n8n 2.41 opens the popup on about:blank and then navigates it to the consent page.
			await consent.waitForURL(/\/alfadocs\/oauth2\/authorize/, { timeout: 60000 });
			await consent.waitForLoadState();
			const authorize = new URL(consent.url());
			expect(`${authorize.origin}${authorize.pathname}`).toBe(
				`${env.sandboxUrl}/alfadocs/oauth2/authorize`,
			);
			expect(authorize.searchParams.get('client_id')).toBe('n8n-sandbox');
			expect(authorize.searchParams.get('scope')).toBe(OAUTH_SCOPES);
			expect(authorize.searchParams.get('redirect_uri')).toBe(
				`${base}/rest/oauth2-credential/callback`,
			);
			expect(await consent.locator('#scopes li').allInnerTexts()).toEqual(OAUTH_SCOPES.split(' '));

			// Listening before the click: the callback page may close the popup before click() returns.
			const closed = consent.waitForEvent('close', { timeout: 60000 });
			await consent
				.getByRole('button', { name: 'Approve' })
				.click()
				.catch((error: unknown) => {
					if (!consent.isClosed()) throw error;
				});
			await closed;
			await page.getByText('Account connected').waitFor({ timeout: 60000 });
		});
		const exchange = (await sandbox.requests()).find(
			(request) => request.path === '/alfadocs/oauth2/token',
		);
		expect(exchange?.status).toBe(200);
		expect(exchange?.headers.authorization).toBeUndefined();
		expect(exchange?.body).toEqual(
			expect.objectContaining({
				grant_type: 'authorization_code',
				client_id: 'n8n-sandbox',
				client_secret: 'sandbox-client-secret',
				redirect_uri: `${base}/rest/oauth2-credential/callback`,
			}),
		);
	});

	it('an active AlfaDocs Trigger gives one item per event of a multi-event POST, filtered by type', async () => {
		const base = instance?.base ?? '';
		const hook = `${base}/webhook/${TRIGGER_WEBHOOK_ID}/webhook`;
		for (let attempt = 0; ; attempt++) {
			const preflight = await fetch(hook, {
				method: 'OPTIONS',
				headers: { Origin: 'http://127.0.0.1', 'Access-Control-Request-Method': 'POST' },
			});
			if (preflight.status === 204) break;
			if (attempt > 120)
				throw new Error(`the trigger webhook never registered (${preflight.status})`);
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		const events = [
			{
				event: 'appointment_created',
				objectId: 900,
				data: { created_entity: { id: 900, date: '2026-05-04 10:00:00', archiveId: 11 } },
			},
			{
				event: 'patient_updated',
				objectId: 42,
				data: {
					updated_entity: {
						id: 42,
						lastName: 'De Luca',
						phoneNumbers: [{ prefix: '0039', number: '3470000000' }],
					},
				},
			},
			{
				event: 'bill_liability_deleted',
				objectId: 9,
				data: { deleted_entity: { id: 9, billId: 69215 } },
			},
			{
				event: 'care_plan_entry_updated',
				objectId: 5,
				data: { updated_entity: { entryId: 5, done: 'true' } },
			},
		];
		await control('PUT', '/__sandbox/alfadocs/webhooks', { url: hook });
		const fired = await control('POST', '/__sandbox/alfadocs/webhooks/fire', { events });
		expect(fired).toEqual(expect.objectContaining({ sent: 4, status: 200, response: '' }));
		expect(String(fired.body)).toContain('0%5Bevent%5D=appointment_created&0%5BobjectId%5D=900');

		const apiKey = await publicApiKey(base, cookie);
		let execution: IDataObject | undefined;
		for (let attempt = 0; attempt < 120 && !execution; attempt++) {
			const list = (await (
				await fetch(`${base}/api/v1/executions?workflowId=adE2eTrigger0001&includeData=true`, {
					headers: { 'X-N8N-API-KEY': apiKey },
				})
			).json()) as { data: IDataObject[] };
			execution = list.data.find((entry) => entry.status === 'success');
			if (!execution) await new Promise((resolve) => setTimeout(resolve, 500));
		}
		const runData = (
			execution?.data as {
				resultData: {
					runData: Record<string, Array<{ data: { main: Array<Array<{ json: IDataObject }>> } }>>;
				};
			}
		).resultData.runData;
		expect(runData['AlfaDocs Trigger'][0].data.main[0].map((item) => item.json)).toEqual([
			{
				event: 'appointment_created',
				objectId: '900',
				data: { created_entity: { id: '900', date: '2026-05-04 10:00:00', archiveId: '11' } },
			},
			{
				event: 'patient_updated',
				objectId: '42',
				data: {
					updated_entity: {
						id: '42',
						lastName: 'De Luca',
						phoneNumbers: [{ prefix: '0039', number: '3470000000' }],
					},
				},
			},
			{
				event: 'care_plan_entry_updated',
				objectId: '5',
				data: { updated_entity: { entryId: '5', done: 'true' } },
			},
		]);
	});
	describe('the AlfaDocs Trigger reads every body AlfaDocs may send', () => {
		const events = [
			{ event: 'appointment_created', objectId: 901, data: { created_entity: { id: 901 } } },
			{ event: 'patient_updated', objectId: 43, data: { updated_entity: { id: 43 } } },
		];

		beforeAll(async () => {
			const hook = `${instance?.base ?? ''}/webhook/${TRIGGER_WEBHOOK_ID}/webhook`;
			await control('PUT', '/__sandbox/alfadocs/webhooks', { url: hook });
		});

		it.each([
			['a JSON array of events', 'json'],
			['a JSON object of indexed events', 'json-object'],
		])('%s gives one item per event, with JSON types', async (_, format) => {
			expect(await fireAndRead({ events, format })).toEqual(events);
		});

		it('a key nested 20,000 levels deep beside valid events: the events pass, the key is reported', async () => {
			const items = await fireAndRead({ events, append: `a${'[a]'.repeat(20000)}=1` });
			expect(items.slice(0, 2)).toEqual([
				{ event: 'appointment_created', objectId: '901', data: { created_entity: { id: '901' } } },
				{ event: 'patient_updated', objectId: '43', data: { updated_entity: { id: '43' } } },
			]);
			expect(items[2]).toEqual({
				error:
					'AlfaDocs Trigger: 1 part of this POST could not be read and was left out; the other events are passed on',
				rejected: [
					{
						part: expect.stringMatching(/^a\[a\]\[a\].*… \(60001 characters\)$/),
						reason: 'the key is nested 20,001 levels deep; at most 32 are decoded',
					},
				],
			});
			expect(items).toHaveLength(3);
		});
	});
});

describe('AlfaDocs OAuth2 credential after connecting (n8n execute)', () => {
	it('makes requests with the access token, in the credential archive and a chosen one', async () => {
		await sandbox.clearRequests();
		const run = await execute('adE2eOAuth2Run01');
		expect(run.exitCode).toBe(0);
		expect(run.json('Search Patients')).toHaveLength(3);
		const appointments = run.json('Get Appointments');
		expect(appointments.length).toBe(5);
		const requests = await sandbox.requests();
		expect(
			requests.every((request) => /^Bearer eyJ/.test(request.headers.authorization ?? '')),
		).toBe(true);
		expect(requests.some((request) => request.headers['x-api-key'] !== undefined)).toBe(false);
		expect(requests.map((request) => request.path)).toEqual(
			expect.arrayContaining([
				'/alfadocs/api/v1/practices/7/archives/12/appointments',
				'/alfadocs/api/v1/practices/7/archives/11/patients',
			]),
		);
	});

	it('refreshes an expired access token with the refresh token (client secret in the body) and goes on', async () => {
		await control('POST', '/__sandbox/alfadocs/oauth/expire');
		await sandbox.clearRequests();
		const run = await execute('adE2eOAuth2Run01');
		expect(run.exitCode).toBe(0);
		expect(run.json('Search Patients')).toHaveLength(3);
		const refresh = (await sandbox.requests()).filter(
			(request) => request.path === '/alfadocs/oauth2/token',
		);
		expect(refresh.length).toBeGreaterThanOrEqual(1);
		expect(refresh[0].status).toBe(200);
		expect(refresh[0].body).toEqual(
			expect.objectContaining({
				grant_type: 'refresh_token',
				client_id: 'n8n-sandbox',
				client_secret: 'sandbox-client-secret',
			}),
		);
	});
});

/** A key for n8n's public API (GET /api/v1/executions with the run data), made over REST as the UI does. */
async function publicApiKey(base: string, cookie: string): Promise<string> {
	const scopes = (await (
		await fetch(`${base}/rest/api-keys/scopes`, { headers: { cookie } })
	).json()) as { data: string[] };
	const response = await fetch(`${base}/rest/api-keys`, {
		method: 'POST',
		headers: { cookie, 'content-type': 'application/json' },
		body: JSON.stringify({
			label: `alfadocs-e2e-${Date.now()}`,
			scopes: scopes.data,
			expiresAt: null,
		}),
	});
	const created = (await response.json()) as { data?: { rawApiKey?: string } };
	if (!created.data?.rawApiKey) {
		throw new Error(
			`n8n did not create an API key (${response.status}): ${JSON.stringify(created)}`,
		);
	}
	return created.data.rawApiKey;
}
