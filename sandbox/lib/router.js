'use strict';
/**
 * A tiny router: `METHOD /path/:param` patterns, first registered match wins (like Express/NestJS,
 * so register literal paths such as `/site/billing-analytics-admin` before `/site/:siteId`).
 * A route has a chain of handlers `(ctx) => result | undefined`; the first one that returns
 * something ends the chain, so middleware (auth, role checks) just returns undefined or throws.
 */

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

class Router {
	constructor() {
		this.routes = [];
	}

	add(method, pattern, ...handlers) {
		const keys = [];
		const source = pattern
			.split('/')
			.map((seg) => {
				if (!seg.startsWith(':')) return escapeRe(seg);
				keys.push(seg.slice(1));
				return '([^/]+)';
			})
			.join('/');
		this.routes.push({ method, pattern, keys, handlers, re: new RegExp(`^${source}/?$`) });
		return this;
	}

	/** Verb helpers with middleware prepended: `router.group(auth).get('/site', list)`. */
	group(...middleware) {
		const verb =
			(method) =>
			(pattern, ...handlers) => {
				this.add(method, pattern, ...middleware, ...handlers);
				return api;
			};
		const api = {
			get: verb('GET'),
			post: verb('POST'),
			put: verb('PUT'),
			patch: verb('PATCH'),
			delete: verb('DELETE'),
		};
		return api;
	}

	match(method, path) {
		for (const route of this.routes) {
			if (route.method !== method) continue;
			const m = route.re.exec(path);
			if (!m) continue;
			const params = {};
			route.keys.forEach((key, i) => {
				params[key] = safeDecode(m[i + 1]);
			});
			return { route, params };
		}
		return null;
	}
}

function safeDecode(s) {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

async function runChain(handlers, ctx) {
	for (const handler of handlers) {
		const result = await handler(ctx);
		if (result !== undefined) return result;
	}
	return undefined;
}

module.exports = { Router, runChain };
