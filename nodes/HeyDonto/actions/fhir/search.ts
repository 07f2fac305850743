import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	collection,
	forOperation,
	readReturnAllAndLimit,
	returnAllAndLimit,
	sortRules,
	timeoutOption,
} from '../../../shared/describe';
import { HEYDONTO_TIMEOUT_MS } from '../../../shared/heydontoPlatform';
import type { Operation } from '../../../shared/operation';
import { invalidParameter, isBlank, requireString, toInteger } from '../../../shared/validate';
import { resourcesOf, searchPages } from '../../fhir/bundle';
import { simplify } from '../../fhir/simplify';
import {
	FHIR_ID_EXAMPLE,
	toFhirDate,
	toFhirId,
	toReference,
	toSearchDate,
} from '../../fhir/values';
import { concurrency } from '../common';
import type { FhirKind } from './target';
import { readTarget, targetProperties } from './target';

/**
 * FHIR search (GET /site/{siteId}/fhir/{type}): typed filters where FHIR defines the parameter, the
 * sort, any other parameter as name/value pairs, Return All over the Bundles' next links, and one item
 * per resource (simplified or raw) or per Bundle.
 */

/** A typed search parameter: a field of the Filters collection and the query it sends. */
export interface SearchFilter {
	property: INodeProperties;
	/** The query pairs of a value that is set (repeated names are ANDed by FHIR). */
	query(ctx: IExecuteFunctions, i: number, value: unknown): Array<[string, string]>;
}

const field = (
	name: string,
	displayName: string,
	description: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties => ({ displayName, name, type: 'string', default: '', description, ...extra });

/** A string or token parameter sent as typed (`name=munoz`, `identifier=system|value`). */
export const textFilter = (
	param: string,
	displayName: string,
	description: string,
	placeholder: string,
): SearchFilter => ({
	property: field(param, displayName, description, { placeholder: `e.g. ${placeholder}` }),
	query: (ctx, i, value) => [[param, requireString(ctx, i, displayName, value)]],
});

/** A reference parameter: an ID of `type` is sent as `Type/id`. */
export const referenceFilter = (
	param: string,
	displayName: string,
	type: string,
	description: string,
): SearchFilter => ({
	property: field(param, displayName, description, {
		placeholder: `e.g. ${FHIR_ID_EXAMPLE} or ${type}/${FHIR_ID_EXAMPLE}`,
	}),
	query: (ctx, i, value) => [[param, toReference(ctx, i, displayName, value, type)]],
});

const dateField = (name: string, displayName: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'dateTime',
	default: '',
	description,
});

/**
 * A date range on a date parameter: "from" sends `ge`, "to" sends `le`. A date alone (2026-03-02)
 * stands for the whole day, as FHIR reads it; a date and time is sent as an instant in UTC.
 */
export function dateRangeFilters(
	param: string,
	from: { name: string; displayName: string },
	to: { name: string; displayName: string },
	what: string,
): SearchFilter[] {
	const bound = (
		end: { name: string; displayName: string },
		prefix: 'ge' | 'le',
		words: string,
	): SearchFilter => ({
		property: dateField(end.name, end.displayName, `Only ${what} ${words} (${param}=${prefix}…)`),
		query: (ctx, i, value) => {
			const date = toSearchDate(ctx, i, end.displayName, value);
			return date === undefined ? [] : [[param, `${prefix}${date}`]];
		},
	});
	return [bound(from, 'ge', 'on or after this date'), bound(to, 'le', 'on or before this date')];
}

/** A date parameter matching one day (birthdate=1985-04-12). */
export const dayFilter = (
	param: string,
	displayName: string,
	description: string,
): SearchFilter => ({
	property: dateField(param, displayName, description),
	query: (ctx, i, value) => {
		const date = toFhirDate(ctx, i, displayName, value);
		return date === undefined ? [] : [[param, date]];
	},
});

/** FHIR codes, as n8n options. */
export type Codes = Array<{ name: string; value: string }>;

/** A token parameter with FHIR's codes: one value, or several (ORed, comma-separated). */
export function codeFilter(
	param: string,
	displayName: string,
	codes: Codes,
	description: string,
	multiple = false,
): SearchFilter {
	const values = codes.map((code) => code.value);
	return {
		property: {
			displayName,
			name: param,
			type: multiple ? 'multiOptions' : 'options',
			options: codes,
			default: multiple ? [] : values[0],
			description,
		},
		query: (ctx, i, value) => {
			const given = (Array.isArray(value) ? value : [value]).map(String);
			const unknown = given.find((code) => !values.includes(code));
			if (unknown !== undefined)
				throw invalidParameter(ctx, i, displayName, `one of ${values.join(', ')}`, unknown);
			return given.length === 0 ? [] : [[param, given.join(',')]];
		},
	};
}

/** A boolean token (active=true). */
export const booleanFilter = (
	param: string,
	displayName: string,
	description: string,
): SearchFilter => ({
	property: { displayName, name: param, type: 'boolean', default: true, description },
	query: (_ctx, _i, value) => [[param, value === true || value === 'true' ? 'true' : 'false']],
});

/** Filters every resource type has. */
export const COMMON_FILTERS: SearchFilter[] = [
	...dateRangeFilters(
		'_lastUpdated',
		{ name: 'lastUpdatedFrom', displayName: 'Last Updated From' },
		{ name: 'lastUpdatedTo', displayName: 'Last Updated To' },
		'resources last changed',
	),
	{
		property: field('_id', 'IDs', 'Only these resources: FHIR IDs separated by commas', {
			placeholder: 'e.g. 0c6e1f5a-..., 7d2b9c40-...',
		}),
		query: (ctx, i, value) => {
			const ids = (Array.isArray(value) ? value : String(value).split(','))
				.map((id) => String(id).trim())
				.filter((id) => id !== '')
				.map((id) => toFhirId(ctx, i, 'IDs', id));
			return ids.length === 0 ? [] : [['_id', ids.join(',')]];
		},
	},
];

/** Parameters the node sends itself: set by the operation's own fields, never as extra pairs. */
const RESERVED = new Set(['_count', '_page_token']);

const extraParameters: INodeProperties = {
	displayName: 'Additional Parameters',
	name: 'additionalParameters',
	type: 'fixedCollection',
	placeholder: 'Add Parameter',
	typeOptions: { multipleValues: true },
	default: {},
	description:
		'Any other FHIR search parameter, sent as name=value (a name given twice is sent twice, which FHIR reads as AND)',
	options: [
		{
			displayName: 'Parameter',
			name: 'parameter',
			values: [
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					placeholder: 'e.g. name:exact',
				},
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
					placeholder: 'e.g. Muñoz',
				},
			],
		},
	],
};

const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_\-.:]*$/;

function readExtraParameters(ctx: IExecuteFunctions, i: number): Array<[string, string]> {
	const pairs = ctx.getNodeParameter('additionalParameters.parameter', i, []) as IDataObject[];
	return pairs.map((pair, n) => {
		const label = `Additional Parameters › Parameter ${n + 1} › Name`;
		const name = String(pair.name ?? '').trim();
		if (!PARAMETER_NAME.test(name))
			throw invalidParameter(
				ctx,
				i,
				label,
				'a FHIR search parameter name such as name:exact',
				pair.name,
			);
		if (RESERVED.has(name))
			throw invalidParameter(
				ctx,
				i,
				label,
				`a parameter other than ${[...RESERVED].join(' and ')} (the node sets them: Options › Page Size, and the paging)`,
				name,
			);
		return [name, String(pair.value ?? '')];
	});
}

export const MAX_PAGE_SIZE = 1000;

/** Search's Options: its own, and the node's Timeout and Concurrency (the node's Options are hidden here). */
const searchOptions = collection('options', [
	{
		displayName: 'Elements',
		name: 'elements',
		type: 'string',
		default: '',
		placeholder: 'e.g. name,birthDate,telecom',
		description:
			'Only these top-level elements of each resource (_elements), plus its type, ID and meta',
	},
	{
		displayName: 'Page Size',
		name: 'pageSize',
		type: 'number',
		default: 100,
		typeOptions: { minValue: 1, maxValue: MAX_PAGE_SIZE, numberPrecision: 0 },
		description:
			'Resources per request (_count). HeyDonto may send fewer; Return All follows the next pages.',
	},
	concurrency,
	timeoutOption('HeyDonto', HEYDONTO_TIMEOUT_MS),
]);

/** The Output of operations that read resources. */
export const outputProperty = (bundles: boolean): INodeProperties => ({
	displayName: 'Output',
	name: 'output',
	type: 'options',
	options: [
		{
			name: 'Simplified',
			value: 'simple',
			description:
				'Name, phone, email, birth date, status, start, end, participants... as plain fields, and the resource as FHIR returned it under "resource".',
		},
		{ name: 'Raw', value: 'raw', description: 'Each resource as FHIR returned it' },
		...(bundles
			? [
					{
						name: 'Bundles',
						value: 'bundle',
						description:
							'Each page of the search as the Bundle HeyDonto answered (Return All and Limit count resources)',
					},
				]
			: []),
	],
	default: 'simple',
});

/** A resource as the Output parameter asks for it. */
export const shaped = (output: unknown, resource: IDataObject) =>
	output === 'raw' ? resource : simplify(resource);

export interface SearchSpec {
	kind: FhirKind;
	filters: SearchFilter[];
	/** Sort keys of the type; empty: a text field (any `_sort`). */
	sortKeys: Array<{ name: string; value: string }>;
}

const sortText: INodeProperties = {
	displayName: 'Sort',
	name: 'sortText',
	type: 'string',
	default: '',
	placeholder: 'e.g. -_lastUpdated,_id',
	description: 'The _sort parameter: search parameters separated by commas, - for descending',
};

function readSort(ctx: IExecuteFunctions, i: number, spec: SearchSpec): string | undefined {
	if (spec.sortKeys.length === 0) {
		const text = String(ctx.getNodeParameter('sortText', i, '')).trim();
		return text === '' ? undefined : text;
	}
	const rules = ctx.getNodeParameter('sort.rules', i, []) as Array<{ field: string; dir: string }>;
	const keys = spec.sortKeys.map((key) => key.value);
	const sort = rules.map((rule) => {
		if (!keys.includes(rule.field))
			throw invalidParameter(ctx, i, 'Sort › Field', `one of ${keys.join(', ')}`, rule.field);
		return `${rule.dir === 'desc' ? '-' : ''}${rule.field}`;
	});
	return sort.length === 0 ? undefined : sort.join(',');
}

/** Adds a pair to a query, a name given again becoming a repeated parameter. */
function add(qs: IDataObject, [name, value]: [string, string]) {
	const current = qs[name];
	qs[name] =
		current === undefined ? value : [...(Array.isArray(current) ? current : [current]), value];
}

export function search(spec: SearchSpec): Operation {
	const filters = [...spec.filters, ...COMMON_FILTERS];
	const filtersCollection = collection(
		'filters',
		filters
			.map((filter) => filter.property)
			.sort((a, b) => a.displayName.localeCompare(b.displayName)),
	);
	const sortProperty =
		spec.sortKeys.length === 0
			? sortText
			: sortRules(
					[...spec.sortKeys].sort((a, b) => a.name.localeCompare(b.name)),
					{ defaultField: spec.sortKeys[0].value },
				);
	return {
		description: forOperation(spec.kind.value, 'search', [
			...targetProperties(spec.kind, false),
			...returnAllAndLimit(),
			filtersCollection,
			sortProperty,
			extraParameters,
			outputProperty(true),
			searchOptions,
		]),
		async execute(this: IExecuteFunctions, i: number) {
			const target = readTarget(this, i, spec.kind, false);
			const values = this.getNodeParameter('filters', i, {}) as IDataObject;
			const qs: IDataObject = {};
			for (const filter of filters) {
				const value = values[filter.property.name];
				if (isBlank(value) || (Array.isArray(value) && value.length === 0)) continue;
				for (const pair of filter.query(this, i, value)) add(qs, pair);
			}
			for (const pair of readExtraParameters(this, i)) add(qs, pair);
			const sort = readSort(this, i, spec);
			if (sort !== undefined) qs._sort = sort;
			const options = this.getNodeParameter('options', i, {}) as IDataObject;
			const elements = String(options.elements ?? '').replace(/\s+/g, '');
			if (elements !== '') qs._elements = elements;
			const pageSize =
				options.pageSize === undefined
					? 100
					: toInteger(this, i, 'Page Size', options.pageSize, 1, MAX_PAGE_SIZE);
			const { returnAll, limit } = readReturnAllAndLimit(this, i);
			qs._count = returnAll ? pageSize : Math.min(pageSize, limit);
			const output = this.getNodeParameter('output', i, 'simple');
			const results: IDataObject[] = [];
			let found = 0;
			const pages = searchPages(this, {
				endpoint: target.endpoint('search'),
				params: target.params,
				qs,
				itemIndex: i,
				subject: target.subject,
			});
			for await (const bundle of pages) {
				const resources = resourcesOf(bundle);
				found += resources.length;
				if (output === 'bundle') results.push(bundle);
				else results.push(...resources.map((resource) => shaped(output, resource)));
				if (!returnAll && found >= limit) break;
			}
			return output === 'bundle' || returnAll ? results : results.slice(0, limit);
		},
	};
}
