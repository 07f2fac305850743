import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { heyDonto } from '../transport';

/** Every dental service, for the multi-select of a site's services. */
export async function getDentalServices(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const services = await heyDonto.list.call(
		this,
		{ endpoint: 'dentalService.getAll' },
		{ returnAll: true, limit: 0 },
	);
	return services
		.map((service) => ({
			name: String(service.title ?? `Service ${String(service.id)}`),
			value: Number(service.id),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
