import type { Endpoint, Source } from '../shared/endpoints';
import { AHDS_RESOURCES } from './resources';

/**
 * Every AHDS method + path the package sends, with its source (SEED, DOCS, CODE, INFERRED: docs/sources.md).
 * Every resource has the same six operations on the same two paths; `{resource}` is the resource's
 * path name (its descriptor's `slug`, or what the user types for "Other Resource").
 * SEED: AHDS' API document shows all six on Contact; the DOCS pages show the same pattern on every resource.
 */
const COLLECTION = '/site/{siteId}/ahds/v1/{resource}';
const RECORD = `${COLLECTION}/{recordId}`;

export const AHDS_ENDPOINTS = {
	'record.create': {
		method: 'POST',
		path: COLLECTION,
		source: 'SEED',
		note: 'the client supplies the record UUID in the body',
	},
	'record.getAll': {
		method: 'GET',
		path: COLLECTION,
		source: 'SEED',
		paged: true,
		note: 'page (0-based), pageSize 1-100, sortBy, sortOrder and field filters',
	},
	'record.get': { method: 'GET', path: RECORD, source: 'SEED' },
	'record.update': {
		method: 'PATCH',
		path: RECORD,
		source: 'SEED',
		note: 'only the fields given change',
	},
	'record.replace': {
		method: 'PUT',
		path: RECORD,
		source: 'SEED',
		note: 'all fields must be provided',
	},
	'record.delete': { method: 'DELETE', path: RECORD, source: 'SEED' },
} satisfies Record<string, Endpoint>;

export type AhdsEndpointKey = keyof typeof AHDS_ENDPOINTS;

/** What the docs leave open, and what the node assumes. */
export const AHDS_ASSUMPTIONS: Record<'host' | 'listEnvelope', { source: Source; note: string }> = {
	host: {
		source: 'INFERRED',
		note: 'only a mock server and http://localhost:8083 are documented; the node uses the HeyDonto host of the credential (https://api.heydonto.com, or api-staging for Sandbox), overridable with Options › Base URL',
	},
	listEnvelope: {
		source: 'INFERRED',
		note: 'the docs only say "Paginated list"; the node reads a bare array, {data, meta: {total}} and {items, total}, and stops on a short page or at the total',
	},
};

/** One row per resource path name the node knows, with where the path name comes from. */
export const AHDS_RESOURCE_PATHS = AHDS_RESOURCES.map((resource) => ({
	resource: resource.displayName,
	slug: resource.slug,
	path: COLLECTION.replace('{resource}', resource.slug),
	idField: resource.idField,
	source: resource.source,
	note: resource.evidence,
}));
