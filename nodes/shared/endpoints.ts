import type { IHttpRequestMethods } from 'n8n-workflow';

/**
 * Where a vendor path comes from (docs/sources.md says it in full): SEED = the vendor's own API
 * document the project started from, DOCS = the vendor's public documentation pages, CODE = public
 * code that calls it, INFERRED = our guess from the pattern of documented paths.
 */
export type Source = 'SEED' | 'DOCS' | 'CODE' | 'INFERRED';

export interface Endpoint {
	method: IHttpRequestMethods;
	path: string;
	source: Source;
	/** Why the path is what it is, when the source does not state it. */
	note?: string;
	/** The list endpoint documents page/pageSize paging. */
	paged?: boolean;
}

/**
 * Fills `{name}` placeholders; every value is URL-encoded. `.` and `..` survive URL-encoding and would
 * climb out of the path (`/patients/..` is `/`), so they are refused like a missing value: operations
 * check their IDs before this, and this is the last guard for any value that reaches a path.
 */
export function fillPath(path: string, params: Record<string, string | number> = {}): string {
	return path.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = params[name];
		if (value === undefined || value === '') {
			throw new Error(`Missing path parameter "${name}" for ${path}`);
		}
		const text = String(value);
		if (text.trim() === '.' || text.trim() === '..') {
			throw new Error(`The path parameter "${name}" of ${path} may not be "${text.trim()}"`);
		}
		return encodeURIComponent(text);
	});
}

/** Drops undefined, null, empty strings and empty arrays, so only what the user set is sent. */
export function compact<T extends Record<string, unknown>>(values: T): Partial<T> {
	const result: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(values)) {
		if (value === undefined || value === null || value === '') continue;
		if (Array.isArray(value) && value.length === 0) continue;
		result[key] = value;
	}
	return result as Partial<T>;
}
