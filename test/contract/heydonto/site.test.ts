import {
	BASE,
	byId,
	failHeyDonto,
	fromList,
	get,
	items,
	runHeyDonto,
	send,
} from '../../helpers/heydonto';

const site = (id: number, extra: object = {}) => ({
	id,
	name: `Site ${id}`,
	address: { street: `${id} Main St`, city: 'Austin', zipCode: '78701' },
	googlePlaceId: `place-${id}`,
	practiceManagementSystemId: 3,
	dentalServiceIds: [1, 2],
	dentalPracticeIds: [10],
	createdAt: '2024-01-01T00:00:00.000Z',
	updatedAt: '2024-01-01T00:00:00.000Z',
	...extra,
});
const sites = (from: number, count: number) =>
	Array.from({ length: count }, (_, index) => site(from + index));

describe('HeyDonto › Site', () => {
	it('Get Many with Return All reads every page of 100, with client accounts as repeated parameters', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: {
				resource: 'site',
				operation: 'getAll',
				clientAccountIds: '10, 20',
				returnAll: true,
			},
			responses: [
				{ body: { data: sites(1, 100), meta: { page: 0, pageSize: 100, total: 150 } } },
				{ body: { data: sites(101, 50), meta: { page: 1, pageSize: 100, total: 150 } } },
			],
		});
		expect(requests).toEqual([
			get('/site', { clientAccountId: [10, 20], page: 0, pageSize: 100 }),
			get('/site', { clientAccountId: [10, 20], page: 1, pageSize: 100 }),
		]);
		expect(output).toEqual(items(sites(1, 150)));
	});

	it('Get Many with a limit sends filters and sort rules, and reads a bare array', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: {
				resource: 'site',
				operation: 'getAll',
				clientAccountIds: '',
				returnAll: false,
				limit: 5,
				filters: { name: 'Downtown', organizationId: '1,2', brandId: [3] },
				sort: {
					rules: [
						{ field: 'name', dir: 'desc' },
						{ field: 'id', dir: 'asc' },
					],
				},
			},
			responses: [{ body: sites(1, 5) }],
		});
		expect(requests).toEqual([
			get('/site', {
				brandId: [3],
				name: 'Downtown',
				organizationId: [1, 2],
				'sortBy[0][field]': 'name',
				'sortBy[0][dir]': 'desc',
				'sortBy[1][field]': 'id',
				'sortBy[1][dir]': 'asc',
				page: 0,
				pageSize: 5,
			}),
		]);
		expect(output).toEqual(items(sites(1, 5)));
	});

	it('Get Many stops when the server ignores paging and answers everything at once', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: { resource: 'site', operation: 'getAll', clientAccountIds: '', returnAll: true },
			responses: [{ body: sites(1, 130) }],
		});
		expect(requests).toEqual([get('/site', { page: 0, pageSize: 100 })]);
		expect(output).toHaveLength(130);
	});

	it('Create sends every documented field typed: address object, ID lists as number arrays', async () => {
		const created = site(151, { name: 'Downtown Clinic' });
		const { output, requests } = await runHeyDonto({
			parameters: {
				resource: 'site',
				operation: 'create',
				name: 'Downtown Clinic',
				address: { value: { street: '123 Main St', city: 'New York', zipCode: '10001' } },
				googlePlaceId: 'ChIJN1t_tDeuEmsRUsoyG83frY4',
				practiceManagementSystemId: fromList(3),
				dentalServiceIds: [1, '2', 3],
				dentalPracticeIds: '10, 11,12',
				additionalFields: {
					phoneNumber: '+1-555-555-5555',
					isEnabled: true,
					brandId: '2',
					isAddingNewBrand: false,
					decisionMakerUserEmail: 'decisionmaker@example.com',
				},
			},
			responses: [{ status: 201, body: created }],
		});
		expect(requests).toEqual([
			send('POST', '/site', {
				name: 'Downtown Clinic',
				address: { street: '123 Main St', city: 'New York', zipCode: '10001' },
				googlePlaceId: 'ChIJN1t_tDeuEmsRUsoyG83frY4',
				practiceManagementSystemId: 3,
				dentalServiceIds: [1, 2, 3],
				dentalPracticeIds: [10, 11, 12],
				phoneNumber: '+1-555-555-5555',
				isEnabled: true,
				brandId: 2,
				isAddingNewBrand: false,
				decisionMakerUserEmail: 'decisionmaker@example.com',
			}),
		]);
		expect(output).toEqual(items([created]));
	});

	it('Get reads one site by the ID from the resource locator', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: { resource: 'site', operation: 'get', siteId: byId(42) },
			responses: [{ body: site(42) }],
		});
		expect(requests).toEqual([get('/site/42')]);
		expect(output).toEqual(items([site(42)]));
	});

	it('Update reads the site, applies only the given fields and PUTs the whole site with its id', async () => {
		const current = site(42, { phoneNumber: '+1-512-555-0100', decisionMakerUserId: 7 });
		const updated = { ...current, name: 'Renamed', updatedAt: '2025-01-01T00:00:00.000Z' };
		const { output, requests } = await runHeyDonto({
			parameters: {
				resource: 'site',
				operation: 'update',
				siteId: fromList(42),
				updateFields: {
					name: 'Renamed',
					address: { value: { city: 'Dallas' } },
					dentalPracticeIds: '10,20',
					practiceManagementSystemId: byId(5),
				},
			},
			responses: [{ body: current }, { body: updated }],
		});
		expect(requests).toEqual([
			get('/site/42'),
			send('PUT', '/site/42', {
				id: 42,
				name: 'Renamed',
				address: { city: 'Dallas' },
				googlePlaceId: 'place-42',
				practiceManagementSystemId: 5,
				dentalServiceIds: [1, 2],
				dentalPracticeIds: [10, 20],
				phoneNumber: '+1-512-555-0100',
				decisionMakerUserId: 7,
			}),
		]);
		expect(output).toEqual(items([updated]));
	});

	it('Update with nothing to change fails before any request', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: { resource: 'site', operation: 'update', siteId: byId(42), updateFields: {} },
		});
		expect(error.message).toBe('Nothing to update: "Update Fields" is empty');
		expect(requests).toEqual([]);
	});

	it('Delete answers { id, deleted: true }', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: { resource: 'site', operation: 'delete', siteId: byId(42) },
			responses: [{ status: 204, body: '' }],
		});
		expect(requests).toEqual([send('DELETE', '/site/42')]);
		expect(output).toEqual(items([{ id: 42, deleted: true }]));
	});

	it('Reset FHIR Store posts { force } and reports the reset as queued', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: { resource: 'site', operation: 'resetFhirStore', siteId: byId(7), force: true },
			responses: [{ status: 204, body: '' }],
		});
		expect(requests).toEqual([send('POST', '/site/7/fhir-reset', { force: true })]);
		expect(output).toEqual(items([{ siteId: 7, force: true, queued: true }]));
	});

	it('Reset FHIR Store takes Force as true/false text from an expression, and refuses anything else before any request', async () => {
		const { requests } = await runHeyDonto({
			parameters: {
				resource: 'site',
				operation: 'resetFhirStore',
				siteId: byId(7),
				force: 'false',
			},
			responses: [{ status: 204, body: '' }],
		});
		expect(requests).toEqual([send('POST', '/site/7/fhir-reset', { force: false })]);
		const { error, requests: none } = await failHeyDonto({
			parameters: { resource: 'site', operation: 'resetFhirStore', siteId: byId(7), force: ['x'] },
		});
		expect(none).toEqual([]);
		expect(error.message).toBe('Invalid value for "Force": expected true or false, but got ["x"]');
	});

	it('Get Many refuses a sort rule an expression set to an unknown field, before any request', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: {
				resource: 'site',
				operation: 'getAll',
				returnAll: true,
				sort: {
					rules: [
						{ field: 'name', dir: 'asc' },
						{ field: { a: 1 }, dir: 'asc' },
					],
				},
			},
		});
		expect(requests).toEqual([]);
		expect(error.message).toMatch(
			/^Invalid value for "Sort › Rule 2 › Field": expected one of [a-zA-Z, ]+, but got \{"a":1\}$/,
		);
	});

	it.each([
		['getBillingAnalytics', '/site/billing-analytics-admin'],
		['getClientAccountBillingAnalytics', '/site/billing-analytics-client-account'],
	])(
		'%s sends dates as YYYY-MM-DD and repeated clientAccountIds, one item per account',
		async (operation, path) => {
			const groups = [
				{ clientAccountId: 10, sites: [{ id: 1, name: 'Site One' }], activeSiteCount: 1 },
				{ clientAccountId: 20, sites: [], activeSiteCount: 0 },
			];
			const { output, requests } = await runHeyDonto({
				parameters: {
					resource: 'site',
					operation,
					startDate: '2023-01-01T00:00:00',
					endDate: '2023-01-31T23:59:59-05:00',
					clientAccountIds: '10,20',
				},
				responses: [{ body: groups }],
			});
			expect(requests).toEqual([
				get(path, { startDate: '2023-01-01', endDate: '2023-01-31', clientAccountIds: [10, 20] }),
			]);
			expect(output).toEqual(items(groups));
		},
	);

	it('billing analytics refuses an end date before the start date, before any request', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: {
				resource: 'site',
				operation: 'getBillingAnalytics',
				startDate: '2023-02-01',
				endDate: '2023-01-01',
				clientAccountIds: '',
			},
		});
		expect(error.message).toBe(
			'Invalid value for "End Date": expected a date on or after the Start Date (2023-02-01), but got "2023-01-01"',
		);
		expect(requests).toEqual([]);
	});

	it('a 404 names the Site ID that was not found', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: { resource: 'site', operation: 'get', siteId: byId(999) },
			responses: [
				{
					status: 404,
					body: { statusCode: 404, message: 'Site with ID 999 not found', error: 'Not Found' },
				},
			],
		});
		expect(requests).toEqual([get('/site/999')]);
		expect(error.message).toBe('The HeyDonto API answered 404: Site with ID 999 not found');
		expect(error.description).toBe(
			'No site with ID 999 exists or is visible to this credential. Check the Site ID, or pick it from the list.',
		);
		expect(error.httpCode).toBe('404');
	});

	it('with Continue On Fail a 404 becomes an error item linked to its input, and the other items go on', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: (i) => ({ resource: 'site', operation: 'get', siteId: byId([1, 999, 3][i]) }),
			items: [{ json: {} }, { json: {} }, { json: {} }],
			continueOnFail: true,
			responses: [
				{ body: site(1) },
				{ status: 404, body: { statusCode: 404, message: 'Site with ID 999 not found' } },
				{ body: site(3) },
			],
		});
		expect(requests.map((request) => request.url)).toEqual([
			`${BASE}/site/1`,
			`${BASE}/site/999`,
			`${BASE}/site/3`,
		]);
		expect(output).toEqual([
			{ json: site(1), pairedItem: { item: 0 } },
			{
				json: {
					error: 'The HeyDonto API answered 404: Site with ID 999 not found',
					description:
						'No site with ID 999 exists or is visible to this credential. Check the Site ID, or pick it from the list.',
					httpCode: '404',
				},
				pairedItem: { item: 1 },
			},
			{ json: site(3), pairedItem: { item: 2 } },
		]);
	});

	it.each([
		[
			{ siteId: byId('abc') },
			'Invalid value for "Site": expected a numeric ID (a whole number such as 42), but got "abc"',
		],
		[
			{ siteId: byId('') },
			'Invalid value for "Site": expected a numeric ID (a whole number such as 42), but it is empty',
		],
	])('a malformed Site ID fails before any request (%j)', async (parameters, message) => {
		const { error, requests } = await failHeyDonto({
			parameters: { resource: 'site', operation: 'get', ...parameters },
		});
		expect(error.message).toBe(message);
		expect(error.constructor.name).toBe('NodeOperationError');
		expect(requests).toEqual([]);
	});

	it('Create refuses a dental practice list that is not numeric, before any request', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: {
				resource: 'site',
				operation: 'create',
				name: 'X',
				address: { value: { city: 'Austin' } },
				googlePlaceId: 'p',
				practiceManagementSystemId: byId(3),
				dentalServiceIds: [],
				dentalPracticeIds: '10, eleven',
				additionalFields: {},
			},
		});
		expect(error.message).toBe(
			'Invalid value for "Dental Practice IDs": expected a list of numeric IDs separated by commas (e.g. 10, 11, 12), but got "10, eleven"',
		);
		expect(requests).toEqual([]);
	});
});
