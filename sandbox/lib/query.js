'use strict';
/**
 * Query-string parsing compatible with Express' `qs` for what clients send:
 *   a=1&a=2            -> { a: ['1', '2'] }          (repeated keys become arrays)
 *   a[]=1&a[]=2        -> { a: ['1', '2'] }
 *   a[0]=1&a[1]=2      -> { a: ['1', '2'] }
 *   sortBy[0][field]=name&sortBy[0][dir]=desc -> { sortBy: [{ field: 'name', dir: 'desc' }] }
 *   filter[name]=x     -> { filter: { name: 'x' } }
 * Values are always strings (or arrays/objects of strings).
 */

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function decode(s) {
	const plus = s.replace(/\+/g, ' ');
	try {
		return decodeURIComponent(plus);
	} catch {
		return plus;
	}
}

/** `a[b][0][]` -> ['a', 'b', '0', ''] */
function splitKey(key) {
	const open = key.indexOf('[');
	if (open <= 0) return [key];
	const segs = [key.slice(0, open)];
	const re = /\[([^\]]*)\]/g;
	let m;
	let end = open;
	while ((m = re.exec(key)) && m.index === end) {
		segs.push(m[1]);
		end = re.lastIndex;
	}
	if (end !== key.length) return [key]; // malformed brackets: keep the key literally
	return segs;
}

const isContainer = (v) => v !== null && typeof v === 'object';

/** Arrays (from repeated keys) and strings become index-keyed objects when nested further. */
function asObject(v) {
	if (v === undefined) return Object.create(null);
	if (Array.isArray(v)) return Object.assign(Object.create(null), v);
	if (isContainer(v)) return v;
	return Object.assign(Object.create(null), { 0: v });
}

function assign(target, segs, value) {
	let cur = target;
	for (let i = 0; i < segs.length; i++) {
		let seg = segs[i];
		if (FORBIDDEN_KEYS.has(seg)) return;
		if (seg === '') seg = String(Object.keys(cur).length);
		if (i === segs.length - 1) {
			const prev = cur[seg];
			if (prev === undefined) cur[seg] = value;
			else if (Array.isArray(prev)) prev.push(value);
			else if (typeof prev === 'string') cur[seg] = [prev, value];
			return;
		}
		cur[seg] = asObject(cur[seg]);
		cur = cur[seg];
	}
}

/** Objects whose keys are all indices become arrays (ordered by index, compacted). */
function finalize(v) {
	if (Array.isArray(v)) return v;
	if (!isContainer(v)) return v;
	const keys = Object.keys(v);
	if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
		return keys.sort((a, b) => Number(a) - Number(b)).map((k) => finalize(v[k]));
	}
	const out = {};
	for (const k of keys) out[k] = finalize(v[k]);
	return out;
}

function parseQuery(raw) {
	const root = Object.create(null);
	for (const part of (raw || '').split('&')) {
		if (!part) continue;
		const eq = part.indexOf('=');
		const key = decode(eq === -1 ? part : part.slice(0, eq));
		const value = eq === -1 ? '' : decode(part.slice(eq + 1));
		if (key) assign(root, splitKey(key), value);
	}
	const out = {};
	for (const k of Object.keys(root)) out[k] = finalize(root[k]);
	return out;
}

module.exports = { parseQuery };
