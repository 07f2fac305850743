import { sleep } from 'n8n-workflow';

/** At most `limit` requests in any `windowMs` milliseconds. */
export interface Budget {
	limit: number;
	windowMs: number;
}

export class BudgetExhaustedError extends Error {
	constructor(
		readonly waitMs: number,
		readonly budget: Budget,
	) {
		super(
			`The request budget of ${budget.limit} requests per ${Math.round(budget.windowMs / 1000)} s is spent; the next slot opens in ${Math.ceil(waitMs / 1000)} s`,
		);
	}
}

/**
 * A sliding-window request budget. `take()` returns when a request may go out (waiting for a slot if
 * needed, up to `maxWaitMs`) and records it; beyond `maxWaitMs` it throws BudgetExhaustedError without
 * recording anything, so nothing is sent.
 */
export class SlidingWindow {
	private readonly sent: number[] = [];

	constructor(
		readonly budget: Budget,
		private readonly now: () => number = () => Date.now(),
		private readonly wait: (ms: number) => Promise<void> = sleep,
	) {}

	/** Requests recorded in the current window. */
	used(): number {
		this.prune();
		return this.sent.length;
	}

	/**
	 * Reserves a time for the request at once, first come first served, then waits for it: concurrent
	 * callers go out in the order they asked, and none can take a slot another is waiting for. Returns
	 * the wait in ms. A reservation further off than `maxWaitMs` throws BudgetExhaustedError and records
	 * nothing.
	 */
	async take(maxWaitMs: number): Promise<number> {
		this.prune();
		const now = this.now();
		const { limit, windowMs } = this.budget;
		const last = this.sent[this.sent.length - 1] ?? now;
		// The earliest time with fewer than `limit` requests in the window before it, after the last
		// reservation (the list stays sorted).
		const at =
			this.sent.length < limit
				? Math.max(now, last)
				: Math.max(now, last, this.sent[this.sent.length - limit] + windowMs);
		const waitMs = at - now;
		if (waitMs > maxWaitMs) throw new BudgetExhaustedError(waitMs, this.budget);
		this.sent.push(at);
		if (waitMs > 0) await this.wait(waitMs);
		return waitMs;
	}

	private prune() {
		const horizon = this.now() - this.budget.windowMs;
		while (this.sent.length > 0 && this.sent[0] <= horizon) this.sent.shift();
	}
}

/**
 * Budgets by key (for example a vendor + credential ID), for the life of the n8n process. This is the
 * package's one piece of module-level state, on purpose: a vendor's limit applies to every execution
 * that uses the same credential, and executions of one process share it. Separate processes (n8n queue
 * mode workers) each keep their own count, so the guard is per process.
 */
const windows = new Map<string, SlidingWindow>();

export function budgetFor(key: string, budget: Budget): SlidingWindow {
	let window = windows.get(key);
	if (
		!window ||
		window.budget.limit !== budget.limit ||
		window.budget.windowMs !== budget.windowMs
	) {
		window = new SlidingWindow(budget);
		windows.set(key, window);
	}
	return window;
}
