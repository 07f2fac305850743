import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readReturnAllAndLimit } from '../../shared/describe';
import type { FieldKinds } from '../../shared/fields';
import type { Resource } from '../../shared/operation';
import { operationPicker, resourceOf } from '../../shared/operation';
import { list } from '../../shared/operations';
import type { AlfaDocsEndpointKey } from '../endpoints';
import type { Session } from '../transport';
import { alfaDocs } from '../transport';

export interface ListDefinition {
	/** Resource value, e.g. 'chair'. */
	value: string;
	/** Plural for the action text, e.g. 'chairs'. */
	plural: string;
	endpoint: AlfaDocsEndpointKey;
	/** Filters the API takes as query parameters (named as the API names them). */
	queryFilters?: INodeProperties[];
	queryKinds?: FieldKinds;
	/** A filter applied to the answer, for a list the API cannot filter. */
	localFilter?: INodeProperties & { keep: (record: IDataObject, value: unknown) => boolean };
}

/**
 * The archive's reference lists (accounts, chairs, colors, operators, payment types, specialties,
 * booking reasons): one Get Many each, from one definition. AlfaDocs answers them in one piece, so
 * Limit cuts the answer (after a local filter, when there is one).
 */
export function listResource(def: ListDefinition): Resource<Session> {
	const picker = operationPicker(def.value, [
		{ name: 'Get Many', value: 'getAll', action: `Get many ${def.plural}` },
	]);
	const { localFilter } = def;
	if (!localFilter) {
		return resourceOf(picker, {
			getAll: list(alfaDocs, {
				resource: def.value,
				endpoint: def.endpoint,
				filters: [...(def.queryFilters ?? [])].sort((a, b) =>
					a.displayName.localeCompare(b.displayName),
				),
				kinds: def.queryKinds,
			}),
		});
	}
	const { keep, ...filter } = localFilter;
	const { description } = list(alfaDocs, {
		resource: def.value,
		endpoint: def.endpoint,
		filters: [filter],
	});
	return resourceOf(picker, {
		getAll: {
			description,
			async execute(this: IExecuteFunctions, i: number, session: Session) {
				const value = (this.getNodeParameter('filters', i, {}) as IDataObject)[filter.name];
				const all = await alfaDocs.list.call(
					this,
					{ endpoint: def.endpoint, itemIndex: i, state: session },
					{ returnAll: true, limit: 0 },
				);
				const kept =
					value === undefined || value === '' ? all : all.filter((record) => keep(record, value));
				const { returnAll, limit } = readReturnAllAndLimit(this, i);
				return returnAll ? kept : kept.slice(0, limit);
			},
		},
	});
}
