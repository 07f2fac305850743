import type { IDataObject } from 'n8n-workflow';

/**
 * Reading what a server answered. n8n's request helper parses any text body that is valid JSON (a
 * JSON record, list, number or boolean), whatever its content type, and leaves everything else as
 * text: a string body is therefore never JSON (an HTML page, plain text, malformed or cut JSON), and an
 * empty one is `''`. None of the four APIs answers a JSON string.
 */

/** Longest message taken from a text or HTML body (its title or first line). */
export const MAX_TEXT_MESSAGE = 200;

/** Longest message taken from a JSON error body (NestJS joins validation messages with "; "). */
export const MAX_JSON_MESSAGE = 500;

/** How much of a body that cannot be read an error shows. */
export const PREVIEW_LENGTH = 100;

/** No body at all: nothing, null or only white space. */
export function isEmptyBody(body: unknown): boolean {
	return body === undefined || body === null || (typeof body === 'string' && body.trim() === '');
}

/** A body that should have been JSON and is not (a string that n8n could not parse). */
export const isUnparsedText = (body: unknown): body is string =>
	typeof body === 'string' && body.trim() !== '';

/** The Content-Type of an answer, or undefined. */
export function contentTypeOf(headers: IDataObject | undefined): string | undefined {
	if (!headers) return undefined;
	const key = Object.keys(headers).find((name) => name.toLowerCase() === 'content-type');
	const value = key === undefined ? undefined : headers[key];
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
};

const decodeEntities = (text: string) =>
	text.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (entity, name: string) => {
		if (name[0] === '#') {
			const code =
				name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
			return Number.isFinite(code) && code > 0 && code < 0x110000
				? String.fromCodePoint(code)
				: entity;
		}
		return ENTITIES[name.toLowerCase()] ?? entity;
	});

const stripTags = (html: string) =>
	html
		.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/<[^>]*>/g, '\n');

/** At most `max` characters, cut with an ellipsis. */
export function cut(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/**
 * The short message of a text or HTML body: an HTML page's title (else its first heading, else its
 * first line of text), or a text's first non-empty line, at most MAX_TEXT_MESSAGE characters.
 */
export function shortText(body: string, max = MAX_TEXT_MESSAGE): string | undefined {
	const html = /<\/?[a-z][\s\S]*>/i.test(body);
	const pick = (pattern: RegExp) => {
		const inner = pattern.exec(body)?.[1];
		return inner === undefined ? undefined : firstLine(decodeEntities(stripTags(inner)));
	};
	const line = html
		? (pick(/<title[^>]*>([\s\S]*?)<\/title>/i) ??
			pick(/<h1[^>]*>([\s\S]*?)<\/h1>/i) ??
			firstLine(decodeEntities(stripTags(body))))
		: firstLine(body);
	return line === undefined ? undefined : cut(line, max);
}

function firstLine(text: string): string | undefined {
	return text
		.split(/\r?\n/)
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.find((line) => line !== '');
}

/** The first characters of a body that could not be read, on one line. */
export function preview(body: unknown, length = PREVIEW_LENGTH): string {
	let text: string;
	try {
		text = typeof body === 'string' ? body : (JSON.stringify(body) ?? String(body));
	} catch {
		text = String(body);
	}
	return cut(text.replace(/\s+/g, ' ').trim(), length);
}

/** A vendor's message from a JSON error body, on one line and cut to MAX_JSON_MESSAGE characters. */
export function oneLine(message: string, max = MAX_JSON_MESSAGE): string {
	return cut(message.replace(/\s+/g, ' ').trim(), max);
}

/** What a body is, in a few words, for an error that says what came instead of what was expected. */
export function describeBody(body: unknown): string {
	if (isEmptyBody(body)) return 'an empty body';
	if (typeof body === 'string') return 'a body that is not JSON';
	if (Array.isArray(body)) return 'a list';
	if (typeof body === 'object') return 'a record';
	return `a bare ${typeof body} (${String(body)})`;
}

/** "30 s", "2.5 s", "800 ms". */
export function duration(ms: number): string {
	return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}
