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
	constructor(
		readonly budget: Budget,
		private readonly now: () => number = () => Date.now(),
		private readonly wait: (ms: number) => Promise<void> = sleep,
		/** Requests already recorded (when a budget changes, its requests still count). */
		private readonly sent: number[] = [],
	) {}

	/** The times of the requests recorded in the current window, oldest first. */
	recorded(): number[] {
		this.prune();
		return [...this.sent];
	}

	/** Requests recorded in the current window. */
	used(): number {
		this.prune();
		return this.sent.length;
	}

	/**
	 * Reserves the time of `slots` slots at once (a request and the login or retry that goes with it),
	 * first come first served, then waits for it: concurrent callers go out in the order they asked, and
	 * none can take a slot another is waiting for. Returns the wait in ms. A reservation further off than
	 * `maxWaitMs` throws BudgetExhaustedError and records nothing. More slots than the whole budget are
	 * taken one after the other.
	 */
	async take(maxWaitMs: number, slots = 1): Promise<number> {
		const { limit, windowMs } = this.budget;
		if (slots > limit) {
			let total = 0;
			for (let slot = 0; slot < slots; slot++) total += await this.take(maxWaitMs - total);
			return total;
		}
		this.prune();
		const now = this.now();
		const { sent } = this;
		// The earliest time, not before the last reservation (the list stays sorted), with room for
		// `slots` more in the window that ends there.
		const over = sent.length + slots - limit;
		const at = Math.max(
			now,
			sent[sent.length - 1] ?? now,
			over > 0 ? sent[over - 1] + windowMs : now,
		);
		const waitMs = at - now;
		if (waitMs > maxWaitMs) throw new BudgetExhaustedError(waitMs, this.budget);
		for (let slot = 0; slot < slots; slot++) sent.push(at);
		if (waitMs > 0) await this.wait(waitMs);
		return waitMs;
	}

	private prune() {
		const horizon = this.now() - this.budget.windowMs;
		while (this.sent.length > 0 && this.sent[0] <= horizon) this.sent.shift();
	}
}

/**
 * Budgets by key (for example a vendor + credential ID, or Aerona's user), for the life of the n8n
 * process. Module-level state on purpose (docs/architecture.md lists every piece): a vendor's limit
 * applies to every execution that uses the same credential, and executions of one process share it.
 * Separate processes (n8n queue mode workers) each keep their own count, so the guard is per process
 * (Aerona's credential divides its limit between the processes that use it).
 */
const windows = new Map<string, SlidingWindow>();

export function budgetFor(key: string, budget: Budget): SlidingWindow {
	let window = windows.get(key);
	if (
		!window ||
		window.budget.limit !== budget.limit ||
		window.budget.windowMs !== budget.windowMs
	) {
		// A changed budget (the credential was edited) keeps counting the requests already sent.
		window = new SlidingWindow(budget, undefined, undefined, window?.recorded() ?? []);
		windows.set(key, window);
	}
	return window;
}
