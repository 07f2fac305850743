/**
 * Bounded concurrency without timers: a first-come, first-served limit on running tasks, and an ordered
 * pool that starts tasks in index order with at most N of them running. What one run of a node's item
 * loop shares with the requests it sends (their limit, whether the operation only reads) is kept here,
 * keyed by the run's n8n context, and forgotten with it.
 */

/** At most `size` tasks run at once; the others wait their turn in the order they asked. */
export class Limiter {
	private running = 0;

	private readonly waiting: Array<() => void> = [];

	constructor(readonly size: number) {
		if (!Number.isInteger(size) || size < 1) {
			throw new RangeError(`A limit must be a whole number of at least 1, got ${size}`);
		}
	}

	/** Tasks running now. */
	get active(): number {
		return this.running;
	}

	async run<T>(task: () => Promise<T>): Promise<T> {
		if (this.running < this.size) this.running++;
		// The slot is handed over by the task that releases it, so `running` stays the same.
		else await new Promise<void>((resolve) => this.waiting.push(resolve));
		try {
			return await task();
		} finally {
			const next = this.waiting.shift();
			if (next) next();
			else this.running--;
		}
	}
}

/**
 * Runs `task(0)` ... `task(count - 1)`, starting them in index order with at most `limit` running at
 * once, and resolves with their results in index order, whatever order they finish in. After a task
 * fails (or `stop()` says so) no new task starts; the running ones are awaited, then the error of the
 * lowest failed index is thrown, so that a failure is never left running in the background.
 */
export async function mapConcurrently<T>(
	count: number,
	limit: number,
	task: (index: number) => Promise<T>,
	stop?: () => boolean,
): Promise<T[]> {
	const results = new Array<T>(Math.max(0, count));
	const failures: Array<{ index: number; error: unknown }> = [];
	let next = 0;
	const worker = async () => {
		while (next < count && failures.length === 0 && !stop?.()) {
			const index = next++;
			try {
				results[index] = await task(index);
			} catch (error) {
				failures.push({ index, error });
			}
		}
	};
	const workers = Math.max(1, Math.min(Math.floor(limit), count));
	await Promise.all(Array.from({ length: workers }, worker));
	if (failures.length > 0) {
		throw failures.reduce((lowest, failure) => (failure.index < lowest.index ? failure : lowest))
			.error;
	}
	return results;
}

/** What one run of a node's item loop tells every request it sends. */
export interface ItemRun {
	/** The requests the run may have in flight at once (Options › Concurrency). */
	requests: Limiter;
	/** The operation only reads: its requests must be GETs, since its items run concurrently. */
	readOnly: boolean;
	/**
	 * One re-login (or token refresh) after a 401 at a time: requests rejected together with an expired
	 * token wait for the first to renew it, then send with the new one instead of each logging in.
	 */
	reauthentication: Limiter;
}

/**
 * The item loop's run, by the n8n context the node's `execute` got (the same object every operation
 * and request of that run is called with). A WeakMap: a finished run's entry goes with its context.
 */
const runs = new WeakMap<object, ItemRun>();

export function beginItemRun(ctx: object, run: ItemRun): void {
	runs.set(ctx, run);
}

export function endItemRun(ctx: object): void {
	runs.delete(ctx);
}

/** The item loop's run this request belongs to; undefined outside one (pickers, triggers). */
export function itemRunOf(ctx: object): ItemRun | undefined {
	return runs.get(ctx);
}

/** How many requests of this context may be in flight at once (1 outside an item loop). */
export function requestConcurrency(ctx: object): number {
	return itemRunOf(ctx)?.requests.size ?? 1;
}
