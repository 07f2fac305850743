import type { IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { invalidParameter } from './validate';

type Ctx = IExecuteFunctions | ILoadOptionsFunctions;

interface DateTimeLike {
	toISO(): string | null;
}

/**
 * Reads what n8n hands a node as a date: an ISO string (from a Date Time field or an expression), a
 * Luxon DateTime (`$now`, `$today`) or a JS Date. Keeps the zone the user wrote, so "2024-03-20T23:30-05:00"
 * is the 20th, not the 21st.
 */
export function parseDate(value: unknown): DateTime | undefined {
	if (value instanceof Date) return DateTime.fromJSDate(value, { zone: 'utc' });
	if (
		value !== null &&
		typeof value === 'object' &&
		typeof (value as DateTimeLike).toISO === 'function'
	) {
		const iso = (value as DateTimeLike).toISO();
		return iso ? DateTime.fromISO(iso, { setZone: true }) : undefined;
	}
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const text = value.trim();
	const parsed = DateTime.fromISO(text, { setZone: true });
	if (parsed.isValid) return parsed;
	const spaced = DateTime.fromSQL(text, { setZone: true });
	return spaced.isValid ? spaced : undefined;
}

/** A date as `YYYY-MM-DD`; an empty value gives undefined. */
export function toDateOnly(
	ctx: Ctx,
	itemIndex: number,
	label: string,
	value: unknown,
): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const date = parseDate(value);
	if (!date) throw invalidParameter(ctx, itemIndex, label, 'a date such as 2024-03-20', value);
	return date.toFormat('yyyy-MM-dd');
}

/** A date-time as ISO 8601 in UTC with milliseconds; an empty value gives undefined. */
export function toIsoDateTime(
	ctx: Ctx,
	itemIndex: number,
	label: string,
	value: unknown,
): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const date = parseDate(value);
	if (!date)
		throw invalidParameter(
			ctx,
			itemIndex,
			label,
			'a date and time such as 2024-03-20T09:30:00Z',
			value,
		);
	return date.toUTC().toISO() ?? undefined;
}
