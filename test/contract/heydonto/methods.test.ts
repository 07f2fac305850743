import { listSearch, loadOptions } from '../../../nodes/HeyDonto/methods';
import { get, heyDontoLoadOptions } from '../../helpers/heydonto';

describe('HeyDonto › pickers', () => {
	it.each([
		['searchSites', '/site', 'name', 'name'],
		['searchBrands', '/brands', 'title', 'title'],
		['searchOrganizations', '/organization', 'title', 'title'],
		['searchPracticeManagementSystems', '/practice-management-system', 'title', 'title'],
		['searchDentalServices', '/dental-service', 'title', 'title'],
	] as const)(
		'%s searches by %s, 50 per page, and hands out the next page as token',
		async (method, path, filterKey, labelKey) => {
			const records = Array.from({ length: 50 }, (_, n) => ({
				id: n + 51,
				[labelKey]: `Record ${n + 51}`,
			}));
			const { api, ctx } = heyDontoLoadOptions([{ body: { data: records, meta: { total: 120 } } }]);
			const result = await listSearch[method].call(ctx, 'Rec', '1');
			expect(api.requests).toEqual([get(path, { [filterKey]: 'Rec', page: 1, pageSize: 50 })]);
			expect(result.results[0]).toEqual({ name: 'Record 51 (ID 51)', value: '51' });
			expect(result.results).toHaveLength(50);
			expect(result.paginationToken).toBe('2');
		},
	);

	it('the last page of a search has no pagination token', async () => {
		const { ctx } = heyDontoLoadOptions([
			{ body: { data: [{ id: 101, name: 'Last' }], meta: { total: 101 } } },
		]);
		const result = await listSearch.searchSites.call(ctx, undefined, '2');
		expect(result).toEqual({
			results: [{ name: 'Last (ID 101)', value: '101' }],
			paginationToken: undefined,
		});
	});

	it('getDentalServices loads every service, sorted by title', async () => {
		const page = (from: number, count: number) =>
			Array.from({ length: count }, (_, n) => ({
				id: from + n,
				title: `Service ${String(200 - from - n).padStart(3, '0')}`,
			}));
		const { api, ctx } = heyDontoLoadOptions([
			{ body: { data: page(1, 100), meta: { total: 101 } } },
			{ body: { data: page(101, 1), meta: { total: 101 } } },
		]);
		const options = await loadOptions.getDentalServices.call(ctx);
		expect(api.requests).toEqual([
			get('/dental-service', { page: 0, pageSize: 100 }),
			get('/dental-service', { page: 1, pageSize: 100 }),
		]);
		expect(options).toHaveLength(101);
		expect(options[0]).toEqual({ name: 'Service 099', value: 101 });
	});
});
