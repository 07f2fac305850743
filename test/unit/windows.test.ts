import { DateTime } from 'luxon';

import { collectWindows, splitDateRange } from '../../nodes/shared/windows';

const day = (text: string) => DateTime.fromISO(text, { setZone: true });

describe('splitDateRange', () => {
	it('splits 90 days into three 30-day windows, both ends included', () => {
		expect(splitDateRange(day('2026-01-01'), day('2026-03-31'), 30)).toEqual([
			{ start: '2026-01-01', end: '2026-01-30' },
			{ start: '2026-01-31', end: '2026-03-01' },
			{ start: '2026-03-02', end: '2026-03-31' },
		]);
	});

	it('needs 13 windows of 30 days for a year (365 and 366 days), 12 of 31', () => {
		expect(splitDateRange(day('2025-01-01'), day('2025-12-31'), 30)).toHaveLength(13);
		expect(splitDateRange(day('2024-01-01'), day('2024-12-31'), 30)).toHaveLength(13);
		expect(splitDateRange(day('2025-01-01'), day('2025-12-31'), 31)).toHaveLength(12);
	});

	it('gives one window for a single day and for a range of exactly maxDays', () => {
		expect(splitDateRange(day('2026-05-05'), day('2026-05-05'), 30)).toEqual([
			{ start: '2026-05-05', end: '2026-05-05' },
		]);
		expect(splitDateRange(day('2026-05-01'), day('2026-05-30'), 30)).toEqual([
			{ start: '2026-05-01', end: '2026-05-30' },
		]);
		expect(splitDateRange(day('2026-05-01'), day('2026-05-31'), 30)).toHaveLength(2);
	});

	it('never makes a window longer than maxDays, and covers every day once', () => {
		const windows = splitDateRange(day('2023-11-17'), day('2026-02-03'), 31);
		let expected = day('2023-11-17');
		for (const window of windows) {
			expect(window.start).toBe(expected.toFormat('yyyy-MM-dd'));
			const length = day(window.end).diff(day(window.start), 'days').days + 1;
			expect(length).toBeGreaterThanOrEqual(1);
			expect(length).toBeLessThanOrEqual(31);
			expected = day(window.end).plus({ days: 1 });
		}
		expect(windows[windows.length - 1].end).toBe('2026-02-03');
	});

	it('counts calendar days across daylight saving time and keeps each date in its own zone', () => {
		expect(
			splitDateRange(day('2026-03-28T23:30:00+01:00'), day('2026-03-30T00:30:00+02:00'), 2),
		).toEqual([
			{ start: '2026-03-28', end: '2026-03-29' },
			{ start: '2026-03-30', end: '2026-03-30' },
		]);
	});

	it('refuses an end before the start and a window size that is not a positive whole number', () => {
		expect(() => splitDateRange(day('2026-02-01'), day('2026-01-01'), 30)).toThrow(RangeError);
		expect(() => splitDateRange(day('2026-01-01'), day('2026-02-01'), 0)).toThrow(RangeError);
		expect(() => splitDateRange(day('2026-01-01'), day('2026-02-01'), 2.5)).toThrow(RangeError);
	});
});

describe('collectWindows', () => {
	const windows = [
		{ start: '2026-01-01', end: '2026-01-30' },
		{ start: '2026-01-31', end: '2026-03-01' },
		{ start: '2026-03-02', end: '2026-03-31' },
	];

	it('joins the windows in order and drops records an earlier window returned', async () => {
		const answers: Record<string, object[]> = {
			'2026-01-01': [{ id: 1 }, { id: 2 }],
			'2026-01-31': [{ id: 2 }, { id: 3 }],
			'2026-03-02': [{ id: 4 }, { note: 'no id is kept' }],
		};
		const result = await collectWindows(windows, async (window) => answers[window.start] as never, {
			returnAll: true,
			limit: 0,
		});
		expect(result).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }, { note: 'no id is kept' }]);
	});

	it('stops asking once the limit is reached', async () => {
		const asked: string[] = [];
		const result = await collectWindows(
			windows,
			async (window) => {
				asked.push(window.start);
				return [{ id: `${window.start}-a` }, { id: `${window.start}-b` }];
			},
			{ returnAll: false, limit: 3 },
		);
		expect(asked).toEqual(['2026-01-01', '2026-01-31']);
		expect(result).toHaveLength(3);
	});

	it('under Return All asks the windows `concurrency` at a time and joins them in window order whatever order they come back', async () => {
		const answers: Record<string, object[]> = {
			'2026-01-01': [{ id: 1 }, { id: 2 }],
			'2026-01-31': [{ id: 2 }, { id: 3 }],
			'2026-03-02': [{ id: 4 }],
		};
		const gates = new Map<string, () => void>();
		const asked: string[] = [];
		let running = 0;
		let peak = 0;
		const result = collectWindows(
			windows,
			async (window) => {
				asked.push(window.start);
				running++;
				peak = Math.max(peak, running);
				await new Promise<void>((resolve) => gates.set(window.start, resolve));
				running--;
				return answers[window.start] as never;
			},
			{ returnAll: true, limit: 0, concurrency: 2 },
		);
		const release = async (start: string) => {
			for (let i = 0; i < 20 && !gates.has(start); i++) await Promise.resolve();
			gates.get(start)?.();
			for (let i = 0; i < 20; i++) await Promise.resolve();
		};
		expect(asked).toEqual(['2026-01-01', '2026-01-31']);
		await release('2026-01-31');
		await release('2026-03-02');
		await release('2026-01-01');
		expect(await result).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }]);
		expect(peak).toBe(2);
	});

	it('with a limit asks one window after the other, whatever the concurrency', async () => {
		const asked: string[] = [];
		const result = await collectWindows(
			windows,
			async (window) => {
				asked.push(window.start);
				return await Promise.resolve([{ id: `${window.start}-a` }, { id: `${window.start}-b` }]);
			},
			{ returnAll: false, limit: 3, concurrency: 5 },
		);
		expect(asked).toEqual(['2026-01-01', '2026-01-31']);
		expect(result).toHaveLength(3);
	});

	it('dedupes on another key when told', async () => {
		const result = await collectWindows(windows.slice(0, 2), async () => [{ entryId: 7 }], {
			returnAll: true,
			limit: 0,
			idKey: 'entryId',
		});
		expect(result).toEqual([{ entryId: 7 }]);
	});
});
