import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import { seenRecently } from '../../shared/recent';

/**
 * Aerona retries a delivery it thinks failed (up to 24 times, hourly). The trigger can drop a body it
 * has already seen within a window: it remembers a digest and the time of each delivery, in this
 * process and in the workflow's static data, at most MAX_REMEMBERED of them (the oldest are forgotten
 * first).
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

/**
 * Whether `body` was seen within `windowMs` before `now` by this trigger (`scope`: its workflow and
 * node); when it was not, it is remembered. The workflow's static data keeps the list for a restart and
 * other processes (nodes/shared/recent.ts says how far that goes); this process's memory makes the
 * check hold for deliveries that arrive at the same moment. Never more than `max` are kept.
 */
export function isRepeat(
	scope: string,
	staticData: IDataObject,
	body: unknown,
	now: number,
	windowMs: number,
	max = MAX_REMEMBERED,
): boolean {
	const { seen, remembered } = seenRecently(scope, digestOf(body), staticData.recentDeliveries, {
		now,
		windowMs,
		max,
	});
	// Assigning a new array (rather than mutating) marks n8n's static data as changed, so it is saved.
	staticData.recentDeliveries = remembered as unknown as IDataObject[];
	return seen;
}
