'use strict';
/**
 * Simulated network latency: every API response (never a /__sandbox control route) waits
 * `ms` plus a jitter drawn uniformly from [-jitterMs, +jitterMs] (never below 0) before it is sent.
 * The draw comes from a seeded PRNG (mulberry32), restarted from `seed` whenever the settings are set,
 * so the same sequence of responses gets the same sequence of delays. Each response waits on its own
 * timer: requests in flight are never serialised (200 concurrent requests at 150 ms take ~150 ms).
 *
 *   const latency = new Latency({ ms: 150, jitterMs: 20, seed: 'sandbox-latency' });
 *   latency.next()   -> 137 (ms for the next response)
 *   latency.set({ ms: 0 })
 */
const { createRng } = require('./prng');

const DEFAULT_SEED = 'sandbox-latency';

/** Checks `{ ms?, jitterMs?, seed? }`; returns the messages of what is wrong. */
function latencyErrors(body) {
	const errors = [];
	for (const key of ['ms', 'jitterMs']) {
		const v = body[key];
		if (v !== undefined && !(Number.isInteger(v) && v >= 0 && v <= 600000))
			errors.push(`${key} must be an integer from 0 to 600000`);
	}
	if (body.seed !== undefined && !(typeof body.seed === 'string' || Number.isInteger(body.seed)))
		errors.push('seed must be a string or an integer');
	return errors;
}

class Latency {
	constructor({ ms = 0, jitterMs = 0, seed = DEFAULT_SEED } = {}) {
		this.set({ ms, jitterMs, seed });
	}

	/** Replaces the given settings (the others stay) and restarts the jitter sequence. */
	set({ ms, jitterMs, seed } = {}) {
		if (ms !== undefined) this.ms = ms;
		if (jitterMs !== undefined) this.jitterMs = jitterMs;
		if (seed !== undefined) this.seed = seed;
		this.rng = createRng(this.seed);
		return this.get();
	}

	get() {
		return { ms: this.ms, jitterMs: this.jitterMs, seed: this.seed };
	}

	/** The delay of the next response, in whole milliseconds. */
	next() {
		if (this.jitterMs === 0) return this.ms;
		const jitter = this.rng.int(-this.jitterMs, this.jitterMs);
		return Math.max(0, this.ms + jitter);
	}
}

module.exports = { Latency, latencyErrors, DEFAULT_SEED };
