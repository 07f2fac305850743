/**
 * What the n8n editor does behind its buttons, against `n8n start`: the credential's Test button and the
 * "From list" pickers (resource locator search, load options), over n8n's REST API as the UI calls it.
 */
import type { IDataObject } from 'n8n-workflow';

import type { ChildProcess } from '../../scripts/lib/n8n';
import { CREDENTIALS as AHDS_CREDENTIALS, NODE_TYPE as AHDS_NODE_TYPE } from './fixtures/ahds';
import { ADMIN, CREDENTIALS, NODE_TYPE } from './fixtures/heydonto';
import { BROWSER_RETRIES, addAction, withEditor } from './browser';
import { env, sandbox, server } from './harness';

// This file clicks through the editor: see BROWSER_RETRIES.
jest.retryTimes(BROWSER_RETRIES, { logErrorsBeforeRetry: true });

let n8n: { child: ChildProcess; base: string } | undefined;
let cookie = '';

beforeAll(async () => {
	n8n = await server.start(server.env({ userFolder: env.userFolder, port: env.port }));
	cookie = await server.ownerSession(n8n.base);
});

afterAll(async () => {
	await server.stop(n8n?.child);
});

beforeEach(async () => {
	await sandbox.reset();
});

async function rest(path: string, body: IDataObject) {
	const response = await fetch(`${n8n?.base}/rest${path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', cookie },
		body: JSON.stringify(body),
	});
	return { status: response.status, body: (await response.json()) as IDataObject };
}

const loginData = (password = ADMIN.password) => ({
	environment: 'custom',
	baseUrl: env.sandboxUrl,
	authMethod: 'login',
	email: ADMIN.email,
	password,
});

const testCredential = async (
	data: IDataObject,
	credential: { id: string; name: string } = CREDENTIALS.editor,
) => await rest('/credentials/test', { credentials: { ...credential, type: 'heyDontoApi', data } });

const picker = {
	nodeTypeAndVersion: { name: NODE_TYPE, version: 1 },
	credentials: { heyDontoApi: CREDENTIALS.token },
};

describe('HeyDonto in the n8n editor', () => {
	it('the credential Test button logs in and calls GET /auth/user', async () => {
		const { body } = await testCredential(loginData());
		expect(body.data).toEqual({ status: 'OK', message: 'Connection successful!' });
		const requests = await sandbox.requests();
		expect(
			requests.map((request) => `${request.method} ${request.path} ${request.status}`),
		).toEqual(['POST /auth/login 201', 'GET /auth/user 200']);
	});

	it('the Test button reports a refused login, without the password', async () => {
		const { body } = await testCredential(loginData('Wrong-Password-9'));
		const result = body.data as IDataObject;
		expect(result.status).toBe('Error');
		expect(String(result.message)).toContain(
			'HeyDonto refused the login for admin@heydonto.test (HTTP 401: Invalid credentials)',
		);
		expect(JSON.stringify(body)).not.toContain('Wrong-Password-9');
	});

	it('the Test button reports an expired pasted JWT with its expiry time, without calling the API', async () => {
		const expired = await sandbox.token({ email: ADMIN.email, expiresInSeconds: -60 });
		const { body } = await testCredential(
			{ environment: 'custom', baseUrl: env.sandboxUrl, authMethod: 'token', accessToken: expired },
			CREDENTIALS.expired,
		);
		const result = body.data as IDataObject;
		expect(result.status).toBe('Error');
		expect(String(result.message)).toMatch(/The HeyDonto access token expired at \d{4}-\d\d-\d\dT/);
		expect(await sandbox.requests()).toEqual([]);
	});

	it('Site "From list" searches sites by name, page by page', async () => {
		const { body } = await rest('/dynamic-node-parameters/resource-locator-results', {
			...picker,
			path: 'parameters.siteId',
			methodName: 'searchSites',
			filter: 'Dental',
			currentNodeParameters: { resource: 'site', operation: 'get' },
		});
		const data = body.data as {
			results: Array<{ name: string; value: string }>;
			paginationToken?: string;
		};
		expect(data.results.length).toBeGreaterThan(0);
		expect(data.results.length).toBeLessThanOrEqual(50);
		expect(data.results[0].name).toMatch(/Dental.* \(ID \d+\)$/);
		expect(data.results[0].value).toMatch(/^\d+$/);
		const [request] = await sandbox.requests();
		expect(request.path).toBe('/site');
		expect(request.query).toEqual({ name: 'Dental', page: '0', pageSize: '50' });
	});

	it('Dental Service Names or IDs loads every service', async () => {
		const { body } = await rest('/dynamic-node-parameters/options', {
			...picker,
			path: 'parameters.dentalServiceIds',
			methodName: 'getDentalServices',
			currentNodeParameters: { resource: 'site', operation: 'create' },
		});
		const options = body.data as Array<{ name: string; value: number }>;
		expect(options).toHaveLength(40);
		expect(options.every((option) => typeof option.value === 'number')).toBe(true);
	});
});

describe('AHDS in the n8n editor', () => {
	it('Site "From list" lists the HeyDonto sites of the credential', async () => {
		const { body } = await rest('/dynamic-node-parameters/resource-locator-results', {
			nodeTypeAndVersion: { name: AHDS_NODE_TYPE, version: 1 },
			credentials: { heyDontoApi: AHDS_CREDENTIALS.token },
			path: 'parameters.siteId',
			methodName: 'searchSites',
			filter: 'Austin',
			currentNodeParameters: { resource: 'contact', operation: 'getAll' },
		});
		const data = body.data as { results: Array<{ name: string; value: string }> };
		expect(data.results.length).toBeGreaterThan(0);
		expect(data.results.every((site) => /Austin.* \(ID \d+\)$/.test(site.name))).toBe(true);
		const [request] = await sandbox.requests();
		expect(request.path).toBe('/site');
		expect(request.query).toEqual({ name: 'Austin', page: '0', pageSize: '50' });
	});
});

describe('HeyDonto in the n8n editor, as a new user', () => {
	it('a new user drags HeyDonto onto a canvas, picks "Get many sites" and runs it: the sites show', async () => {
		await withEditor(n8n?.base ?? '', async (page) => {
			await page.goto(`${n8n?.base}/workflow/new`);
			await addAction(page, 'HeyDonto', 'Get many sites');
			// The node opens with one of the stored HeyDonto credentials; pick the sandbox login.
			const credential = page.locator('[data-test-id="node-credentials-select"]');
			await credential.click();
			await page.getByRole('option', { name: CREDENTIALS.editor.name }).click();
			expect(await credential.locator('input').inputValue()).toBe(CREDENTIALS.editor.name);
			await page.locator('[data-test-id="node-execute-button"]').first().click({ force: true });
			await page.getByText('Node executed successfully').waitFor();
			const output = page.locator('[data-test-id="output-panel"]');
			await output.getByText('Bright Smile Dental – Austin Downtown').first().waitFor();
			expect(await output.innerText()).toContain('50 items');
		});
		const requests = (await sandbox.requests()).filter((request) => request.path === '/site');
		expect(requests.map((request) => request.rawQuery)).toEqual(['page=0&pageSize=50']);
	});
});
