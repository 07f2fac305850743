import type { IExecuteFunctions } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { parseDate } from '../../shared/dates';
import { invalidParameter, isBlank } from '../../shared/validate';

/**
 * FHIR R4 values as the node reads them from parameters, checked before any request: resource IDs,
 * references, dates with FHIR's precisions and instants. Every failure names the parameter.
 */

/** FHIR ids: 1 to 64 letters, digits, dashes and dots (R4 `id` datatype). */
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/** An example FHIR ID, for placeholders and messages. */
export const FHIR_ID_EXAMPLE = '0c6e1f5a-3b7d-4c1e-9a2b-5d8e7f6a1b2c';

export function toFhirId(ctx: IExecuteFunctions, i: number, label: string, value: unknown): string {
	const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
	if (!FHIR_ID.test(text))
		throw invalidParameter(
			ctx,
			i,
			label,
			`a FHIR ID (1 to 64 letters, digits, dashes or dots, such as ${FHIR_ID_EXAMPLE})`,
			value,
		);
	return text;
}

/**
 * A reference to a resource of `type`: an ID becomes `Type/id`; a reference already written
 * (`Patient/123`, or a full URL) is kept.
 */
export function toReference(
	ctx: IExecuteFunctions,
	i: number,
	label: string,
	value: unknown,
	type: string,
): string {
	const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
	if (text.includes('/')) {
		if (/^(https?:\/\/\S+\/)?[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/.test(text)) return text;
		throw invalidParameter(ctx, i, label, `a ${type} ID or a reference such as ${type}/123`, value);
	}
	return `${type}/${toFhirId(ctx, i, label, text)}`;
}

/** FHIR partial dates a search or a date element takes as written: 2026, 2026-03, 2026-03-02. */
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const HAS_ZONE = /([zZ]|[+-]\d{2}:?\d{2})$/;

/** A date and time parameter; a value without a zone (what n8n's date picker gives) is in the workflow's. */
function dateTimeOf(ctx: IExecuteFunctions, value: unknown): DateTime | undefined {
	if (typeof value === 'string' && !HAS_ZONE.test(value.trim()))
		return DateTime.fromISO(value.trim().replace(' ', 'T'), { zone: ctx.getTimezone() });
	return parseDate(value);
}

/** A point in time as FHIR writes an instant: UTC with milliseconds (2026-03-02T09:30:00.000Z). */
export function toInstant(
	ctx: IExecuteFunctions,
	i: number,
	label: string,
	value: unknown,
): string | undefined {
	if (isBlank(value)) return undefined;
	const date = dateTimeOf(ctx, value);
	if (!date?.isValid)
		throw invalidParameter(ctx, i, label, 'a date and time such as 2026-03-02T09:30:00', value);
	return date.toUTC().toISO() ?? undefined;
}

/**
 * A search date: a date typed as a date (2026, 2026-03, 2026-03-02) is sent as written, so FHIR reads
 * it as that whole year, month or day; a date and time is sent as an instant (see toInstant).
 */
export function toSearchDate(
	ctx: IExecuteFunctions,
	i: number,
	label: string,
	value: unknown,
): string | undefined {
	if (typeof value === 'string' && PARTIAL_DATE.test(value.trim())) return value.trim();
	return toInstant(ctx, i, label, value);
}

/** A FHIR `date` element (birthDate): YYYY-MM-DD, in the workflow's time zone for a date and time. */
export function toFhirDate(
	ctx: IExecuteFunctions,
	i: number,
	label: string,
	value: unknown,
): string | undefined {
	if (isBlank(value)) return undefined;
	if (typeof value === 'string' && PARTIAL_DATE.test(value.trim())) return value.trim();
	const date = dateTimeOf(ctx, value)?.setZone(ctx.getTimezone());
	if (!date?.isValid) throw invalidParameter(ctx, i, label, 'a date such as 1985-04-12', value);
	return date.toFormat('yyyy-MM-dd');
}
