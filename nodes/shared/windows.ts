import type { IDataObject } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { mapConcurrently } from './concurrency';

/** A run of calendar days, both ends included, as `YYYY-MM-DD`. */
export interface DateWindow {
	start: string;
	end: string;
}

/**
 * Splits the calendar days from `start` to `end` (both included) into consecutive windows of at most
 * `maxDays` days each, for APIs that refuse longer ranges. Each date is taken in its own zone, so
 * "2024-03-01T23:30-05:00" counts as March 1st. Gives the fewest windows possible: a 90-day range in
 * 30-day windows is 3 windows, a 365-day year is 13.
 */
export function splitDateRange(start: DateTime, end: DateTime, maxDays: number): DateWindow[] {
	if (!Number.isInteger(maxDays) || maxDays < 1) {
		throw new RangeError(`maxDays must be a positive whole number, got ${maxDays}`);
	}
	// Calendar days, compared as UTC dates so zones and daylight saving never shift a day.
	const calendarDay = (date: DateTime) =>
		DateTime.fromISO(date.toFormat('yyyy-MM-dd'), { zone: 'utc' });
	const first = calendarDay(start);
	const days = Math.round(calendarDay(end).diff(first, 'days').days);
	if (days < 0) throw new RangeError('The end of the range is before its start');
	const windows: DateWindow[] = [];
	for (let offset = 0; offset <= days; offset += maxDays) {
		const windowStart = first.plus({ days: offset });
		const windowEnd = first.plus({ days: Math.min(offset + maxDays - 1, days) });
		windows.push({
			start: windowStart.toFormat('yyyy-MM-dd'),
			end: windowEnd.toFormat('yyyy-MM-dd'),
		});
	}
	return windows;
}

export interface WindowOptions {
	returnAll: boolean;
	/** Used when returnAll is false. */
	limit: number;
	/** The field that identifies a record; records seen in an earlier window are dropped. Default 'id'. */
	idKey?: string;
	/** Windows asked at once under Return All (default 1); a Limit asks one window after the other. */
	concurrency?: number;
}

/**
 * Fetches the windows and joins their records in window order, dropping any record whose ID an
 * earlier window already returned (ranges that touch at their ends, records that span two windows).
 * Under Return All every window is needed, so they are asked `concurrency` at a time; with a limit
 * they are asked one after the other, and no window is asked once there are enough records.
 */
export async function collectWindows(
	windows: DateWindow[],
	fetchWindow: (window: DateWindow) => Promise<IDataObject[]>,
	options: WindowOptions,
): Promise<IDataObject[]> {
	const wanted = options.returnAll ? Number.POSITIVE_INFINITY : options.limit;
	const idKey = options.idKey ?? 'id';
	const seen = new Set<string>();
	const results: IDataObject[] = [];
	const join = (records: IDataObject[]) => {
		for (const record of records) {
			const id = record[idKey];
			if (id !== undefined && id !== null) {
				const key = String(id);
				if (seen.has(key)) continue;
				seen.add(key);
			}
			results.push(record);
		}
	};
	if (options.returnAll && (options.concurrency ?? 1) > 1) {
		const answers = await mapConcurrently(
			windows.length,
			options.concurrency ?? 1,
			async (index) => await fetchWindow(windows[index]),
		);
		answers.forEach(join);
		return results;
	}
	for (const window of windows) {
		if (results.length >= wanted) break;
		join(await fetchWindow(window));
	}
	return results.slice(0, wanted);
}
