import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation, returnAllAndLimit, sortRules } from '../../shared/describe';
import type { ItemHandler } from '../../shared/execute';
import type { FieldKinds } from '../../shared/fields';
import { readParameters, toApiFields } from '../../shared/fields';
import { idParameter } from '../../shared/validate';
import type { EndpointKey } from '../endpoints';
import type { Subject } from '../transport';
import { heyDontoList, heyDontoRequest, sortQuery } from '../transport';
import { siteLocator } from './common';

/**
 * A HeyDonto record type with the usual five operations (Get Many, Create, Get, Update, Delete).
 * Brands, organizations, practice management systems, dental services, codes, appointment types,
 * site assistants and periomeasures are all described this way; each is one definition file.
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

export interface BuiltResource {
	description: INodeProperties[];
	operations: Record<string, ItemHandler>;
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

export function crudResource(def: CrudDefinition): BuiltResource {
	const one = article(def.displayName.toLowerCase());
	const idName = def.idProperty.name;
	const site = def.inSite ? [siteLocator] : [];
	const kinds = def.kinds ?? {};
	const updatable = [
		...def.primary.map((field) => ({ ...field, required: false })),
		...def.optional,
	];
	const writable = new Set(updatable.map((field) => field.name));

	const operationPicker: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [def.value] } },
		options: [
			{ name: 'Create', value: 'create', action: `Create ${one}`, description: `Create ${one}` },
			{ name: 'Delete', value: 'delete', action: `Delete ${one}`, description: `Delete ${one}` },
			{ name: 'Get', value: 'get', action: `Get ${one}`, description: `Get ${one} by ID` },
			{
				name: 'Get Many',
				value: 'getAll',
				action: `Get many ${def.plural}`,
				description: `Get many ${def.plural}`,
			},
			{
				name: 'Update',
				value: 'update',
				action: `Update ${one}`,
				description: `Update ${one}: only the fields you add change`,
			},
		],
		default: 'getAll',
	};

	const getAllProperties: INodeProperties[] = [...site, ...returnAllAndLimit()];
	if (def.filters?.length) {
		getAllProperties.push({
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: def.filters,
		});
	}
	if (def.sortFields) getAllProperties.push(sortRules(def.sortFields));

	const description: INodeProperties[] = [
		operationPicker,
		...forOperation(def.value, 'getAll', getAllProperties),
		...forOperation(def.value, 'create', [
			...site,
			...def.primary,
			{
				displayName: 'Additional Fields',
				name: 'additionalFields',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: def.optional,
			},
		]),
		...forOperation(def.value, 'get', [...site, def.idProperty]),
		...forOperation(def.value, 'update', [
			...site,
			def.idProperty,
			{
				displayName: 'Update Fields',
				name: 'updateFields',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: updatable,
			},
		]),
		...forOperation(def.value, 'delete', [...site, def.idProperty]),
	];

	function ids(ctx: IExecuteFunctions, itemIndex: number, withRecord: boolean) {
		const params: Record<string, number> = {};
		let subject: Subject | undefined;
		if (def.inSite) {
			params.siteId = idParameter(ctx, itemIndex, 'siteId', 'Site');
			subject = { label: 'Site', id: params.siteId };
		}
		if (withRecord) {
			params[idName] = idParameter(ctx, itemIndex, idName, def.idProperty.displayName);
			subject = { label: def.displayName, id: params[idName], parent: subject };
		}
		return { params, subject, siteId: params.siteId as number | undefined };
	}

	const operations: Record<string, ItemHandler> = {
		async getAll(this: IExecuteFunctions, i: number) {
			const { params, subject } = ids(this, i, false);
			const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
			const sort = this.getNodeParameter('sort.rules', i, []) as Array<{
				field: string;
				dir: string;
			}>;
			return await heyDontoList.call(
				this,
				{
					endpoint: def.endpoints.getAll,
					params,
					qs: {
						...toApiFields(this, i, filters, def.filters ?? [], def.filterKinds ?? kinds),
						...sortQuery(sort),
					},
					itemIndex: i,
					subject,
				},
				{
					returnAll: this.getNodeParameter('returnAll', i) as boolean,
					limit: this.getNodeParameter('limit', i, 50) as number,
				},
			);
		},

		async create(this: IExecuteFunctions, i: number) {
			const { params, subject, siteId } = ids(this, i, false);
			const body = {
				...def.fixedBody?.(siteId),
				...readParameters(this, i, def.primary, kinds),
				...toApiFields(
					this,
					i,
					this.getNodeParameter('additionalFields', i, {}) as IDataObject,
					def.optional,
					kinds,
				),
			};
			return (await heyDontoRequest.call(this, {
				endpoint: def.endpoints.create,
				params,
				body,
				itemIndex: i,
				subject,
			})) as IDataObject;
		},

		async get(this: IExecuteFunctions, i: number) {
			const { params, subject } = ids(this, i, true);
			return (await heyDontoRequest.call(this, {
				endpoint: def.endpoints.get,
				params,
				itemIndex: i,
				subject,
			})) as IDataObject;
		},

		async update(this: IExecuteFunctions, i: number) {
			const { params, subject, siteId } = ids(this, i, true);
			const updates = toApiFields(
				this,
				i,
				this.getNodeParameter('updateFields', i, {}) as IDataObject,
				updatable,
				kinds,
			);
			if (Object.keys(updates).length === 0) {
				throw new NodeOperationError(
					this.getNode(),
					'Nothing to update: "Update Fields" is empty',
					{
						itemIndex: i,
						description: 'Add at least one field under "Update Fields".',
					},
				);
			}
			const call = { params, itemIndex: i, subject };
			const current = (await heyDontoRequest.call(this, {
				...call,
				endpoint: def.endpoints.get,
			})) as IDataObject;
			return (await heyDontoRequest.call(this, {
				...call,
				endpoint: def.endpoints.update,
				body: { ...def.fixedBody?.(siteId), ...pick(current, writable), ...updates },
			})) as IDataObject;
		},

		async delete(this: IExecuteFunctions, i: number) {
			const { params, subject } = ids(this, i, true);
			await heyDontoRequest.call(this, {
				endpoint: def.endpoints.delete,
				params,
				itemIndex: i,
				subject,
			});
			return { id: params[idName], deleted: true };
		},
	};

	return { description, operations };
}

/** The writable fields of a record as the API returned it, for a full-body PUT. */
export function pick(record: IDataObject, keys: Set<string>): IDataObject {
	const result: IDataObject = {};
	for (const key of keys)
		if (record[key] !== undefined && record[key] !== null) result[key] = record[key];
	return result;
}
