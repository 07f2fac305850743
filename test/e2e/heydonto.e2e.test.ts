/**
 * HeyDonto in a real n8n: the packed package installed in n8n's community-nodes folder, credentials and
 * workflows imported with n8n's CLI, workflows run with `n8n execute` against the sandbox.
 */
import { execute, sandbox } from './harness';

beforeEach(async () => {
	await sandbox.reset();
});

const apiRequests = async () =>
	(await sandbox.requests()).map(
		(request) =>
			`${request.method} ${request.path}${request.rawQuery ? `?${request.rawQuery}` : ''} ${request.status}`,
	);

describe('HeyDonto node in n8n', () => {
	it('Site → Get Many with Return All logs in once and reads both pages of 100', async () => {
		const run = await execute('hdE2eSitesAll001');
		expect(run.exitCode).toBe(0);
		const sites = run.json('Get Sites');
		expect(sites).toHaveLength(150);
		expect(new Set(sites.map((site) => site.id)).size).toBe(150);
		expect(sites[0]).toEqual(
			expect.objectContaining({ id: 1, name: expect.any(String), address: expect.any(Object) }),
		);
		expect(await apiRequests()).toEqual([
			'POST /auth/login 201',
			'GET /site?page=0&pageSize=100 200',
			'GET /site?page=1&pageSize=100 200',
		]);
	});

	it('sends client accounts as repeated parameters and the sort as sortBy[i][field|dir]', async () => {
		const run = await execute('hdE2eSitesFilt01');
		expect(run.exitCode).toBe(0);
		const sites = run.json('Get Sites');
		expect(sites).toHaveLength(5);
		expect(sites.every((site) => [10, 20].includes(site.clientAccountId as number))).toBe(true);
		const names = sites.map((site) => String(site.name));
		expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a)));
		const [request] = await sandbox.requests();
		expect(decodeURIComponent(request.rawQuery)).toBe(
			'clientAccountId=10&clientAccountId=20&sortBy[0][field]=name&sortBy[0][dir]=desc&page=0&pageSize=5',
		);
	});

	it('creates, updates, gets and deletes a site; the deleted site is a 404 error item', async () => {
		const run = await execute('hdE2eSiteCrud001');
		expect(run.exitCode).toBe(0);
		const [created] = run.json('Create Site');
		expect(created).toEqual(
			expect.objectContaining({
				name: 'E2E Clinic',
				address: { street: '1 Test Way', city: 'Austin', zipCode: '78701' },
				practiceManagementSystemId: 1,
				dentalServiceIds: [1, 2],
				dentalPracticeIds: [10, 11],
				phoneNumber: '+1-512-555-0199',
			}),
		);
		const [updated] = run.json('Update Site');
		expect(updated).toEqual(
			expect.objectContaining({
				id: created.id,
				name: 'E2E Clinic (renamed)',
				address: { street: '2 Test Way', city: 'Dallas', zipCode: '75201' },
				phoneNumber: '+1-512-555-0199',
				dentalPracticeIds: [10, 11],
			}),
		);
		expect(run.json('Get Site')).toEqual([updated]);
		expect(run.json('Delete Site')).toEqual([{ id: created.id, deleted: true }]);
		expect(run.json('Get Deleted Site')).toEqual([
			{
				error: `The HeyDonto API answered 404: Site with ID ${String(created.id)} not found`,
				description: `No site with ID ${String(created.id)} exists or is visible to this credential. Check the Site ID, or pick it from the list.`,
				httpCode: '404',
			},
		]);
		const put = (await sandbox.requests()).find((request) => request.method === 'PUT');
		expect(put?.body).toEqual(
			expect.objectContaining({
				id: created.id,
				name: 'E2E Clinic (renamed)',
				googlePlaceId: 'ChIJ-e2e-place',
			}),
		);
	});

	it('uses a pasted JWT without logging in', async () => {
		const run = await execute('hdE2eBrands00001');
		expect(run.exitCode).toBe(0);
		const brands = run.json('Get Brands');
		expect(brands.length).toBeGreaterThan(0);
		expect(brands.length).toBeLessThanOrEqual(3);
		expect(brands.every((brand) => String(brand.title).toLowerCase().includes('smile'))).toBe(true);
		expect(await apiRequests()).toEqual(['GET /brands?title=Smile&page=0&pageSize=3 200']);
	});

	it('an expired pasted JWT fails with its expiry time and sends nothing', async () => {
		const run = await execute('hdE2eExpired0001');
		const [item] = run.json('Get Site');
		expect(String(item.error)).toMatch(
			/^The HeyDonto access token expired at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\. Paste a new JWT/,
		);
		expect(await apiRequests()).toEqual([]);
	});

	it('logs in again when the stored token is rejected, and retries once', async () => {
		expect((await execute('hdE2eRelogin0001')).exitCode).toBe(0);
		await sandbox.revokeTokens();
		await sandbox.clearRequests();
		const run = await execute('hdE2eRelogin0001');
		expect(run.exitCode).toBe(0);
		expect(run.json('Get Site')).toEqual([expect.objectContaining({ id: 1 })]);
		expect(await apiRequests()).toEqual([
			'GET /site/1 401',
			'GET /site/1 401',
			'POST /auth/login 201',
			'GET /site/1 200',
		]);
		await sandbox.clearRequests();
		expect((await execute('hdE2eRelogin0001')).exitCode).toBe(0);
		expect(await apiRequests()).toEqual(['GET /site/1 200']);
	});

	it('a 429 with Retry-After is waited out and retried', async () => {
		await sandbox.fault({ method: 'GET', path: '^/site/2$', status: 429, retryAfter: 1, count: 1 });
		const run = await execute('hdE2eRetry000001');
		expect(run.exitCode).toBe(0);
		expect(run.json('Get Site')).toEqual([expect.objectContaining({ id: 2 })]);
		expect(await apiRequests()).toEqual(['GET /site/2 429', 'GET /site/2 200']);
	});

	it('a malformed Site ID stops the node with a clear error before any request', async () => {
		const run = await execute('hdE2eBadInput001');
		expect(run.exitCode).not.toBe(0);
		expect(run.nodeError('Get Site')?.message).toBe(
			'Invalid value for "Site": expected a numeric ID (a whole number such as 42), but got "abc"',
		);
		expect(await apiRequests()).toEqual([]);
	});

	it("serves n8n's HTTP Request node as a predefined credential type", async () => {
		const run = await execute('hdE2eHttpNode001');
		expect(run.exitCode).toBe(0);
		expect(run.json('HTTP Request')).toEqual([
			expect.objectContaining({ email: 'admin@heydonto.test', role: 'ADMIN' }),
		]);
		// The credential's stored login (from the tests before) is reused; a stale one would be renewed.
		const requests = (await sandbox.requests()).filter((request) => request.path === '/auth/user');
		expect(requests.map((request) => request.status)).toEqual([200]);
		expect(requests[0].headers.authorization).toMatch(/^Bearer ey/);
	});

	it('reaches the other resources: organizations, codes, appointment types, users, availability, assistants, periomeasures', async () => {
		const run = await execute('hdE2eCatalog0001');
		expect(run.exitCode).toBe(0);
		const [organization] = run.json('Create Organization');
		expect(organization).toEqual(
			expect.objectContaining({
				title: 'E2E Health',
				website: 'https://e2e.example',
				clientAccountId: 10,
			}),
		);
		expect(run.json('Get Organization')).toEqual([organization]);
		const codes = run.json('Get Codes');
		expect(codes.length).toBeGreaterThan(0);
		expect(
			codes.every((code) => /evaluation/i.test(`${String(code.title)} ${String(code.code)}`)),
		).toBe(true);
		expect(run.json('Get Appointment Types')).toHaveLength(15);
		expect(run.json('Get Admins').every((user) => user.role === 'ADMIN')).toBe(true);
		const slots = run.json('Get Open Slots');
		expect(slots.length).toBe(10);
		expect(slots[0]).toEqual(
			expect.objectContaining({
				start: expect.stringMatching(/^2026-03-02T/),
				practitioners: expect.any(Array),
			}),
		);
		expect(run.json('Create Assistant')).toEqual([
			expect.objectContaining({ siteId: 3, assistantName: 'E2E Front Desk' }),
		]);
		expect(run.json('Create Periomeasure')).toEqual([
			expect.objectContaining({ intTooth: 3, sequenceType: 4, patientId: 12 }),
		]);
	});
});
