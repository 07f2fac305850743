import {
	Limiter,
	beginItemRun,
	endItemRun,
	itemRunOf,
	mapConcurrently,
	requestConcurrency,
} from '../../nodes/shared/concurrency';
import { deferred, settle } from '../helpers/async';

describe('Limiter', () => {
	it('runs at most `size` tasks at once and lets the others in, first come first served', async () => {
		const limiter = new Limiter(2);
		const gates = [0, 1, 2, 3].map(() => deferred());
		const started: number[] = [];
		const done = gates.map((gate, index) =>
			limiter.run(async () => {
				started.push(index);
				await gate.promise;
				return index;
			}),
		);
		await settle();
		expect(started).toEqual([0, 1]);
		expect(limiter.active).toBe(2);
		gates[1].resolve();
		await settle();
		expect(started).toEqual([0, 1, 2]);
		gates[0].resolve();
		await settle();
		expect(started).toEqual([0, 1, 2, 3]);
		gates[3].resolve();
		gates[2].resolve();
		expect(await Promise.all(done)).toEqual([0, 1, 2, 3]);
		expect(limiter.active).toBe(0);
	});

	it('frees the slot of a task that fails', async () => {
		const limiter = new Limiter(1);
		await expect(limiter.run(async () => await Promise.reject(new Error('boom')))).rejects.toThrow(
			'boom',
		);
		expect(await limiter.run(async () => await Promise.resolve('next'))).toBe('next');
		expect(limiter.active).toBe(0);
	});

	it('refuses a size that is not a whole number of at least 1', () => {
		expect(() => new Limiter(0)).toThrow(RangeError);
		expect(() => new Limiter(1.5)).toThrow(RangeError);
	});
});

describe('mapConcurrently', () => {
	it('gives results in index order whatever order the tasks finish in, `limit` at a time', async () => {
		const gates = [0, 1, 2, 3, 4].map(() => deferred<string>());
		const started: number[] = [];
		let running = 0;
		let peak = 0;
		const result = mapConcurrently(5, 3, async (index) => {
			started.push(index);
			running++;
			peak = Math.max(peak, running);
			const value = await gates[index].promise;
			running--;
			return value;
		});
		await settle();
		expect(started).toEqual([0, 1, 2]);
		for (const index of [2, 1, 4, 0, 3]) {
			gates[index].resolve(`r${index}`);
			await settle();
		}
		expect(await result).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
		expect(started).toEqual([0, 1, 2, 3, 4]);
		expect(peak).toBe(3);
	});

	it('after a failure starts nothing new, waits for the running tasks, and throws the lowest failed index', async () => {
		const gates = [0, 1, 2, 3, 4, 5].map(() => deferred<number>());
		const started: number[] = [];
		const finished: number[] = [];
		const result = mapConcurrently(6, 3, async (index) => {
			started.push(index);
			const value = await gates[index].promise;
			finished.push(index);
			return value;
		});
		const outcome = result.catch((error: Error) => error);
		await settle();
		gates[2].reject(new Error('item 2'));
		await settle();
		gates[1].reject(new Error('item 1'));
		await settle();
		expect(started).toEqual([0, 1, 2]);
		gates[0].resolve(0);
		expect(((await outcome) as Error).message).toBe('item 1');
		expect(started).toEqual([0, 1, 2]);
		expect(finished).toEqual([0]);
	});

	it('stops starting tasks once `stop` says so', async () => {
		let stopped = false;
		const started: number[] = [];
		await mapConcurrently(
			5,
			1,
			async (index) => {
				started.push(index);
				if (index === 1) stopped = true;
				return await Promise.resolve(index);
			},
			() => stopped,
		);
		expect(started).toEqual([0, 1]);
	});

	it('does nothing for no tasks', async () => {
		expect(await mapConcurrently(0, 4, async () => await Promise.resolve(1))).toEqual([]);
	});
});

describe('the item run of a context', () => {
	it('is known while it runs, and forgotten after', () => {
		const ctx = {};
		expect(itemRunOf(ctx)).toBeUndefined();
		expect(requestConcurrency(ctx)).toBe(1);
		const run = { requests: new Limiter(7), readOnly: true, reauthentication: new Limiter(1) };
		beginItemRun(ctx, run);
		expect(itemRunOf(ctx)).toBe(run);
		expect(requestConcurrency(ctx)).toBe(7);
		expect(itemRunOf({})).toBeUndefined();
		endItemRun(ctx);
		expect(itemRunOf(ctx)).toBeUndefined();
	});
});
