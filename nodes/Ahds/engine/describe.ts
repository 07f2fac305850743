import type { INodeProperties } from 'n8n-workflow';

import {
	SORT_DIRECTIONS,
	concurrencyOption,
	forVersions,
	sortRules,
	timeoutOption,
} from '../../shared/describe';
import {
	HEYDONTO_CONCURRENCY,
	HEYDONTO_CONCURRENCY_NOTE,
	HEYDONTO_MAX_PAGE_SIZE,
	HEYDONTO_TIMEOUT_MS,
	siteLocator,
} from '../../shared/heydontoPlatform';
import { idLocator } from '../../shared/locators';
import { crudOptions, operationPicker as picker, withArticle } from '../../shared/operation';
import { UUID_EXAMPLE } from '../../shared/validate';
import type { AhdsField, AhdsResource } from '../resources';
import { V1_1 } from './version';
import {
	byDisplayName,
	fieldProperties,
	filterFields,
	labelOf,
	sortValues,
	titleCase,
} from './fields';

/**
 * Turns resource descriptors into the node's parameters. Parameters every resource shares (Site,
 * body mode, JSON body, Return All, Limit) exist once; the rest is built per descriptor.
 */

export const OTHER = 'other';
export const WRITE_OPERATIONS = ['create', 'update', 'replace'];
/** The operations that only read: their items run concurrently (Options › Concurrency). */
export const READ_OPERATIONS = ['get', 'getAll'];

/** The six operations of every AHDS resource. */
export function operationPicker(resources: string[], one: string, plural: string): INodeProperties {
	return picker(
		resources,
		crudOptions(one, plural, ['create', 'delete', 'get', 'getAll', 'replace', 'update'], {
			getAll: `Get many ${plural}, page by page`,
			update: `Update ${withArticle(one)}: only the fields given change`,
		}),
		'getAll',
	);
}

const show = (resource: string, operation: string[], extra: Record<string, string[]> = {}) => ({
	show: { resource: [resource], operation, ...extra },
});

/** The record's UUID: picked or given to read or change a record; on Create, empty means "generate one". */
export function idProperty(resource: AhdsResource, create: boolean): INodeProperties {
	const what = resource.displayName.toLowerCase();
	if (create) {
		return {
			displayName: `${resource.displayName} ID`,
			name: resource.idField,
			type: 'string',
			default: '',
			placeholder: `e.g. ${UUID_EXAMPLE}`,
			description: `The UUID of the new ${what}. Leave it empty and the node generates one.`,
			displayOptions: show(resource.value, ['create']),
		};
	}
	return {
		...idLocator(resource.idField, resource.displayName, 'searchRecords', {
			id: 'uuid',
			description: `The ${what}: picked from the site's ${resource.plural}, or its UUID`,
		}),
		displayOptions: show(resource.value, ['get', 'update', 'replace', 'delete']),
	};
}

const fieldsMode = { bodyMode: ['fields'] };

export const MORE_FIELDS: INodeProperties = {
	displayName: 'More Fields (JSON)',
	name: 'moreFields',
	type: 'json',
	default: '',
	description:
		'Fields this node does not list (the docs show only some), as a JSON object. They are added to the body as they are.',
};

/** Optional body fields of Create and Replace, or every field of Update. */
function fieldCollection(
	resource: AhdsResource,
	name: 'additionalFields' | 'updateFields',
	fields: AhdsField[],
	operations: string[],
): INodeProperties {
	const options = fields.flatMap((field) => fieldProperties(field));
	if (!resource.complete) options.push(MORE_FIELDS);
	return {
		displayName: name === 'updateFields' ? 'Update Fields' : 'Additional Fields',
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: byDisplayName(options),
		displayOptions: show(resource.value, operations, fieldsMode),
	};
}

function filtersProperty(resource: AhdsResource): INodeProperties[] {
	const filters = filterFields(resource.fields).map((field) => ({
		...fieldProperties(field)[0],
		description:
			field.type === 'boolean'
				? `Whether to return ${resource.plural} with ${labelOf(field)} on (true) or off (false)`
				: `Only ${resource.plural} whose ${labelOf(field)} is exactly this value`,
	}));
	if (filters.length === 0) return [];
	return [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: byDisplayName(filters),
			displayOptions: show(resource.value, ['getAll']),
		},
	];
}

export const BASE_URL_OPTION: INodeProperties = {
	displayName: 'Base URL',
	name: 'baseUrl',
	type: 'string',
	default: '',
	placeholder: 'e.g. https://api.heydonto.com',
	description:
		"Where the node sends AHDS requests. Empty: the HeyDonto host of the credential's environment. No production AHDS host is documented, so set this if your AHDS API lives elsewhere.",
};

export const TIMEOUT_OPTION = timeoutOption('AHDS', HEYDONTO_TIMEOUT_MS);

export const PAGE_SIZE_OPTION: INodeProperties = {
	displayName: 'Page Size',
	name: 'pageSize',
	type: 'number',
	default: HEYDONTO_MAX_PAGE_SIZE,
	typeOptions: { minValue: 1, maxValue: HEYDONTO_MAX_PAGE_SIZE, numberPrecision: 0 },
	description:
		'Records per request (1 to 100). Return All and Limit page through the list with it.',
};

export const CONCURRENCY_OPTION = concurrencyOption(
	HEYDONTO_CONCURRENCY,
	READ_OPERATIONS,
	HEYDONTO_CONCURRENCY_NOTE,
);

export const SORT_ORDER_OPTION: INodeProperties = {
	displayName: 'Sort Order',
	name: 'sortOrder',
	type: 'options',
	options: SORT_DIRECTIONS,
	default: 'asc',
	description: 'Direction of the sort',
};

/** The sortable fields of a resource, as "Sort" options. */
const sortOptions = (resource: AhdsResource) =>
	sortValues(resource.fields)
		.map((value) => ({ name: titleCase(value), value }))
		.sort((a, b) => a.name.localeCompare(b.name));

/** Get Many's Options (version 1 sorts here too) and, from version 1.1, its "Sort" rule. */
function getAllOptions(resource: AhdsResource): INodeProperties[] {
	const sortBy: INodeProperties = {
		displayName: 'Sort By',
		name: 'sortBy',
		type: 'options',
		options: sortOptions(resource),
		default: 'createdAt',
		description: 'Field to sort by',
	};
	const options = (list: INodeProperties[]): INodeProperties => ({
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: byDisplayName(list),
		displayOptions: show(resource.value, ['getAll']),
	});
	return [
		...forVersions(
			[
				options([
					BASE_URL_OPTION,
					CONCURRENCY_OPTION,
					PAGE_SIZE_OPTION,
					sortBy,
					SORT_ORDER_OPTION,
					TIMEOUT_OPTION,
				]),
			],
			V1_1,
			true,
		),
		...forVersions(
			[
				{
					...sortRules(sortOptions(resource), { multiple: false }),
					displayOptions: show(resource.value, ['getAll']),
				},
				options([BASE_URL_OPTION, CONCURRENCY_OPTION, PAGE_SIZE_OPTION, TIMEOUT_OPTION]),
			],
			V1_1,
		),
	];
}

/** Everything specific to one resource, grouped by where it appears in the node's parameter list. */
export function describeResource(resource: AhdsResource) {
	const required = resource.fields.filter((field) => field.required);
	const optional = resource.fields.filter((field) => !field.required);
	return {
		operation: operationPicker(
			[resource.value],
			resource.displayName.toLowerCase(),
			resource.plural,
		),
		ids: [idProperty(resource, true), idProperty(resource, false)],
		required: required.flatMap((field) =>
			fieldProperties(field).map((property) => ({
				...property,
				required: property.type !== 'fixedCollection' && property.type !== 'boolean',
				displayOptions: show(resource.value, ['create', 'replace'], fieldsMode),
			})),
		),
		collections: [
			fieldCollection(resource, 'additionalFields', optional, ['create', 'replace']),
			fieldCollection(resource, 'updateFields', resource.fields, ['update']),
		],
		filters: filtersProperty(resource),
		options: getAllOptions(resource),
	};
}

/** Parameters all named resources share. */
export function sharedProperties(resources: string[]) {
	return {
		site: siteLocator('The HeyDonto site whose animal health data to use'),
		bodyMode: {
			displayName: 'Send Body As',
			name: 'bodyMode',
			type: 'options',
			options: [
				{
					name: 'Fields Below',
					value: 'fields',
					description: 'Typed fields; the node converts dates, IDs and lists',
				},
				{
					name: 'JSON',
					value: 'json',
					description: 'The whole body as JSON, for any field the API takes',
				},
			],
			default: 'fields',
			displayOptions: { show: { resource: resources, operation: WRITE_OPERATIONS } },
		} satisfies INodeProperties,
		jsonBody: {
			displayName: 'Body (JSON)',
			name: 'jsonBody',
			type: 'json',
			default: '{}',
			required: true,
			description:
				'The request body as a JSON object. On Create, the record UUID is added when the body has none.',
			displayOptions: {
				show: { resource: resources, operation: WRITE_OPERATIONS, bodyMode: ['json'] },
			},
		} satisfies INodeProperties,
		otherOptions: {
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [BASE_URL_OPTION, CONCURRENCY_OPTION, TIMEOUT_OPTION],
			displayOptions: {
				show: {
					resource: [...resources, OTHER],
					operation: ['create', 'get', 'update', 'replace', 'delete'],
				},
			},
		} satisfies INodeProperties,
	};
}
