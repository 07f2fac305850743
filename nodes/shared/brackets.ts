import type { IDataObject } from 'n8n-workflow';

/**
 * Decodes form fields with bracket keys (PHP / Rails / qs style) into nested JSON:
 * `0[event]=a&0[data][entity][id]=5&1[event]=b` gives `[{event: 'a', data: {entity: {id: '5'}}}, {event: 'b'}]`.
 * Objects whose keys are all indexes become arrays (in index order), `a[]=x` appends, a repeated plain
 * key keeps every value. Values stay strings: a form cannot tell "0039" from 39.
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The deepest key decoded: `a[b][c]` is 3 levels. Deeper keys are not decoded (the decoding and
 * everything that later walks the result, JSON serialisation included, recurse once per level), and
 * are reported instead. Real bodies stay far below it (AlfaDocs' deepest is about 6).
 */
export const MAX_FORM_DEPTH = 32;

/** A part of a body that was not decoded, and why. */
export interface RejectedPart {
	/** The key (a form) or the position (JSON), shortened to 120 characters. */
	part: string;
	reason: string;
}

/** At most this many rejected parts are listed one by one; the rest are counted. */
export const MAX_REJECTED_LISTED = 10;

export const shorten = (text: string, max = 120) =>
	text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;

/** The pairs of an `application/x-www-form-urlencoded` body, decoded, in order. */
export function formPairs(body: string): Array<[string, string]> {
	const decode = (text: string) => {
		const spaced = text.replace(/\+/g, ' ');
		try {
			return decodeURIComponent(spaced);
		} catch {
			return spaced;
		}
	};
	return body
		.split('&')
		.filter((part) => part !== '')
		.map((part) => {
			const equals = part.indexOf('=');
			return equals === -1
				? [decode(part), '']
				: [decode(part.slice(0, equals)), decode(part.slice(equals + 1))];
		});
}

/** `a[b][0][]` gives ['a', 'b', '0', '']; a key with unbalanced brackets stays one literal key. */
export function splitBracketKey(key: string): string[] {
	const open = key.indexOf('[');
	if (open <= 0) return [key];
	const segments = [key.slice(0, open)];
	const pattern = /\[([^[\]]*)\]/g;
	let end = open;
	for (let match = pattern.exec(key); match && match.index === end; match = pattern.exec(key)) {
		segments.push(match[1]);
		end = pattern.lastIndex;
	}
	return end === key.length ? segments : [key];
}

/** How many levels a key has (`a[b][c]`: 3), counted without splitting it. */
function keyDepth(key: string): number {
	let depth = 1;
	for (let index = key.indexOf('['); index !== -1; index = key.indexOf('[', index + 1)) depth++;
	return depth;
}

type Tree = { [key: string]: Tree | string | string[] };

function place(root: Tree, segments: string[], value: string) {
	let node = root;
	for (let index = 0; index < segments.length; index++) {
		let segment = segments[index];
		if (FORBIDDEN.has(segment)) return;
		if (segment === '') segment = String(Object.keys(node).length);
		if (index === segments.length - 1) {
			const previous = node[segment];
			if (previous === undefined) node[segment] = value;
			else if (Array.isArray(previous)) previous.push(value);
			else if (typeof previous === 'string') node[segment] = [previous, value];
			return;
		}
		const child = node[segment];
		if (child === undefined || typeof child === 'string' || Array.isArray(child)) {
			// A value already set at this key becomes index 0 of the new branch, as qs does.
			const branch: Tree = Object.create(null) as Tree;
			if (typeof child === 'string') branch['0'] = child;
			if (Array.isArray(child)) child.forEach((entry, position) => (branch[position] = entry));
			node[segment] = branch;
		}
		node = node[segment] as Tree;
	}
}

function finish(node: Tree | string | string[]): FormValue {
	if (typeof node === 'string' || Array.isArray(node)) return node;
	const keys = Object.keys(node);
	if (keys.length > 0 && keys.every((key) => /^\d+$/.test(key))) {
		return keys.sort((a, b) => Number(a) - Number(b)).map((key) => finish(node[key]));
	}
	const result: { [key: string]: FormValue } = {};
	for (const key of keys) result[key] = finish(node[key]);
	return result;
}

/** A decoded form: the nested value, and the parts that were not decoded. */
export interface DecodedForm {
	value: FormValue;
	rejected: RejectedPart[];
	/** Rejected parts beyond those listed (MAX_REJECTED_LISTED). */
	moreRejected: number;
}

/**
 * Decodes a form body: the raw `a[b]=c&...` text, or the flat key/value object a server's plain form
 * parser produced (`{'0[event]': 'x'}`, repeated keys as arrays). A key deeper than `maxDepth` levels is
 * left out and reported in `rejected`; every other pair is decoded.
 */
export function decodeBracketFormChecked(
	body: string | IDataObject,
	maxDepth = MAX_FORM_DEPTH,
): DecodedForm {
	const root: Tree = Object.create(null) as Tree;
	const rejected: RejectedPart[] = [];
	let moreRejected = 0;
	const pairs: Array<[string, string]> =
		typeof body === 'string'
			? formPairs(body)
			: Object.entries(body).flatMap(([key, value]) =>
					(Array.isArray(value) ? value : [value]).map((entry): [string, string] => [
						key,
						entry === undefined || entry === null ? '' : String(entry),
					]),
				);
	for (const [key, value] of pairs) {
		if (key === '') continue;
		const depth = keyDepth(key);
		if (depth > maxDepth) {
			if (rejected.length < MAX_REJECTED_LISTED)
				rejected.push({
					part: shorten(key),
					reason: `the key is nested ${depth.toLocaleString('en-US')} levels deep; at most ${maxDepth} are decoded`,
				});
			else moreRejected++;
			continue;
		}
		place(root, splitBracketKey(key), value);
	}
	return { value: finish(root), rejected, moreRejected };
}

/** Like decodeBracketFormChecked, for bodies a program made: only the decoded value. */
export function decodeBracketForm(body: string | IDataObject): FormValue {
	return decodeBracketFormChecked(body).value;
}

/**
 * Whether a parsed value (JSON) is nested deeper than `maxDepth` levels, found without recursion so that
 * the check itself cannot overflow the stack.
 */
export function nestedDeeperThan(value: unknown, maxDepth: number): boolean {
	const stack: Array<[unknown, number]> = [[value, 0]];
	while (stack.length > 0) {
		const [current, depth] = stack.pop() as [unknown, number];
		if (current === null || typeof current !== 'object') continue;
		if (depth >= maxDepth) return true;
		for (const child of Object.values(current as IDataObject)) stack.push([child, depth + 1]);
	}
	return false;
}
