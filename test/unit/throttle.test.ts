import { BudgetExhaustedError, SlidingWindow, budgetFor } from '../../nodes/shared/throttle';

function clock() {
	let now = 1_000_000;
	const waits: number[] = [];
	return {
		now: () => now,
		advance: (ms: number) => (now += ms),
		waits,
		wait: async (ms: number) => {
			waits.push(ms);
			now += ms;
		},
	};
}

describe('SlidingWindow', () => {
	it('lets `limit` requests through at once, then waits for the oldest to leave the window', async () => {
		const time = clock();
		const window = new SlidingWindow({ limit: 3, windowMs: 1000 }, time.now, time.wait);
		for (let i = 0; i < 3; i++) {
			expect(await window.take(0)).toBe(0);
			time.advance(100);
		}
		expect(await window.take(5000)).toBe(700);
		expect(time.waits).toEqual([700]);
		expect(window.used()).toBe(3);
	});

	it('never has more than `limit` requests in any window', async () => {
		const time = clock();
		const window = new SlidingWindow({ limit: 5, windowMs: 60_000 }, time.now, time.wait);
		const sentAt: number[] = [];
		for (let i = 0; i < 23; i++) {
			await window.take(Number.POSITIVE_INFINITY);
			sentAt.push(time.now());
			time.advance(1000);
		}
		for (const start of sentAt) {
			expect(sentAt.filter((at) => at >= start && at < start + 60_000).length).toBeLessThanOrEqual(
				5,
			);
		}
	});

	it('fails without recording when the wait would exceed the maximum', async () => {
		const time = clock();
		const window = new SlidingWindow({ limit: 1, windowMs: 10_000 }, time.now, time.wait);
		await window.take(0);
		await expect(window.take(2000)).rejects.toThrow(BudgetExhaustedError);
		await expect(window.take(2000)).rejects.toThrow(
			'The request budget of 1 requests per 10 s is spent; the next slot opens in 10 s',
		);
		expect(time.waits).toEqual([]);
		expect(window.used()).toBe(1);
	});

	it('keeps one budget per key', () => {
		const a = budgetFor('vendor:credential-a', { limit: 2, windowMs: 1000 });
		expect(budgetFor('vendor:credential-a', { limit: 2, windowMs: 1000 })).toBe(a);
		expect(budgetFor('vendor:credential-b', { limit: 2, windowMs: 1000 })).not.toBe(a);
	});

	it('a changed budget keeps counting the requests already recorded', async () => {
		const before = budgetFor('vendor:edited', { limit: 5, windowMs: 60_000 });
		await before.take(0, 3);
		const after = budgetFor('vendor:edited', { limit: 4, windowMs: 60_000 });
		expect(after).not.toBe(before);
		expect(after.used()).toBe(3);
		await expect(after.take(0, 2)).rejects.toBeInstanceOf(BudgetExhaustedError);
	});

	it('takes several slots at once, so that concurrent callers cannot take them in between', async () => {
		const time = clock();
		const window = new SlidingWindow({ limit: 4, windowMs: 1000 }, time.now, time.wait);
		const [pair, ...singles] = await Promise.allSettled([
			window.take(0, 2),
			window.take(0),
			window.take(0),
			window.take(0),
		]);
		expect(pair.status).toBe('fulfilled');
		expect(singles.map((single) => single.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
		expect(window.used()).toBe(4);
		// Three slots wait for the third oldest to leave; more than the budget go one after the other.
		time.advance(100);
		expect(await window.take(5000, 3)).toBe(900);
		expect(await window.take(Number.POSITIVE_INFINITY, 6)).toBeGreaterThan(0);
	});
});
