import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { RequestContext } from '../../shared/http';
import type { Call } from '../../shared/transport';
import type { EndpointKey } from '../endpoints';
import { heyDonto } from '../transport';

/**
 * FHIR searches answer Bundles (INFERRED: standard FHIR R4; HeyDonto documents the `_count` and
 * `_page_token` paging parameters): `{resourceType: 'Bundle', type: 'searchset', total, link: [{relation,
 * url}], entry: [{resource, search: {mode}}]}`.
 */

/** The resources of a Bundle, in its order; OperationOutcome entries (search mode "outcome") are left out. */
export function resourcesOf(bundle: IDataObject): IDataObject[] {
	const entries = Array.isArray(bundle.entry) ? (bundle.entry as IDataObject[]) : [];
	return entries
		.filter((entry) => (entry.search as IDataObject | undefined)?.mode !== 'outcome')
		.map((entry) => entry.resource as IDataObject)
		.filter((resource) => resource !== null && typeof resource === 'object');
}

/** The URL of a Bundle's next page, if it has one. */
export function nextLink(bundle: IDataObject): string | undefined {
	const links = Array.isArray(bundle.link) ? (bundle.link as IDataObject[]) : [];
	const next = links.find((link) => link.relation === 'next')?.url;
	return typeof next === 'string' && next !== '' ? next : undefined;
}

function pageToken(link: string): string | undefined {
	try {
		return new URL(link, 'http://relative.invalid').searchParams.get('_page_token') ?? undefined;
	} catch {
		return undefined;
	}
}

function asBundle(ctx: RequestContext, body: unknown, itemIndex?: number): IDataObject {
	if (Array.isArray(body)) {
		// A bare array of resources: one page, no paging.
		return { resourceType: 'Bundle', entry: body.map((resource) => ({ resource })) };
	}
	const bundle = body as IDataObject | null;
	if (bundle !== null && typeof bundle === 'object' && bundle.resourceType === 'Bundle')
		return bundle;
	throw new NodeOperationError(ctx.getNode(), 'HeyDonto answered a FHIR search without a Bundle', {
		itemIndex,
		description: `Expected {"resourceType": "Bundle", ...}, got ${JSON.stringify(body)?.slice(0, 200)}.`,
	});
}

/**
 * The pages of a FHIR search, each a Bundle: the search, then every `next` link. A next link is followed
 * by its `_page_token` (HeyDonto's paging parameter, DOCS), sent with the search's own parameters, so
 * it works whatever host the link names; a next link without a `_page_token` is followed as given.
 * A next link that comes back a second time fails (a server repeating a page would loop forever).
 */
export async function* searchPages(
	ctx: RequestContext,
	call: Call<EndpointKey>,
): AsyncGenerator<IDataObject> {
	const followed = new Set<string>();
	let request: Call<EndpointKey> = call;
	for (;;) {
		const bundle = asBundle(ctx, await heyDonto.request.call(ctx, request), call.itemIndex);
		yield bundle;
		const next = nextLink(bundle);
		if (next === undefined) return;
		if (followed.has(next))
			throw new NodeOperationError(ctx.getNode(), 'HeyDonto gave the same next page twice', {
				itemIndex: call.itemIndex,
				description: `The search stopped at ${next} to avoid reading the same page forever.`,
			});
		followed.add(next);
		const token = pageToken(next);
		request =
			token === undefined
				? { ...call, link: next }
				: { ...call, qs: { ...call.qs, _page_token: token } };
	}
}
