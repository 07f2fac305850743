import type { Ctx } from './validate';
import { invalidParameter, isBlank, isUuid, UUID_EXAMPLE } from './validate';

/** Lists typed as text (separated by commas, spaces or new lines) or given as an array by an expression. */

/** A list of numeric IDs: an array, or text separated by commas, spaces or new lines. Empty gives []. */
export function toIdList(ctx: Ctx, itemIndex: number, label: string, value: unknown): number[] {
	if (isBlank(value)) return [];
	const entries = Array.isArray(value)
		? value
		: typeof value === 'string' || typeof value === 'number'
			? String(value)
					.split(/[\s,;]+/)
					.filter((entry) => entry !== '')
			: [value];
	return entries.map((entry) => {
		const text =
			typeof entry === 'number' ? String(entry) : typeof entry === 'string' ? entry.trim() : '';
		if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
			throw invalidParameter(
				ctx,
				itemIndex,
				label,
				'a list of numeric IDs separated by commas (e.g. 10, 11, 12)',
				value,
			);
		}
		return Number(text);
	});
}

/** Entries of a list typed as text (separated by commas or new lines) or given as an array. */
function listEntries(value: unknown): unknown[] {
	if (isBlank(value)) return [];
	if (Array.isArray(value)) return value;
	if (typeof value === 'string')
		return value
			.split(/[\n,]+/)
			.map((entry) => entry.trim())
			.filter((entry) => entry !== '');
	return [value];
}

/** A list of UUIDs: an array, or text separated by commas or new lines. Empty gives []. */
export function toUuidList(ctx: Ctx, itemIndex: number, label: string, value: unknown): string[] {
	return listEntries(value).map((entry) => {
		const text = typeof entry === 'string' ? entry.trim() : entry;
		if (!isUuid(text)) {
			throw invalidParameter(
				ctx,
				itemIndex,
				label,
				`a list of UUIDs separated by commas (e.g. ${UUID_EXAMPLE})`,
				value,
			);
		}
		return text;
	});
}

/** A list of texts: an array, or text separated by commas or new lines. Empty gives []. */
export function toTextList(ctx: Ctx, itemIndex: number, label: string, value: unknown): string[] {
	return listEntries(value).map((entry) => {
		if (typeof entry !== 'string' && typeof entry !== 'number') {
			throw invalidParameter(ctx, itemIndex, label, 'a list of texts separated by commas', value);
		}
		return String(entry).trim();
	});
}
