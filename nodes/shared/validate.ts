import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Parameter checks that run before any request. Each failure is a NodeOperationError that names the
 * parameter as the user sees it and says what it expects.
 */
export type Ctx = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions | IWebhookFunctions;

export function invalidParameter(
	ctx: Ctx,
	itemIndex: number,
	label: string,
	expected: string,
	got?: unknown,
): NodeOperationError {
	const empty = got === undefined || got === '';
	const shown = empty ? 'it is empty' : `got ${describe(got)}`;
	// The message says what is wrong and what is expected; the hint says where to fix it.
	const fix = empty
		? `Fill in "${label}", or fix the expression that sets it for this item.`
		: `Change "${label}", or fix the expression that sets it for this item.`;
	return new NodeOperationError(
		ctx.getNode(),
		`Invalid value for "${label}": expected ${expected}, but ${shown}`,
		{ itemIndex, description: fix },
	);
}

function describe(value: unknown): string {
	if (typeof value === 'string') return `"${value.length > 80 ? `${value.slice(0, 80)}…` : value}"`;
	try {
		return JSON.stringify(value) ?? String(value);
	} catch {
		return String(value);
	}
}

/** Not set: undefined, null, or text of spaces only. */
export function isBlank(value: unknown): boolean {
	return (
		value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
	);
}

/** Blank, or an empty list. */
export const isEmpty = (value: unknown): boolean =>
	isBlank(value) || (Array.isArray(value) && value.length === 0);

/**
 * A text parameter's value: text, or a number or boolean an expression gave (sent as its text). An
 * object or a list (`{{ {a: 1} }}`) is refused, naming the parameter, before any request.
 */
export function toText(ctx: Ctx, itemIndex: number, label: string, value: unknown): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value === 'boolean') return String(value);
	throw invalidParameter(ctx, itemIndex, label, 'a text', value);
}

/** A boolean parameter's value: true or false, or their text from an expression. */
export function toBoolean(ctx: Ctx, itemIndex: number, label: string, value: unknown): boolean {
	if (typeof value === 'boolean') return value;
	if (value === 'true' || value === 'false') return value === 'true';
	throw invalidParameter(ctx, itemIndex, label, 'true or false', value);
}

/**
 * A value that becomes one segment of a URL path (a name, an ID). `.` and `..` are refused: the URL
 * would be normalised and the request would leave its path (`/ui-elements/..` is `/`).
 */
export function toPathSegment(
	ctx: Ctx,
	itemIndex: number,
	label: string,
	value: unknown,
	expected = 'a value',
): string {
	const text = requireString(ctx, itemIndex, label, value, expected);
	if (text === '.' || text === '..') {
		throw invalidParameter(ctx, itemIndex, label, `${expected}, not "." or ".."`, value);
	}
	return text;
}

/** A required text parameter, trimmed. */
export function requireString(
	ctx: Ctx,
	itemIndex: number,
	label: string,
	value: unknown,
	expected = 'a value',
): string {
	if (isBlank(value) || (typeof value !== 'string' && typeof value !== 'number')) {
		throw invalidParameter(ctx, itemIndex, label, expected, value);
	}
	return String(value).trim();
}

/** A positive integer ID given as a number or digits (resource locators pass strings). */
export function toId(ctx: Ctx, itemIndex: number, label: string, value: unknown): number {
	const text =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
		throw invalidParameter(
			ctx,
			itemIndex,
			label,
			'a numeric ID (a whole number such as 42)',
			value,
		);
	}
	return Number(text);
}

/** Like toId, but an empty value means "not set". */
export function toOptionalId(
	ctx: Ctx,
	itemIndex: number,
	label: string,
	value: unknown,
): number | undefined {
	return isBlank(value) ? undefined : toId(ctx, itemIndex, label, value);
}

/** Reads a resource locator or plain ID parameter and checks it is a numeric ID. */
export function idParameter(
	ctx: IExecuteFunctions,
	itemIndex: number,
	name: string,
	label: string,
): number {
	const value = ctx.getNodeParameter(name, itemIndex, '', { extractValue: true });
	return toId(ctx, itemIndex, label, value);
}

/** A whole number within bounds. */
export function toInteger(
	ctx: Ctx,
	itemIndex: number,
	label: string,
	value: unknown,
	min: number,
	max: number,
): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) {
		throw invalidParameter(ctx, itemIndex, label, `a whole number from ${min} to ${max}`, value);
	}
	return number;
}

/** A number (integer or decimal). */
export function toNumber(ctx: Ctx, itemIndex: number, label: string, value: unknown): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isFinite(number)) {
		throw invalidParameter(ctx, itemIndex, label, 'a number', value);
	}
	return number;
}

/** A JSON parameter: an object or array given as text or already parsed by an expression. */
export function toJson(
	ctx: Ctx,
	itemIndex: number,
	label: string,
	value: unknown,
	shape: 'object' | 'array' | 'any' = 'object',
): IDataObject | IDataObject[] {
	let parsed = value;
	if (typeof value === 'string') {
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			throw new NodeOperationError(
				ctx.getNode(),
				`Invalid JSON in "${label}": ${(error as Error).message}`,
				{ itemIndex, description: `"${label}" must be valid JSON, for example {"key": "value"}.` },
			);
		}
	}
	const isArray = Array.isArray(parsed);
	const isObject = parsed !== null && typeof parsed === 'object' && !isArray;
	const ok = shape === 'object' ? isObject : shape === 'array' ? isArray : isObject || isArray;
	if (!ok) {
		throw invalidParameter(
			ctx,
			itemIndex,
			label,
			shape === 'array'
				? 'a JSON array'
				: shape === 'object'
					? 'a JSON object'
					: 'a JSON object or array',
			value,
		);
	}
	return parsed as IDataObject | IDataObject[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const UUID_EXAMPLE = '123e4567-e89b-12d3-a456-426614174000';

/** Whether the text is a UUID (8-4-4-4-12 hexadecimal digits, any version). */
export function isUuid(value: unknown): value is string {
	return typeof value === 'string' && UUID.test(value);
}

/** A UUID given as text (surrounding spaces are dropped). */
export function toUuid(ctx: Ctx, itemIndex: number, label: string, value: unknown): string {
	const text = typeof value === 'string' ? value.trim() : value;
	if (!isUuid(text)) {
		throw invalidParameter(ctx, itemIndex, label, `a UUID such as ${UUID_EXAMPLE}`, value);
	}
	return text;
}

/** A decimal amount as the text APIs send money in ("100.00"), from a number or digits. */
export function toDecimalString(
	ctx: Ctx,
	itemIndex: number,
	label: string,
	value: unknown,
): string {
	const text =
		typeof value === 'number' && Number.isFinite(value)
			? String(value)
			: typeof value === 'string'
				? value.trim()
				: '';
	if (!/^-?\d+(\.\d+)?$/.test(text)) {
		throw invalidParameter(ctx, itemIndex, label, 'a decimal amount such as 100.00', value);
	}
	return text;
}

/** An http(s) base URL, without a trailing slash. */
export function toBaseUrl(ctx: Ctx, itemIndex: number, label: string, value: unknown): string {
	const text = typeof value === 'string' ? value.trim().replace(/\/+$/, '') : '';
	if (!/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i.test(text)) {
		throw invalidParameter(
			ctx,
			itemIndex,
			label,
			'an http or https address such as https://api.example.com',
			value,
		);
	}
	return text;
}
