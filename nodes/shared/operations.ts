import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collection, forOperation, readReturnAllAndLimit, returnAllAndLimit } from './describe';
import type { FieldKinds } from './fields';
import { readCreateBody, toApiFields, unwrapLocators } from './fields';
import type { IdParameter } from './ids';
import { readIds } from './ids';
import type { Operation } from './operation';
import { deleted } from './operation';
import type { Transport } from './transport';

/** The operations most resources have, written once over any vendor's transport. */

export interface GetByIdSpec<K extends string> {
	resource: string;
	/** Default 'get' ('delete' for deleteById); several when operations share the parameters. */
	operation?: string | string[];
	endpoint: K;
	/** The record's ID, after the IDs of the records it lives under. */
	ids: IdParameter[];
}

/** The parameters of an operation on one record: its ID after its parents', for one or more operations. */
const onRecord = <K extends string>(spec: GetByIdSpec<K>, operation: string) =>
	forOperation(
		spec.resource,
		spec.operation ?? operation,
		spec.ids.map((id) => id.property),
	);

/** Get one record by its ID (and its parents' IDs): the answer read by the vendor's `record`. */
export function getById<K extends string, S>(
	transport: Transport<K, S>,
	spec: GetByIdSpec<K>,
): Operation<S> {
	return {
		description: onRecord(spec, 'get'),
		async execute(this: IExecuteFunctions, itemIndex: number, state: S) {
			const ids = readIds(this, itemIndex, ...spec.ids);
			return await transport.record.call(this, {
				...ids,
				endpoint: spec.endpoint,
				itemIndex,
				state,
			});
		},
	};
}

export interface ListSpec<K extends string> {
	resource: string;
	/** Default 'getAll'. */
	operation?: string;
	endpoint: K;
	/** The records the list lives under (a site, a patient), before everything else. */
	ids?: IdParameter[];
	/** Return All + Limit; false for lists the vendor answers whole and small (default true). */
	paging?: boolean;
	/** Optional query parameters in a "Filters" collection; their names are the API's. */
	filters?: INodeProperties[];
	kinds?: FieldKinds;
	/** Shown under the Filters collection. */
	filtersHint?: string;
	/** Parameters after the filters, and the query they add (a vendor's sort syntax). */
	more?: {
		properties: INodeProperties[];
		query(ctx: IExecuteFunctions, itemIndex: number): IDataObject;
	};
	/** Checks that span several filters (a date range); runs before any request. */
	check?(ctx: IExecuteFunctions, itemIndex: number, qs: IDataObject): void;
}

/** Get Many: a list with Return All / Limit and optional filters, paged as the transport knows how. */
export function list<K extends string, S>(
	transport: Transport<K, S>,
	spec: ListSpec<K>,
): Operation<S> {
	const filters = spec.filters ?? [];
	const filtersCollection = collection('filters', filters);
	if (spec.filtersHint) filtersCollection.hint = spec.filtersHint;
	const properties: INodeProperties[] = [
		...(spec.ids ?? []).map((id) => id.property),
		...(spec.paging === false ? [] : returnAllAndLimit()),
		...(filters.length > 0 ? [filtersCollection] : []),
		...(spec.more?.properties ?? []),
	];
	return {
		description: forOperation(spec.resource, spec.operation ?? 'getAll', properties),
		async execute(this: IExecuteFunctions, itemIndex: number, state: S) {
			const { params, subject } = readIds(this, itemIndex, ...(spec.ids ?? []));
			const values =
				filters.length > 0
					? unwrapLocators(this.getNodeParameter('filters', itemIndex, {}) as IDataObject)
					: {};
			const qs = {
				...toApiFields(this, itemIndex, values, filters, spec.kinds),
				...spec.more?.query(this, itemIndex),
			};
			spec.check?.(this, itemIndex, qs);
			return await transport.list.call(
				this,
				{ endpoint: spec.endpoint, params, qs, itemIndex, subject, state },
				spec.paging === false
					? { returnAll: true, limit: 0 }
					: readReturnAllAndLimit(this, itemIndex),
			);
		},
	};
}

export interface DeleteSpec<K extends string> extends GetByIdSpec<K> {
	/** What the output names: default `{ id }`, the deleted record's ID. */
	output?(params: Record<string, number>): IDataObject;
}

/** Delete one record by its ID (and its parents' IDs); outputs its IDs and `deleted: true`. */
export function deleteById<K extends string, S>(
	transport: Transport<K, S>,
	spec: DeleteSpec<K>,
): Operation<S> {
	const last = spec.ids[spec.ids.length - 1].property.name;
	return {
		description: onRecord(spec, 'delete'),
		async execute(this: IExecuteFunctions, itemIndex: number, state: S) {
			const ids = readIds(this, itemIndex, ...spec.ids);
			await transport.request.call(this, { ...ids, endpoint: spec.endpoint, itemIndex, state });
			return deleted(spec.output?.(ids.params) ?? { id: ids.params[last] });
		},
	};
}

export interface CreateSpec<K extends string> {
	resource: string;
	/** Default 'create'. */
	operation?: string;
	endpoint: K;
	/** The records the new one lives under (a site, a patient). */
	ids?: IdParameter[];
	/** Top-level fields (those marked `required` must be set); their names are the API's body keys. */
	primary: INodeProperties[];
	/** The "Additional Fields". */
	optional: INodeProperties[];
	kinds?: FieldKinds;
	/** Body keys the API expects besides the user's fields (the site ID...). */
	fixedBody?(params: Record<string, number>): IDataObject;
}

/** Create a record from top-level fields and Additional Fields; outputs what the API answers. */
export function create<K extends string, S>(
	transport: Transport<K, S>,
	spec: CreateSpec<K>,
): Operation<S> {
	return {
		description: forOperation(spec.resource, spec.operation ?? 'create', [
			...(spec.ids ?? []).map((id) => id.property),
			...spec.primary,
			collection('additionalFields', spec.optional),
		]),
		async execute(this: IExecuteFunctions, itemIndex: number, state: S) {
			const ids = readIds(this, itemIndex, ...(spec.ids ?? []));
			const body = {
				...spec.fixedBody?.(ids.params),
				...readCreateBody(this, itemIndex, spec.primary, spec.optional, spec.kinds),
			};
			return await transport.record.call(this, {
				...ids,
				endpoint: spec.endpoint,
				body,
				itemIndex,
				state,
			});
		},
	};
}
