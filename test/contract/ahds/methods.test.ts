import { Ahds } from '../../../nodes/Ahds/Ahds.node';
import { FakeApi, loadOptionsContext } from '../../helpers/fakeN8n';
import { AHDS, UUID, page, request, site, tokenCredential } from '../../helpers/ahds';

const search = new Ahds().methods.listSearch.searchRecords;
const ID_2 = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

function context(responses: ConstructorParameters<typeof FakeApi>[0], parameters: object) {
	const api = new FakeApi(responses);
	return { api, ctx: loadOptionsContext(api, tokenCredential(), parameters as never) };
}

describe('AHDS › record pickers "From list"', () => {
	it("lists the site's contacts by name, matching the search text on AHDS' pages", async () => {
		const { api, ctx } = context(
			[
				page(
					[
						{ contactId: UUID, firstName: 'Jane', lastName: 'Doe' },
						{ contactId: ID_2, businessName: 'Doe Farms', firstName: '', lastName: '' },
						{ contactId: 'x', firstName: 'Tom', lastName: 'Lee' },
					],
					3,
				),
			],
			{ resource: 'contact', operation: 'get', siteId: site },
		);
		const result = await search.call(ctx, 'doe');
		expect(api.requests).toEqual([
			request('GET', `${AHDS}/contact`, { qs: { page: 0, pageSize: 100 } }),
		]);
		expect(result).toEqual({
			results: [
				{ name: 'Jane Doe (ID 3f2b8c1e…)', value: UUID },
				{ name: 'Doe Farms (ID 7c9e6679…)', value: ID_2 },
			],
		});
	});

	it('reads on while pages are full, and hands the editor the next page to go on from', async () => {
		const full = (from: number) =>
			Array.from({ length: 100 }, (_, n) => ({
				animalId: `${UUID.slice(0, -3)}${String(from + n).padStart(3, '0')}`,
				name: `Pet ${from + n}`,
			}));
		const { api, ctx } = context([page(full(0), 1000, 0), page(full(100), 1000, 1)], {
			resource: 'animal',
			operation: 'delete',
			siteId: site,
			options: { baseUrl: 'http://ahds.test/' },
		});
		const result = await search.call(ctx, 'Pet 1');
		expect(api.requests.map((r) => r.url)).toEqual([
			`http://ahds.test${AHDS}/animal?page=0&pageSize=100`,
			`http://ahds.test${AHDS}/animal?page=1&pageSize=100`,
		]);
		// "Pet 1" and "Pet 10" to "Pet 19" on the first page, every pet of the second: enough for one search.
		expect(result.results).toHaveLength(111);
		expect(result.results.every((entry) => entry.name.startsWith('Pet 1'))).toBe(true);
		expect(result.paginationToken).toBe('2');
	});

	it('asks for the Site first', async () => {
		const { api, ctx } = context([], {
			resource: 'contact',
			operation: 'get',
			siteId: { __rl: true, mode: 'list', value: '' },
		});
		await expect(search.call(ctx)).rejects.toThrow('Pick a Site first');
		expect(api.requests).toEqual([]);
	});
});
