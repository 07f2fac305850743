import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { searchList } from '../../shared/heydontoPlatform';
import { heyDonto } from '../transport';

/** The platform's Site picker, which the AHDS node uses too. */
export { searchSites } from '../../shared/heydontoPlatform';

export async function searchBrands(this: ILoadOptionsFunctions, filter?: string, token?: string) {
	return await searchList(this, heyDonto, 'brand.getAll', 'title', 'title', filter, token);
}

export async function searchOrganizations(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
) {
	return await searchList(this, heyDonto, 'organization.getAll', 'title', 'title', filter, token);
}

export async function searchPracticeManagementSystems(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
) {
	return await searchList(
		this,
		heyDonto,
		'practiceManagementSystem.getAll',
		'title',
		'title',
		filter,
		token,
	);
}

export async function searchDentalServices(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
) {
	return await searchList(this, heyDonto, 'dentalService.getAll', 'title', 'title', filter, token);
}
