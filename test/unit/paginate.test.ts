import type { IDataObject } from 'n8n-workflow';

import { collectPages, parseListEnvelope } from '../../nodes/shared/paginate';

const records = (from: number, count: number) =>
	Array.from({ length: count }, (_, n) => ({ id: from + n }));

describe('parseListEnvelope', () => {
	it('reads a bare array, {data, meta}, {items, total} and {results, total}', () => {
		expect(parseListEnvelope([{ id: 1 }])).toEqual({ items: [{ id: 1 }] });
		expect(
			parseListEnvelope({ data: [{ id: 1 }], meta: { page: 0, pageSize: 10, total: 31 } }),
		).toEqual({
			items: [{ id: 1 }],
			total: 31,
		});
		expect(parseListEnvelope({ items: [{ id: 2 }], total: 5 })).toEqual({
			items: [{ id: 2 }],
			total: 5,
		});
		expect(parseListEnvelope({ results: [{ id: 3 }], total: 9, offset: 0 })).toEqual({
			items: [{ id: 3 }],
			total: 9,
		});
	});

	it('treats a single object as one record and nothing as no records', () => {
		expect(parseListEnvelope({ id: 4 })).toEqual({ items: [{ id: 4 }] });
		expect(parseListEnvelope('')).toEqual({ items: [] });
		expect(parseListEnvelope(null)).toEqual({ items: [] });
	});
});

describe('collectPages', () => {
	function pager(pages: unknown[]) {
		const calls: Array<[number, number]> = [];
		const fetch = async (page: number, pageSize: number) => {
			calls.push([page, pageSize]);
			return pages[page] ?? [];
		};
		return { calls, fetch };
	}

	it('Return All asks for 100 per page and stops at the reported total', async () => {
		const { calls, fetch } = pager([
			{ data: records(1, 100), meta: { total: 200 } },
			{ data: records(101, 100), meta: { total: 200 } },
		]);
		const result = await collectPages(fetch, { returnAll: true, limit: 0, maxPageSize: 100 });
		expect(calls).toEqual([
			[0, 100],
			[1, 100],
		]);
		expect(result).toEqual(records(1, 200));
	});

	it('without a total, stops on a short page', async () => {
		const { calls, fetch } = pager([records(1, 100), records(101, 7)]);
		expect(await collectPages(fetch, { returnAll: true, limit: 0, maxPageSize: 100 })).toEqual(
			records(1, 107),
		);
		expect(calls).toEqual([
			[0, 100],
			[1, 100],
		]);
	});

	it('without a total, an exact multiple costs one empty page', async () => {
		const { calls, fetch } = pager([records(1, 100), records(101, 100)]);
		expect(await collectPages(fetch, { returnAll: true, limit: 0, maxPageSize: 100 })).toHaveLength(
			200,
		);
		expect(calls).toEqual([
			[0, 100],
			[1, 100],
			[2, 100],
		]);
	});

	it('a limit under the page size asks for exactly the limit', async () => {
		const { calls, fetch } = pager([records(1, 30)]);
		expect(await collectPages(fetch, { returnAll: false, limit: 30, maxPageSize: 100 })).toEqual(
			records(1, 30),
		);
		expect(calls).toEqual([[0, 30]]);
	});

	it('a limit over the page size pages and cuts to the limit', async () => {
		const { calls, fetch } = pager([records(1, 100), records(101, 100)]);
		expect(await collectPages(fetch, { returnAll: false, limit: 150, maxPageSize: 100 })).toEqual(
			records(1, 150),
		);
		expect(calls).toEqual([
			[0, 100],
			[1, 100],
		]);
	});

	it('stops when the server answers the same page again (ignores the page parameter)', async () => {
		const calls: number[] = [];
		const fetch = async (page: number) => {
			calls.push(page);
			return records(1, 100);
		};
		expect(await collectPages(fetch, { returnAll: true, limit: 0, maxPageSize: 100 })).toEqual(
			records(1, 100),
		);
		expect(calls).toEqual([0, 1]);
	});

	it('stops when the server answers more than a page (ignores pageSize)', async () => {
		const calls: number[] = [];
		const fetch = async (page: number): Promise<IDataObject[]> => {
			calls.push(page);
			return records(1, 250);
		};
		expect(await collectPages(fetch, { returnAll: true, limit: 0, maxPageSize: 100 })).toHaveLength(
			250,
		);
		expect(calls).toEqual([0]);
	});

	it('starts at page 1 for 1-based APIs', async () => {
		const { calls, fetch } = pager([[], records(1, 3)]);
		expect(
			await collectPages(fetch, { returnAll: true, limit: 0, maxPageSize: 100, firstPage: 1 }),
		).toEqual(records(1, 3));
		expect(calls).toEqual([[1, 100]]);
	});
});
