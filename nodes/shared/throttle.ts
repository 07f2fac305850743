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

	async take(maxWaitMs: number): Promise<number> {
		let waited = 0;
		for (;;) {
			this.prune();
			if (this.sent.length < this.budget.limit) {
				this.sent.push(this.now());
				return waited;
			}
			const waitMs = this.sent[0] + this.budget.windowMs - this.now();
			if (waited + waitMs > maxWaitMs) throw new BudgetExhaustedError(waitMs, this.budget);
			await this.wait(waitMs);
			waited += waitMs;
		}
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
