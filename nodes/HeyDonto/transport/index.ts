import type { IDataObject } from 'n8n-workflow';

import { HEYDONTO_API } from '../../shared/heydontoPlatform';
import { createTransport } from '../../shared/transport';
import type { EndpointKey } from '../endpoints';
import { HEYDONTO_ENDPOINTS } from '../endpoints';

/**
 * HeyDonto's `request`, `record` and `list`: the platform's host, credential, errors and hints (shared
 * with AHDS) over this node's endpoint table. Its one quirk is the two list shapes: endpoints marked
 * `paged` are read 100 records a page; the others answer a bare array, cut to the limit.
 */
export const heyDonto = createTransport<EndpointKey>({
	...HEYDONTO_API,
	endpoints: HEYDONTO_ENDPOINTS,
});

/** HeyDonto's multi-sort query: `sortBy[0][field]=name&sortBy[0][dir]=asc&sortBy[1][field]=...`. */
export function sortQuery(rules: Array<{ field: string; dir: string }> = []): IDataObject {
	const qs: IDataObject = {};
	rules.forEach((rule, index) => {
		qs[`sortBy[${index}][field]`] = rule.field;
		qs[`sortBy[${index}][dir]`] = rule.dir;
	});
	return qs;
}
