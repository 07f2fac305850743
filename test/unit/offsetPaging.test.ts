import type { OffsetPage, OffsetRequest } from '../../nodes/shared/paginate';
import { collectOffsetPages } from '../../nodes/shared/paginate';

const records = (from: number, count: number) =>
	Array.from({ length: count }, (_, index) => ({ id: from + index }));

async function run(pages: OffsetPage[], options = { returnAll: true, limit: 0, maxPageSize: 100 }) {
	const asked: OffsetRequest[] = [];
	const result = await collectOffsetPages(async (request) => {
		asked.push({ ...request });
		return pages.shift() ?? { items: [] };
	}, options);
	return { result, asked };
}

describe('collectOffsetPages', () => {
	it('follows next links and hands them to the fetcher', async () => {
		const { result, asked } = await run([
			{ items: records(1, 100), next: 'https://api/x?offset=100' },
			{ items: records(101, 100), next: 'https://api/x?offset=200' },
			{ items: records(201, 10) },
		]);
		expect(result).toHaveLength(210);
		expect(asked).toEqual([
			{ offset: 0, limit: 100 },
			{ offset: 100, limit: 100, next: 'https://api/x?offset=100' },
			{ offset: 200, limit: 100, next: 'https://api/x?offset=200' },
		]);
	});

	it('goes by the total without links, even when the server sends smaller pages than asked', async () => {
		const { result, asked } = await run([
			{ items: records(1, 50), total: 120 },
			{ items: records(51, 50), total: 120 },
			{ items: records(101, 20), total: 120 },
		]);
		expect(result).toHaveLength(120);
		expect(asked.map((request) => request.offset)).toEqual([0, 50, 100]);
	});

	it('without links or total, stops at the first short page', async () => {
		const { result, asked } = await run([{ items: records(1, 100) }, { items: records(101, 3) }]);
		expect(result).toHaveLength(103);
		expect(asked).toHaveLength(2);
	});

	it('asks only for what the limit needs', async () => {
		const { result, asked } = await run(
			[
				{ items: records(1, 100), total: 500 },
				{ items: records(101, 30), total: 500 },
			],
			{
				returnAll: false,
				limit: 130,
				maxPageSize: 100,
			},
		);
		expect(result).toHaveLength(130);
		expect(asked.map((request) => request.limit)).toEqual([100, 30]);
	});

	it('stops when the server repeats a page or answers empty', async () => {
		const same = records(1, 100);
		const { result, asked } = await run([
			{ items: same, total: 1000 },
			{ items: same, total: 1000 },
		]);
		expect(result).toHaveLength(100);
		expect(asked).toHaveLength(2);
		expect((await run([{ items: [], total: 5 }])).result).toEqual([]);
	});
});
