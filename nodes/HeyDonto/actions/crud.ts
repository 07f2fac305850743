import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { byDisplayName, collection, forOperation } from '../../shared/describe';
import type { FieldKinds } from '../../shared/fields';
import { readCollection } from '../../shared/fields';
import { idOf, readIds } from '../../shared/ids';
import type { Resource } from '../../shared/operation';
import {
	assertSomethingToUpdate,
	crudOptions,
	operationPicker,
	resourceOf,
} from '../../shared/operation';
import { create, deleteById, getById, list } from '../../shared/operations';
import type { EndpointKey } from '../endpoints';
import { heyDonto } from '../transport';
import { siteId, sortBy } from './common';

/**
 * A HeyDonto record type with the usual five operations (Get Many, Create, Get, Update, Delete), built
 * from one definition. Brands, organizations, practice management systems, dental services, codes,
 * appointment types, site assistants and periomeasures are all described this way; each is one
 * definition file (`<resource>/<Resource>.resource.ts`) emitting the same Resource as hand-written ones.
 */
export interface CrudDefinition {
	/** Resource value, e.g. 'brand'. */
	value: string;
	displayName: string;
	plural: string;
	/** The ID parameter: a resource locator or a plain ID field. Its name is the path placeholder. */
	idProperty: INodeProperties;
	/** Records live under a site: /site/{siteId}/... */
	inSite?: boolean;
	endpoints: Record<'getAll' | 'create' | 'get' | 'update' | 'delete', EndpointKey>;
	/** Create's top-level fields (those marked `required` must be set); their names are the API's body keys. */
	primary: INodeProperties[];
	/** Optional body fields: Additional Fields on create, Update Fields (with the required ones) on update. */
	optional: INodeProperties[];
	kinds?: FieldKinds;
	filters?: INodeProperties[];
	/** Kinds of the filter fields, when they differ from the body fields' kinds. */
	filterKinds?: FieldKinds;
	sortFields?: Array<{ name: string; value: string }>;
	/** Body keys the API expects besides the user's fields (e.g. the site ID). */
	fixedBody?: (siteId?: number) => IDataObject;
}

export function crudResource(def: CrudDefinition): Resource {
	const site = def.inSite ? [siteId] : [];
	const ids = [...site, idOf(def.idProperty, def.displayName)];
	const kinds = def.kinds ?? {};
	const optional = byDisplayName(def.optional);
	const updatable = byDisplayName([
		...def.primary.map((field) => ({ ...field, required: false })),
		...def.optional,
	]);
	const writable = new Set(updatable.map((field) => field.name));
	const picker = operationPicker(
		def.value,
		crudOptions(def.displayName.toLowerCase(), def.plural, [
			'create',
			'delete',
			'get',
			'getAll',
			'update',
		]),
		'getAll',
	);

	return resourceOf(picker, {
		getAll: list(heyDonto, {
			resource: def.value,
			endpoint: def.endpoints.getAll,
			ids: site,
			filters: def.filters,
			kinds: def.filterKinds ?? kinds,
			more: def.sortFields ? sortBy(def.sortFields) : undefined,
		}),

		create: create(heyDonto, {
			resource: def.value,
			endpoint: def.endpoints.create,
			ids: site,
			primary: def.primary,
			optional,
			kinds,
			fixedBody: def.fixedBody && ((params) => def.fixedBody?.(params.siteId) ?? {}),
		}),

		get: getById(heyDonto, { resource: def.value, endpoint: def.endpoints.get, ids }),

		/** HeyDonto replaces a record on PUT: the node reads it and sends it back whole, with the changes. */
		update: {
			description: forOperation(def.value, 'update', [
				...ids.map((id) => id.property),
				collection('updateFields', updatable),
			]),
			async execute(this: IExecuteFunctions, i: number) {
				const { params, subject } = readIds(this, i, ...ids);
				const updates = readCollection(this, i, 'updateFields', updatable, kinds);
				assertSomethingToUpdate(this, i, updates);
				const call = { params, itemIndex: i, subject };
				const current = await heyDonto.record.call(this, { ...call, endpoint: def.endpoints.get });
				return await heyDonto.record.call(this, {
					...call,
					endpoint: def.endpoints.update,
					body: { ...def.fixedBody?.(params.siteId), ...pick(current, writable), ...updates },
				});
			},
		},

		delete: deleteById(heyDonto, { resource: def.value, endpoint: def.endpoints.delete, ids }),
	});
}

/** The writable fields of a record as the API returned it, for a full-body PUT. */
export function pick(record: IDataObject, keys: Set<string>): IDataObject {
	const result: IDataObject = {};
	for (const key of keys)
		if (record[key] !== undefined && record[key] !== null) result[key] = record[key];
	return result;
}
