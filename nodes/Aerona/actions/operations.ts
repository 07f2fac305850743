import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, readReturnAllAndLimit, returnAllAndLimit } from '../../shared/describe';
import type { ItemHandler } from '../../shared/execute';
import type { FieldKinds } from '../../shared/fields';
import { toApiFields } from '../../shared/fields';
import { idField } from '../../shared/locators';
import { idParameter } from '../../shared/validate';
import type { AeronaEndpointKey } from '../endpoints';
import { aeronaList, aeronaRequest, toItem } from '../transport';

/** One operation: its parameters and what it does for one input item. */
export interface Operation {
	description: INodeProperties[];
	execute: ItemHandler;
}

/** A resource locator's value inside a collection arrives as `{ __rl, mode, value }`: keep the value. */
export function unwrapLocators(values: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const [key, value] of Object.entries(values)) {
		const locator = value as IDataObject | null;
		result[key] =
			locator !== null && typeof locator === 'object' && locator.__rl === true
				? (locator.value as IDataObject[string])
				: value;
	}
	return result;
}

/** Get <record> by ID: GET <path>/{<idName>}. */
export function getByIdOperation(
	resource: string,
	endpoint: AeronaEndpointKey,
	idName: string,
	label: string,
): Operation {
	const idLabel = `${label} ID`;
	return {
		description: forOperation(resource, 'get', [idField(idName, idLabel)]),
		async execute(this: IExecuteFunctions, i: number) {
			const id = idParameter(this, i, idName, idLabel);
			return toItem(
				await aeronaRequest.call(this, {
					endpoint,
					params: { [idName]: id },
					itemIndex: i,
					subject: { label, id },
				}),
			);
		},
	};
}

export interface ListDefinition {
	resource: string;
	operation: string;
	endpoint: AeronaEndpointKey;
	/** The optional query parameters, in a "Filters" collection; their names are the API's. */
	filters?: INodeProperties[];
	kinds?: FieldKinds;
	/** Checks that span several filters (e.g. a date range); runs before the request. */
	check?: (ctx: IExecuteFunctions, itemIndex: number, qs: IDataObject) => void;
	/** Shown under the Filters collection. */
	filtersHint?: string;
}

/** Get Many / Search: a list that Aerona answers in full (no paging), with Return All / Limit. */
export function listOperation(def: ListDefinition): Operation {
	const filters = def.filters ?? [];
	const filtersCollection: INodeProperties[] = filters.length
		? [
				{
					displayName: 'Filters',
					name: 'filters',
					type: 'collection',
					placeholder: 'Add Filter',
					default: {},
					options: filters,
					...(def.filtersHint ? { hint: def.filtersHint } : {}),
				},
			]
		: [];
	return {
		description: forOperation(def.resource, def.operation, [
			...returnAllAndLimit(),
			...filtersCollection,
		]),
		async execute(this: IExecuteFunctions, i: number) {
			const values = unwrapLocators(this.getNodeParameter('filters', i, {}) as IDataObject);
			const qs = toApiFields(this, i, values, filters, def.kinds);
			def.check?.(this, i, qs);
			return await aeronaList.call(
				this,
				{ endpoint: def.endpoint, qs, itemIndex: i },
				readReturnAllAndLimit(this, i),
			);
		},
	};
}

/** Builds a resource from its operations: the description for the node and the handlers for the router. */
export function resourceOf(picker: INodeProperties, operations: Record<string, Operation>) {
	return {
		description: [picker, ...Object.values(operations).flatMap((op) => op.description)],
		operations: Object.fromEntries(
			Object.entries(operations).map(([name, op]) => [name, op.execute]),
		) as Record<string, ItemHandler>,
	};
}
