import type { IDataObject } from 'n8n-workflow';

import { HEYDONTO_API, nestMessage } from '../../shared/heydontoPlatform';
import { createTransport } from '../../shared/transport';
import type { EndpointKey } from '../endpoints';
import { HEYDONTO_ENDPOINTS } from '../endpoints';

/**
 * The message of a HeyDonto error body: a FHIR OperationOutcome's diagnostics (INFERRED: standard FHIR
 * R4 errors of the /fhir paths), else the NestJS message of the core API (and of the /fhir paths' own
 * checks: the token, the site).
 */
export function fhirOrNestMessage(body: unknown): string | undefined {
	const outcome = body as IDataObject | null;
	if (outcome?.resourceType === 'OperationOutcome' && Array.isArray(outcome.issue)) {
		const texts = (outcome.issue as IDataObject[])
			.map(
				(issue) =>
					issue.diagnostics ?? (issue.details as IDataObject | undefined)?.text ?? issue.code,
			)
			.filter((text): text is string => typeof text === 'string' && text !== '');
		if (texts.length > 0) return texts.join('; ');
	}
	return nestMessage(body);
}

/**
 * HeyDonto's `request`, `record` and `list`: the platform's host, credential, errors and hints (shared
 * with AHDS) over this node's endpoint table. Its one quirk is the two list shapes: endpoints marked
 * `paged` are read 100 records a page; the others answer a bare array, cut to the limit. FHIR searches
 * answer Bundles, read by fhir/bundle.ts.
 */
export const heyDonto = createTransport<EndpointKey>({
	...HEYDONTO_API,
	message: fhirOrNestMessage,
	hints: {
		...HEYDONTO_API.hints,
		byStatus: (outgoing) => ({
			...HEYDONTO_API.hints.byStatus(outgoing),
			// Standard FHIR servers answer 410 Gone for a deleted resource (the sandbox answers 404 "deleted").
			410: 'The FHIR resource was deleted.',
		}),
	},
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
