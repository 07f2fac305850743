import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { parseListEnvelope } from '../../shared/paginate';
import type { EndpointKey } from '../endpoints';
import { heyDontoRequest } from '../transport';

const PAGE_SIZE = 50;

/** One page of a searchable list; the pagination token is the next page number. */
async function search(
	ctx: ILoadOptionsFunctions,
	endpoint: EndpointKey,
	filterKey: string,
	labelKey: string,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 0;
	const body = await heyDontoRequest.call(ctx, {
		endpoint,
		qs: { [filterKey]: filter, page, pageSize: PAGE_SIZE },
	});
	const { items, total } = parseListEnvelope(body);
	const more =
		items.length === PAGE_SIZE && (total === undefined || (page + 1) * PAGE_SIZE < total);
	return {
		results: items.map((record: IDataObject) => ({
			name: `${String(record[labelKey] ?? 'Untitled')} (ID ${String(record.id)})`,
			value: String(record.id),
		})),
		paginationToken: more ? String(page + 1) : undefined,
	};
}

export async function searchSites(this: ILoadOptionsFunctions, filter?: string, token?: string) {
	return await search(this, 'site.getAll', 'name', 'name', filter, token);
}

export async function searchBrands(this: ILoadOptionsFunctions, filter?: string, token?: string) {
	return await search(this, 'brand.getAll', 'title', 'title', filter, token);
}

export async function searchOrganizations(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
) {
	return await search(this, 'organization.getAll', 'title', 'title', filter, token);
}

export async function searchPracticeManagementSystems(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
) {
	return await search(this, 'practiceManagementSystem.getAll', 'title', 'title', filter, token);
}

export async function searchDentalServices(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
) {
	return await search(this, 'dentalService.getAll', 'title', 'title', filter, token);
}
