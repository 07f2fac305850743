import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { nodeVersion, readSortRules } from '../../shared/describe';
import { isBlank, toUuid } from '../../shared/validate';
import { toOneOf } from '../../shared/choices';
import type { AhdsResource } from '../resources';
import { V1_1 } from './version';
import { filterFields, sortValues } from './fields';
import type { ResourceKind } from './operations';
import { readCollection, readRequired } from './values';

/** Sort By and Sort Order of Get Many; Sort By must be one of the resource's sortable fields. */
export function sortQuery(
	ctx: IExecuteFunctions,
	i: number,
	options: IDataObject,
	allowed?: readonly string[],
): IDataObject {
	const qs: IDataObject = {};
	if (!isBlank(options.sortBy)) {
		qs.sortBy = allowed
			? toOneOf(ctx, i, 'Sort By', options.sortBy, allowed)
			: String(options.sortBy).trim();
	}
	if (!isBlank(options.sortOrder))
		qs.sortOrder = toOneOf(ctx, i, 'Sort Order', options.sortOrder, ['asc', 'desc']);
	return qs;
}

/**
 * The sort of an item: Options › Sort By and Sort Order on a version 1 node, the "Sort" rule from 1.1,
 * as `{ sortBy, sortOrder }`.
 */
export function sortOf(ctx: IExecuteFunctions, i: number, options: IDataObject): IDataObject {
	if (nodeVersion(ctx) < V1_1) return options;
	const [rule] = readSortRules(ctx, i);
	return rule ? { sortBy: rule.field, sortOrder: rule.dir } : {};
}

/** A resource the node names: parameters typed from its descriptor. */
export function namedKind(resource: AhdsResource): ResourceKind {
	const label = `${resource.displayName} ID`;
	const required = resource.fields.filter((field) => field.required);
	const optional = resource.fields.filter((field) => !field.required);
	const filters = filterFields(resource.fields);
	const sortable = sortValues(resource.fields);
	return {
		slug: () => resource.slug,
		label: resource.displayName,
		idParameter: label,
		idField: () => resource.idField,
		outputKey: () => resource.idField,
		recordId: (ctx, i) =>
			toUuid(
				ctx,
				i,
				resource.displayName,
				ctx.getNodeParameter(resource.idField, i, '', { extractValue: true }),
			),
		createId(ctx, i) {
			const value = ctx.getNodeParameter(resource.idField, i, '');
			return isBlank(value) ? undefined : toUuid(ctx, i, label, value);
		},
		fields(ctx, i, operation, recordId) {
			if (ctx.getNodeParameter('bodyMode', i, 'fields') === 'json') return undefined;
			const reader = { ctx, itemIndex: i, recordId };
			if (operation === 'update') {
				const values = ctx.getNodeParameter('updateFields', i, {}) as IDataObject;
				return readCollection(reader, values, resource.fields);
			}
			const additional = ctx.getNodeParameter('additionalFields', i, {}) as IDataObject;
			return { ...readRequired(reader, required), ...readCollection(reader, additional, optional) };
		},
		query(ctx, i, options) {
			const values = ctx.getNodeParameter('filters', i, {}) as IDataObject;
			return {
				...readCollection({ ctx, itemIndex: i }, values, filters),
				...sortQuery(ctx, i, sortOf(ctx, i, options), sortable),
			};
		},
	};
}
