/**
 * Keys seen recently (a webhook delivery's digest, a polled record's ID), per scope, for dropping
 * repeats. Two copies are kept:
 *
 * - this n8n process's memory (module state, one map per scope): the check and the record happen in
 *   one synchronous step, so no other request of the process can run between them, and two
 *   deliveries of the same body that arrive at the same moment cannot both pass;
 * - a persisted list the caller stores with the workflow (its static data), for a restart and for other
 *   processes. n8n loads the static data when a request arrives and saves it whole after the trigger
 *   ran, so concurrent requests read stale copies and the last save wins: every call therefore merges
 *   the copy it was given into memory and hands back the union, which the caller stores.
 *
 * Across processes (several webhook processes, or main and a webhook process) the static data is the
 * only link: a repeat reaching a process that did not see the first delivery is dropped when the first
 * one's save reached the database before n8n loaded the repeat's copy, and no concurrent save of
 * another process (holding an older copy) overwrote it in between. n8n offers nodes no atomic store for
 * this: its deduplication helpers (the store behind the Remove Duplicates node) are given to execute
 * functions only, not to webhook functions (n8n 2.8 and 2.41 alike), and they too read, change and write
 * without a lock.
 */

/** A remembered key and when it was first seen (ms since the epoch). */
export type Remembered = [key: string, firstSeenAt: number];

export interface RecentOptions {
	/** The time of this call (ms since the epoch). */
	now: number;
	/** How long a key is remembered after it was first seen. */
	windowMs: number;
	/** At most this many keys per scope; the oldest are forgotten first. */
	max: number;
}

const scopes = new Map<string, Map<string, number>>();

function validEntries(persisted: unknown): Remembered[] {
	if (!Array.isArray(persisted)) return [];
	return persisted.filter(
		(entry): entry is Remembered =>
			Array.isArray(entry) &&
			typeof entry[0] === 'string' &&
			typeof entry[1] === 'number' &&
			Number.isFinite(entry[1]),
	);
}

/**
 * Whether `key` was seen in `scope` within the window; if not, it is recorded as seen now. `persisted`
 * is the list the caller stored last time, as it was loaded for this call (possibly stale); `remembered`
 * is the union of it and this process's memory, oldest first, within the window and at most `max` long:
 * store it back.
 */
export function seenRecently(
	scope: string,
	key: string,
	persisted: unknown,
	{ now, windowMs, max }: RecentOptions,
): { seen: boolean; remembered: Remembered[] } {
	let memory = scopes.get(scope);
	if (!memory) {
		memory = new Map();
		scopes.set(scope, memory);
	}
	for (const [known, at] of validEntries(persisted)) {
		const mine = memory.get(known);
		if (mine === undefined || at < mine) memory.set(known, at);
	}
	for (const [known, at] of memory) if (now - at >= windowMs) memory.delete(known);
	const seen = memory.has(key);
	if (!seen) memory.set(key, now);
	const remembered = [...memory.entries()].sort((a, b) => a[1] - b[1]);
	if (remembered.length > max) {
		for (const [forgotten] of remembered.splice(0, remembered.length - max))
			memory.delete(forgotten);
	}
	return { seen, remembered };
}
