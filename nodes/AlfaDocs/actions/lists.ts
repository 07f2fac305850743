import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, returnAllAndLimit } from '../../shared/describe';
import type { FieldKinds } from '../../shared/fields';
import { toApiFields } from '../../shared/fields';
import type { AlfaDocsEndpointKey } from '../endpoints';
import type { Session } from '../transport';
import type { Resource } from './common';
import { collection, getRecords, limited, operationPicker } from './common';

export interface ListDefinition {
	/** Resource value, e.g. 'chair'. */
	value: string;
	/** Plural for the action text, e.g. 'chairs'. */
	plural: string;
	endpoint: AlfaDocsEndpointKey;
	/** Filters the API takes as query parameters (named as the API names them). */
	queryFilters?: INodeProperties[];
	queryKinds?: FieldKinds;
	/** Filters applied to the answer, for lists the API cannot filter. */
	localFilters?: Array<
		INodeProperties & { keep: (record: IDataObject, value: unknown) => boolean }
	>;
}

/**
 * The archive's reference lists (accounts, chairs, colors, operators, payment types, specialties,
 * booking reasons): one Get Many each. AlfaDocs answers them in one piece, so Limit cuts the answer.
 */
export function listResource(def: ListDefinition): Resource {
	const local = def.localFilters ?? [];
	const filters: INodeProperties[] = [
		...(def.queryFilters ?? []),
		...local.map((filter) => {
			const property: INodeProperties & { keep?: unknown } = { ...filter };
			delete property.keep;
			return property;
		}),
	];
	const properties: INodeProperties[] = [...returnAllAndLimit()];
	if (filters.length > 0) {
		properties.push(
			collection(
				'filters',
				filters.sort((a, b) => a.displayName.localeCompare(b.displayName)),
			),
		);
	}
	async function getAll(this: IExecuteFunctions, i: number, session: Session) {
		const values = this.getNodeParameter('filters', i, {}) as IDataObject;
		const queryNames = new Set((def.queryFilters ?? []).map((filter) => filter.name));
		const query = Object.fromEntries(
			Object.entries(values).filter(([name]) => queryNames.has(name)),
		);
		let list = await getRecords(this, i, session, {
			endpoint: def.endpoint,
			qs: toApiFields(this, i, query, def.queryFilters ?? [], def.queryKinds),
		});
		for (const filter of local) {
			const value = values[filter.name];
			if (value !== undefined && value !== '')
				list = list.filter((record) => filter.keep(record, value));
		}
		return limited(this, i, list);
	}
	return {
		description: [
			operationPicker(def.value, [
				{ name: 'Get Many', value: 'getAll', action: `Get many ${def.plural}` },
			]),
			...forOperation(def.value, 'getAll', properties),
		],
		operations: { getAll },
	};
}
