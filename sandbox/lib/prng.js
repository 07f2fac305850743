'use strict';
/** Deterministic pseudo-random numbers (mulberry32), so every start yields the same data. */

/** FNV-1a: a 32-bit seed from a string. */
function hashSeed(text) {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}

function createRng(seed) {
	let a = (typeof seed === 'string' ? hashSeed(seed) : seed) >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min, max) => min + Math.floor(next() * (max - min + 1));
	const pick = (list) => list[int(0, list.length - 1)];
	const shuffle = (list) => {
		const out = [...list];
		for (let i = out.length - 1; i > 0; i--) {
			const j = int(0, i);
			[out[i], out[j]] = [out[j], out[i]];
		}
		return out;
	};
	return {
		next,
		int,
		pick,
		shuffle,
		chance: (p) => next() < p,
		sample: (list, n) => shuffle(list).slice(0, n),
		chars: (alphabet, n) => Array.from({ length: n }, () => pick(alphabet)).join(''),
	};
}

module.exports = { createRng, hashSeed };
