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

describe('collectPages with concurrency, once the first page tells the total', () => {
	/** A list of `total` records served `pageSize` a page; every page waits until the test lets it go. */
	function server(total: number, { totalKey = 'total' }: { totalKey?: string } = {}) {
		const calls: Array<[number, number]> = [];
		const waiting = new Map<number, () => void>();
		let running = 0;
		let peak = 0;
		const fetch = async (page: number, pageSize: number) => {
			calls.push([page, pageSize]);
			running++;
			peak = Math.max(peak, running);
			await new Promise<void>((resolve) => waiting.set(page, resolve));
			running--;
			const from = page * pageSize;
			const count = Math.max(0, Math.min(pageSize, total - from));
			const meta =
				totalKey === 'totalPages'
					? { totalPages: Math.ceil(total / pageSize) }
					: { [totalKey]: total };
			return { data: records(from + 1, count), meta };
		};
		const release = async (page: number) => {
			for (let i = 0; i < 20 && !waiting.has(page); i++) await Promise.resolve();
			const resolve = waiting.get(page);
			if (!resolve) throw new Error(`page ${page} was never asked for`);
			waiting.delete(page);
			resolve();
			for (let i = 0; i < 20; i++) await Promise.resolve();
		};
		return { calls, fetch, release, peak: () => peak, asked: () => [...waiting.keys()] };
	}

	it('reads the first page alone, then the rest `concurrency` at a time, in order whatever order they come back', async () => {
		const api = server(650);
		const result = collectPages(api.fetch, {
			returnAll: true,
			limit: 0,
			maxPageSize: 100,
			concurrency: 3,
		});
		await api.release(0);
		expect(api.asked().sort()).toEqual([1, 2, 3]);
		for (const page of [3, 1, 2, 6, 5, 4]) await api.release(page);
		expect(await result).toEqual(records(1, 650));
		expect(api.calls.map(([page]) => page).sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
		expect(api.calls.every(([, size]) => size === 100)).toBe(true);
		expect(api.peak()).toBe(3);
	});

	it('sends the same requests as one page after the other when the total is a multiple of the page size', async () => {
		const api = server(300);
		const result = collectPages(api.fetch, {
			returnAll: true,
			limit: 0,
			maxPageSize: 100,
			concurrency: 10,
		});
		await api.release(0);
		await api.release(2);
		await api.release(1);
		expect(await result).toHaveLength(300);
		expect(api.calls).toEqual([
			[0, 100],
			[1, 100],
			[2, 100],
		]);
	});

	it('a Limit stops at exactly the pages it needs', async () => {
		const api = server(2000);
		const result = collectPages(api.fetch, {
			returnAll: false,
			limit: 250,
			maxPageSize: 100,
			concurrency: 10,
		});
		await api.release(0);
		await api.release(2);
		await api.release(1);
		expect(await result).toEqual(records(1, 250));
		expect(api.calls).toEqual([
			[0, 100],
			[1, 100],
			[2, 100],
		]);
	});

	it('reads totalPages where the envelope gives no total', async () => {
		const api = server(250, { totalKey: 'totalPages' });
		const result = collectPages(api.fetch, {
			returnAll: true,
			limit: 0,
			maxPageSize: 100,
			concurrency: 4,
		});
		await api.release(0);
		expect(api.asked().sort()).toEqual([1, 2]);
		await api.release(2);
		await api.release(1);
		expect(await result).toEqual(records(1, 250));
	});

	it('without a total, reads one page after the other', async () => {
		const calls: number[] = [];
		const result = await collectPages(
			async (page) => {
				calls.push(page);
				return await Promise.resolve(page < 2 ? records(page * 100 + 1, 100) : records(201, 5));
			},
			{ returnAll: true, limit: 0, maxPageSize: 100, concurrency: 8 },
		);
		expect(result).toEqual(records(1, 205));
		expect(calls).toEqual([0, 1, 2]);
	});

	it('goes on one page at a time when the last page says that records were added meanwhile', async () => {
		const totals = [200, 300, 300, 300];
		const calls: number[] = [];
		const result = await collectPages(
			async (page) => {
				calls.push(page);
				const count = page < 3 ? 100 : 0;
				return await Promise.resolve({
					data: records(page * 100 + 1, count),
					meta: { total: totals[page] },
				});
			},
			{ returnAll: true, limit: 0, maxPageSize: 100, concurrency: 8 },
		);
		expect(result).toEqual(records(1, 300));
		expect(calls).toEqual([0, 1, 2]);
	});

	it('a page that fails fails the list, after the pages already asked for have come back', async () => {
		const calls: number[] = [];
		let finished = 0;
		const outcome = collectPages(
			async (page) => {
				calls.push(page);
				if (page === 2) throw new Error('page 2 failed');
				await Promise.resolve();
				finished++;
				return { data: records(page * 100 + 1, 100), meta: { total: 1000 } };
			},
			{ returnAll: true, limit: 0, maxPageSize: 100, concurrency: 3 },
		);
		await expect(outcome).rejects.toThrow('page 2 failed');
		expect(calls).toEqual([0, 1, 2, 3]);
		expect(finished).toBe(3);
	});
});
