import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

/**
 * Aerona retries a delivery it thinks failed (up to 24 times, hourly). The trigger can drop a body it
 * has already seen within a window: it remembers a digest and the time of each delivery in the
 * workflow's static data, at most MAX_REMEMBERED of them (the oldest are forgotten first).
 */
export const MAX_REMEMBERED = 1000;

/** JSON with sorted keys, so the same body always gives the same digest. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.keys(value as IDataObject)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${canonical((value as IDataObject)[key])}`);
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

export function digestOf(body: unknown): string {
	return createHash('sha256').update(canonical(body)).digest('hex').slice(0, 32);
}

/** [digest, receivedAt in ms] pairs, oldest first. */
type Remembered = Array<[string, number]>;

/**
 * Whether `body` was seen within `windowMs` before `now`. When it was not, it is remembered. Entries
 * older than the window are dropped on every call; the list never exceeds MAX_REMEMBERED.
 */
export function isRepeat(
	staticData: IDataObject,
	body: unknown,
	now: number,
	windowMs: number,
	max = MAX_REMEMBERED,
): boolean {
	const digest = digestOf(body);
	const previous = (Array.isArray(staticData.recentDeliveries)
		? staticData.recentDeliveries
		: []) as unknown as Remembered;
	const recent = previous.filter(
		(entry) => Array.isArray(entry) && typeof entry[1] === 'number' && now - entry[1] < windowMs,
	);
	const seen = recent.some(([known]) => known === digest);
	if (!seen) recent.push([digest, now]);
	// Assigning a new array (rather than mutating) marks n8n's static data as changed, so it is saved.
	staticData.recentDeliveries = recent.slice(-max) as unknown as IDataObject[];
	return seen;
}
