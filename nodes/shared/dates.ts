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
	return readDate(ctx, itemIndex, label, value, 'a date such as 2024-03-20')?.toFormat(
		'yyyy-MM-dd',
	);
}

/** A date parameter, or undefined when empty; a value that is not a date names the parameter. */
function readDate(ctx: Ctx, itemIndex: number, label: string, value: unknown, expected: string) {
	if (value === undefined || value === null || value === '') return undefined;
	const date = parseDate(value);
	if (!date) throw invalidParameter(ctx, itemIndex, label, expected, value);
	return date;
}

/** A date-time as ISO 8601 in UTC with milliseconds; an empty value gives undefined. */
export function toIsoDateTime(
	ctx: Ctx,
	itemIndex: number,
	label: string,
	value: unknown,
): string | undefined {
	const expected = 'a date and time such as 2024-03-20T09:30:00Z';
	return readDate(ctx, itemIndex, label, value, expected)?.toUTC().toISO() ?? undefined;
}

/** A time followed by `Z` or an offset: "…T09:30:00Z", "… 09:30+01:00" (a bare date such as 2024-03-20 has none). */
const HAS_OFFSET = /\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*([zZ]|[+-]\d{2}(:?\d{2})?)$/;

/**
 * A date-time as wall-clock text for APIs that take local times without a zone (e.g.
 * `YYYY-MM-DD HH:mm:ss`). A value written without an offset (what n8n's Date Time field gives) is sent
 * as written; a value with an offset or zone (`…Z`, `…+01:00`, `$now`) is first converted to
 * `timezone` (the workflow's), so 08:30Z becomes 09:30 for a workflow in Europe/Rome.
 */
export function toWallClock(
	ctx: Ctx,
	itemIndex: number,
	label: string,
	value: unknown,
	timezone: string,
	format = 'yyyy-MM-dd HH:mm:ss',
): string | undefined {
	const expected = 'a date and time such as 2024-03-20 09:30 or 2024-03-20T09:30:00';
	const date = readDate(ctx, itemIndex, label, value, expected);
	if (!date) return undefined;
	const zoned =
		typeof value === 'string' && !HAS_OFFSET.test(value.trim()) ? date : date.setZone(timezone);
	return zoned.toFormat(format);
}

export interface DateParameter {
	name: string;
	label: string;
}

function readRange(
	ctx: IExecuteFunctions,
	itemIndex: number,
	startParameter: DateParameter,
	endParameter: DateParameter,
	required: boolean,
): { start?: DateTime; end?: DateTime } {
	const read = ({ name, label }: DateParameter) => {
		const value = ctx.getNodeParameter(name, itemIndex, '');
		if (!required && (value === undefined || value === null || value === '')) return undefined;
		const date = parseDate(value);
		if (!date) throw invalidParameter(ctx, itemIndex, label, 'a date such as 2024-03-20', value);
		return date;
	};
	const start = read(startParameter);
	const end = read(endParameter);
	if (start && end && end.toFormat('yyyy-MM-dd') < start.toFormat('yyyy-MM-dd')) {
		throw invalidParameter(
			ctx,
			itemIndex,
			endParameter.label,
			`a date on or after the ${startParameter.label} (${start.toFormat('yyyy-MM-dd')})`,
			end.toFormat('yyyy-MM-dd'),
		);
	}
	return { start, end };
}

/**
 * Reads a start and an end date parameter and checks them before any request: each must be a date,
 * and the end must not be before the start (the error names the end parameter).
 */
export function readDateRange(
	ctx: IExecuteFunctions,
	itemIndex: number,
	startParameter: DateParameter,
	endParameter: DateParameter,
): { start: DateTime; end: DateTime } {
	return readRange(ctx, itemIndex, startParameter, endParameter, true) as {
		start: DateTime;
		end: DateTime;
	};
}

/** Like readDateRange, for a range whose ends may be left empty (no lower or upper bound). */
export function readOptionalDateRange(
	ctx: IExecuteFunctions,
	itemIndex: number,
	startParameter: DateParameter,
	endParameter: DateParameter,
): { start?: string; end?: string } {
	const { start, end } = readRange(ctx, itemIndex, startParameter, endParameter, false);
	return { start: start?.toFormat('yyyy-MM-dd'), end: end?.toFormat('yyyy-MM-dd') };
}
