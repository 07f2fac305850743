'use strict';
/**
 * Vendor-neutral request counting for rate limits: a sliding window of request times per key (a token,
 * an API key), and the peak count of any window in a list of times (what a test asserts on).
 */

class SlidingWindowCounter {
	constructor(limit, windowMs) {
		this.limit = limit;
		this.windowMs = windowMs;
		this.times = [];
	}

	/** Records a request at `now` unless the window is full; returns whether it was within the limit. */
	hit(now = Date.now()) {
		while (this.times.length > 0 && this.times[0] <= now - this.windowMs) this.times.shift();
		if (this.times.length >= this.limit) return false;
		this.times.push(now);
		return true;
	}
}

/** The most entries of the sorted `times` that fall within any `windowMs` (half-open windows). */
function peakInWindow(times, windowMs) {
	const sorted = [...times].sort((a, b) => a - b);
	let peak = 0;
	let start = 0;
	for (let end = 0; end < sorted.length; end++) {
		while (sorted[end] - sorted[start] >= windowMs) start++;
		peak = Math.max(peak, end - start + 1);
	}
	return peak;
}

module.exports = { SlidingWindowCounter, peakInWindow };
