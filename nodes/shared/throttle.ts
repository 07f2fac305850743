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
	 * Takes `slots` slots at once (a request and the login or retry that goes with it), so that no
	 * concurrent caller can take the second while this one waits; more slots than the whole budget are
	 * taken one after the other.
	 */
	async take(maxWaitMs: number, slots = 1): Promise<number> {
		if (slots > this.budget.limit) {
			let total = 0;
			for (let slot = 0; slot < slots; slot++) total += await this.take(maxWaitMs - total);
			return total;
		}
		let waited = 0;
		for (;;) {
			this.prune();
			if (this.sent.length + slots <= this.budget.limit) {
				for (let slot = 0; slot < slots; slot++) this.sent.push(this.now());
				return waited;
			}
			const waitMs =
				this.sent[this.sent.length + slots - this.budget.limit - 1] +
				this.budget.windowMs -
				this.now();
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
