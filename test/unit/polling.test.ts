import type { IDataObject, INode } from 'n8n-workflow';

import type { ChangeFeed, Cursor } from '../../nodes/shared/polling';
import { readChanges, startingCursor } from '../../nodes/shared/polling';
import { TEST_NODE } from '../helpers/fakeN8n';

/**
 * The polling core on its own: a feed over records in memory, read oldest first from the watermark
 * (like FHIR's _lastUpdated=ge) or newest first down to it (like AHDS' sortBy=updatedAt&sortOrder=desc).
 */

const node: INode = TEST_NODE;
const at = (minute: number, ms = 0) => Date.UTC(2026, 10, 29, 10, minute, 0, ms);
const iso = (ms: number) => new Date(ms).toISOString();

interface Row {
	id: string;
	updated: number;
	created?: number;
	version?: string;
}

const row = (id: string, updated: number, extra: Partial<Row> = {}): Row => ({
	id,
	updated,
	...extra,
});

/** A feed over `rows` (in creation order); `pages` logs every page read as [first id .. last id]. */
function feed(rows: () => Row[], direction: 'asc' | 'desc', pageSize = 3) {
	const pages: string[] = [];
	const sorted = (descending: boolean) =>
		rows()
			.map((r, n) => ({ r, n }))
			.sort(
				(a, b) => (descending ? b.r.updated - a.r.updated : a.r.updated - b.r.updated) || a.n - b.n,
			)
			.map(({ r }) => r);
	async function* read(list: Row[]) {
		for (let start = 0; start < list.length || start === 0; start += pageSize) {
			const page = list.slice(start, start + pageSize);
			pages.push(page.map((r) => r.id).join(','));
			yield page.map((r) => ({ ...r }) as unknown as IDataObject);
			if (page.length < pageSize) return;
		}
	}
	const changes: ChangeFeed = {
		noun: 'rows',
		vendor: 'Test',
		newestFirst: () => read(sorted(true)),
		stamp: (record) => ({
			id: String(record.id),
			changedAt: record.updated as number,
			createdAt: record.created as number | undefined,
			version: record.version as string | undefined,
			firstVersion: record.version === undefined ? undefined : record.version === '1',
		}),
	};
	if (direction === 'asc')
		changes.oldestFirstSince = (since) =>
			read(sorted(false).filter((r) => since === undefined || r.updated >= Date.parse(since)));
	return { changes, pages };
}

const cursor = (watermark: number | null, seen: string[] = []): Cursor => ({
	key: 'k',
	watermark: watermark === null ? null : iso(watermark),
	seen,
});

const ids = (records: IDataObject[]) => records.map((record) => record.id);

describe.each(['asc', 'desc'] as const)('readChanges, reading %s', (direction) => {
	it('emits what changed after the watermark, oldest first, and moves the watermark to the newest', async () => {
		const rows = [row('a', at(1)), row('b', at(5)), row('c', at(3)), row('d', at(0))];
		const { changes } = feed(() => rows, direction);
		const result = await readChanges(node, changes, cursor(at(1), ['a']), {
			event: 'createdOrUpdated',
			max: 100,
		});
		expect(ids(result.records)).toEqual(['c', 'b']);
		expect(result.cursor).toEqual(cursor(at(5), ['b']));
		expect(result.capped).toBe(false);
	});

	it('a record that changed at the watermark but was not emitted yet is emitted; those emitted are not', async () => {
		const rows = [row('a', at(2)), row('b', at(2)), row('c', at(2))];
		const { changes } = feed(() => rows, direction);
		const result = await readChanges(node, changes, cursor(at(2), ['a', 'c']), {
			event: 'createdOrUpdated',
			max: 100,
		});
		expect(ids(result.records)).toEqual(['b']);
		expect(result.cursor).toEqual(cursor(at(2), ['a', 'c', 'b']));
	});

	it('nothing changed: no records, the same cursor', async () => {
		const rows = [row('a', at(2)), row('b', at(1))];
		const { changes } = feed(() => rows, direction);
		const start = cursor(at(2), ['a']);
		const result = await readChanges(node, changes, start, { event: 'createdOrUpdated', max: 100 });
		expect(result).toEqual({ records: [], cursor: start, capped: false });
	});

	it('reads every page when many records changed', async () => {
		const rows = Array.from({ length: 10 }, (_, n) => row(`r${n}`, at(10 + n)));
		const { changes, pages } = feed(() => [row('old', at(1)), ...rows], direction);
		const result = await readChanges(node, changes, cursor(at(1), ['old']), {
			event: 'createdOrUpdated',
			max: 100,
		});
		expect(ids(result.records)).toEqual(rows.map((r) => r.id));
		expect(pages).toHaveLength(4);
	});

	it('over the cap, the oldest changes are emitted and the watermark stops at the last one emitted, ties included', async () => {
		const rows = [
			row('a', at(1)),
			row('b', at(2)),
			row('c', at(3)),
			row('d', at(3)),
			row('e', at(4)),
		];
		const { changes } = feed(() => rows, direction);
		const first = await readChanges(node, changes, cursor(at(0)), {
			event: 'createdOrUpdated',
			max: 3,
		});
		expect(ids(first.records)).toEqual(['a', 'b', 'c']);
		expect(first.capped).toBe(true);
		expect(first.cursor).toEqual(cursor(at(3), ['c']));
		const second = await readChanges(node, changes, first.cursor, {
			event: 'createdOrUpdated',
			max: 3,
		});
		expect(ids(second.records)).toEqual(['d', 'e']);
		expect(second.capped).toBe(false);
		expect(second.cursor).toEqual(cursor(at(4), ['e']));
	});

	it('"new" emits the records created after the watermark, and moves past the updated ones too', async () => {
		const rows = [
			row('old', at(1), { created: at(0) }),
			row('updated', at(5), { created: at(0) }),
			row('created', at(6), { created: at(6) }),
			row('firstVersion', at(7), { version: '1' }),
			row('laterVersion', at(8), { version: '2' }),
		];
		const { changes } = feed(() => rows, direction);
		const result = await readChanges(node, changes, cursor(at(1), ['old']), {
			event: 'created',
			max: 100,
		});
		expect(ids(result.records)).toEqual(['created', 'firstVersion']);
		expect(result.cursor).toEqual(cursor(at(8), ['laterVersion@2']));
	});

	it('a record emitted when it was created at the watermark is not "new" again when it changes', async () => {
		const rows = [row('a', at(5), { created: at(2) }), row('b', at(6), { created: at(2) })];
		const { changes } = feed(() => rows, direction);
		const result = await readChanges(node, changes, cursor(at(2), ['a']), {
			event: 'created',
			max: 100,
		});
		expect(ids(result.records)).toEqual(['b']);
	});

	it('with no watermark (nothing existed when the trigger started), everything is emitted, and is new', async () => {
		const rows = [row('a', at(1), { version: '3' }), row('b', at(2))];
		const { changes } = feed(() => rows, direction);
		const result = await readChanges(node, changes, cursor(null), { event: 'created', max: 100 });
		expect(ids(result.records)).toEqual(['a', 'b']);
		expect(result.cursor).toEqual(cursor(at(2), ['b']));
	});

	it('with versions, the cursor keeps id@version: a second change within the same millisecond is emitted', async () => {
		const rows = [
			row('a', at(2), { version: '3', created: at(2) }),
			row('b', at(2), { version: '1' }),
		];
		const { changes } = feed(() => rows, direction);
		const result = await readChanges(node, changes, cursor(at(2), ['a@2', 'b@1']), {
			event: 'createdOrUpdated',
			max: 100,
		});
		expect(ids(result.records)).toEqual(['a']);
		expect(result.cursor).toEqual(cursor(at(2), ['a@2', 'b@1', 'a@3']));
		const created = await readChanges(node, changes, cursor(at(2), ['a@2', 'b@1']), {
			event: 'created',
			max: 100,
		});
		expect(ids(created.records)).toEqual([]);
	});

	it('a list not in the order asked for fails: the trigger could not tell what changed', async () => {
		const { changes } = feed(() => [], direction);
		const unsorted =
			direction === 'asc' ? [row('a', at(2)), row('b', at(1))] : [row('a', at(1)), row('b', at(2))];
		const read = async function* () {
			yield unsorted as unknown as IDataObject[];
		};
		if (direction === 'asc') changes.oldestFirstSince = read;
		else changes.newestFirst = read;
		await expect(
			readChanges(node, changes, cursor(at(0)), { event: 'createdOrUpdated', max: 100 }),
		).rejects.toMatchObject({
			message: 'Test did not return the rows sorted by their last change',
			description: `A record changed at ${iso(at(direction === 'asc' ? 1 : 2))} came after one changed at ${iso(at(direction === 'asc' ? 2 : 1))}, in a list asked for ${direction === 'asc' ? 'oldest' : 'newest'} first. Without that order the trigger cannot tell what changed since the last poll.`,
		});
	});

	it('a failing page fails the poll', async () => {
		const { changes } = feed(() => [], direction);
		const failing = async function* () {
			yield [row('a', at(1))] as unknown as IDataObject[];
			throw new Error('page 2 failed');
		};
		if (direction === 'asc') changes.oldestFirstSince = failing;
		else changes.newestFirst = failing;
		await expect(
			readChanges(node, changes, cursor(null), { event: 'createdOrUpdated', max: 100 }),
		).rejects.toThrow('page 2 failed');
	});
});

describe('readChanges, reading newest first', () => {
	it('stops at the first record older than the watermark', async () => {
		const rows = [
			row('a', at(1)),
			row('b', at(2)),
			row('c', at(3)),
			row('d', at(4)),
			row('e', at(5)),
		];
		const { changes, pages } = feed(() => rows, 'desc', 2);
		const result = await readChanges(node, changes, cursor(at(3), ['c']), {
			event: 'createdOrUpdated',
			max: 100,
		});
		expect(ids(result.records)).toEqual(['d', 'e']);
		expect(pages).toEqual(['e,d', 'c,b']);
	});

	it('over the cap it still reads down to the watermark, so the oldest are emitted', async () => {
		const rows = [row('a', at(1)), row('b', at(2)), row('c', at(3)), row('d', at(4))];
		const { changes, pages } = feed(() => rows, 'desc', 2);
		const result = await readChanges(node, changes, cursor(at(0)), {
			event: 'createdOrUpdated',
			max: 2,
		});
		expect(ids(result.records)).toEqual(['a', 'b']);
		expect(pages).toEqual(['d,c', 'b,a']);
	});
});

describe('readChanges, reading oldest first', () => {
	it('a record changed again while the poll reads is emitted once, as its latest version', async () => {
		const { changes } = feed(() => [], 'asc');
		changes.oldestFirstSince = async function* () {
			yield [row('a', at(1), { version: '1' }), row('b', at(2))] as unknown as IDataObject[];
			yield [row('a', at(3), { version: '2' })] as unknown as IDataObject[];
		};
		const result = await readChanges(node, changes, cursor(at(0)), {
			event: 'createdOrUpdated',
			max: 100,
		});
		expect(result.records).toEqual([row('b', at(2)), row('a', at(3), { version: '2' })]);
	});

	it('stops reading once more than the cap changed', async () => {
		const rows = Array.from({ length: 10 }, (_, n) => row(`r${n}`, at(n + 1)));
		const { changes, pages } = feed(() => rows, 'asc', 3);
		const result = await readChanges(node, changes, cursor(at(0)), {
			event: 'createdOrUpdated',
			max: 4,
		});
		expect(ids(result.records)).toEqual(['r0', 'r1', 'r2', 'r3']);
		expect(pages).toEqual(['r0,r1,r2', 'r3,r4,r5']);
	});
});

describe('startingCursor', () => {
	it('starts at the newest change with every record that shares its time, across pages', async () => {
		const rows = [
			row('a', at(1)),
			row('b', at(5)),
			row('c', at(5)),
			row('d', at(5)),
			row('e', at(5)),
		];
		const { changes, pages } = feed(() => rows, 'desc', 2);
		expect(await startingCursor(node, changes, 'k')).toEqual(cursor(at(5), ['b', 'c', 'd', 'e']));
		expect(pages).toEqual(['b,c', 'd,e', 'a']);
	});

	it('an empty list starts with no watermark', async () => {
		const { changes } = feed(() => [], 'desc');
		expect(await startingCursor(node, changes, 'k')).toEqual(cursor(null));
	});
});
