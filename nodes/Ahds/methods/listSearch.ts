import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { HEYDONTO_MAX_PAGE_SIZE } from '../../shared/heydontoPlatform';
import { parseListEnvelope } from '../../shared/paginate';
import { isBlank } from '../../shared/validate';
import { AHDS_RESOURCES } from '../resources';
import { ahds } from '../transport';

/** The Site picker of the HeyDonto platform. */
export { searchSites } from '../../shared/heydontoPlatform';

/** Pages one search reads at most before it hands the editor a token to read on. */
const PAGES_PER_SEARCH = 5;
const WANTED = 50;

const text = (value: unknown) =>
	typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** How people name an AHDS record: its name, a person's or business's name, a code, a title... */
export function recordName(record: IDataObject): string {
	const person = [text(record.firstName), text(record.lastName)].filter(Boolean).join(' ');
	const coded = (record.species ?? record.appointmentType ?? record.product) as
		| IDataObject
		| undefined;
	return (
		text(record.name) ??
		(person || undefined) ??
		text(record.businessName) ??
		text(record.title) ??
		text(record.description) ??
		text(record.code) ??
		text(coded?.display) ??
		'Unnamed'
	);
}

/** A node parameter as the editor holds it: a picker's value, or the value itself. */
function currentValue(ctx: ILoadOptionsFunctions, name: string): unknown {
	const raw = ctx.getCurrentNodeParameter(name) as IDataObject | string | undefined;
	return raw !== null && typeof raw === 'object' ? raw.value : raw;
}

/**
 * The records of the node's resource in the chosen site, for a record ID "From List": "Name (ID 3f2a9c1e…)".
 * AHDS filters on exact values only, so the search text is matched here, page by page (100 records a
 * page, at most five pages a search); the pagination token is the next page.
 */
export async function searchRecords(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const resource = AHDS_RESOURCES.find((r) => r.value === this.getCurrentNodeParameter('resource'));
	const siteId = currentValue(this, 'siteId');
	if (!resource) return { results: [] };
	if (isBlank(siteId) || !/^\d+$/.test(String(siteId).trim())) {
		throw new NodeOperationError(this.getNode(), 'Pick a Site first', {
			description: `The ${resource.plural} listed here are those of the Site above.`,
		});
	}
	const baseUrl = text(currentValue(this, 'options.baseUrl'));
	const wanted = (filter ?? '').trim().toLowerCase();
	const results: Array<{ name: string; value: string }> = [];
	let page = paginationToken ? Number(paginationToken) : 0;
	let more = true;
	for (let read = 0; read < PAGES_PER_SEARCH && more && results.length < WANTED; read++, page++) {
		const body = await ahds.request.call(this, {
			endpoint: 'record.getAll',
			params: { siteId: Number(siteId), resource: resource.slug },
			qs: { page, pageSize: HEYDONTO_MAX_PAGE_SIZE },
			...(baseUrl ? { baseUrl: baseUrl.replace(/\/+$/, '') } : {}),
		});
		const { items, total } = parseListEnvelope(body);
		for (const record of items) {
			const id = text(record[resource.idField]);
			if (id === undefined) continue;
			const name = `${recordName(record)} (ID ${id.slice(0, 8)}…)`;
			if (wanted === '' || name.toLowerCase().includes(wanted)) results.push({ name, value: id });
		}
		more =
			items.length === HEYDONTO_MAX_PAGE_SIZE &&
			(total === undefined || (page + 1) * HEYDONTO_MAX_PAGE_SIZE < total);
	}
	return { results, paginationToken: more ? String(page) : undefined };
}
