import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toOneOf } from '../../shared/choices';
import {
	SORT_DIRECTIONS,
	concurrencyOption,
	forVersions,
	nodeVersion,
	readSortRules,
	sortRules,
} from '../../shared/describe';
import {
	HEYDONTO_CONCURRENCY,
	HEYDONTO_CONCURRENCY_NOTE,
	siteLocator as platformSiteLocator,
} from '../../shared/heydontoPlatform';
import { idOf } from '../../shared/ids';
import { idLocator } from '../../shared/locators';
import { toIdList } from '../../shared/lists';
import { sortQuery } from '../transport';

export const siteLocator = platformSiteLocator('The HeyDonto site');

/** The operations that only read: their items run concurrently (Options › Concurrency). */
export const READS = [
	'get',
	'getAll',
	'getBillingAnalytics',
	'getClientAccountBillingAnalytics',
	'getCurrent',
	'getSlots',
	'search',
];

/** Options › Concurrency, in the node's Options (and in Get Open Slots' own Options). */
export const concurrency = concurrencyOption(
	HEYDONTO_CONCURRENCY,
	READS,
	HEYDONTO_CONCURRENCY_NOTE,
);

/** Optional pickers of the records a new record belongs to (in Additional Fields and Update Fields). */
export const brandPicker = (description: string) =>
	idLocator('brandId', 'Brand', 'searchBrands', { required: false, description });

export const organizationPicker = (description: string) =>
	idLocator('organizationId', 'Organization', 'searchOrganizations', {
		required: false,
		description,
	});

/** The Site a record lives under (/site/{siteId}/...). */
export const siteId = idOf(siteLocator);

/** A list of IDs typed as text; an expression may also return an array. */
export function idListField(
	name: string,
	displayName: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		placeholder: 'e.g. 10, 11, 12',
		description: `${description}. Comma-separated numeric IDs, or an expression returning an array.`,
	};
}

/**
 * Node version 1.1, the default for new nodes: Get Many takes client accounts among its Filters, and
 * open slots come simplified by default. Nodes saved with version 1 keep what they were built with.
 */
export const V1_1 = 1.1;

/** Version 1's "Client Account IDs" of a Get Many, above Return All (from 1.1 a filter). */
export const legacyClientAccounts = (description: string) =>
	forVersions([idListField('clientAccountIds', 'Client Account IDs', description)], V1_1, true);

/** The query of legacyClientAccounts(): the IDs on a version 1 node, nothing from 1.1 on. */
export function legacyClientAccountsQuery(ctx: IExecuteFunctions, itemIndex: number) {
	if (nodeVersion(ctx) >= V1_1) return {};
	const ids = ctx.getNodeParameter('clientAccountIds', itemIndex, '');
	return { clientAccountId: toIdList(ctx, itemIndex, 'Client Account IDs', ids) };
}

export const enabledField: INodeProperties = {
	displayName: 'Is Enabled',
	name: 'isEnabled',
	type: 'boolean',
	default: true,
	description: 'Whether the record is enabled',
};

export const titleField = (what: string, placeholder: string): INodeProperties => ({
	displayName: 'Title',
	name: 'title',
	type: 'string',
	default: '',
	placeholder: `e.g. ${placeholder}`,
	description: `The title of the ${what}`,
});

export const standardSortFields = [
	{ name: 'Created At', value: 'createdAt' },
	{ name: 'ID', value: 'id' },
	{ name: 'Title', value: 'title' },
	{ name: 'Updated At', value: 'updatedAt' },
];

/** The "Sort" rules of a Get Many over the given fields, and the query HeyDonto reads them from. */
export const sortBy = (fields: Array<{ name: string; value: string }>) => ({
	properties: [sortRules(fields)],
	query: (ctx: IExecuteFunctions, itemIndex: number) =>
		sortQuery(
			readSortRules(ctx, itemIndex).map((rule, n) => ({
				field: toOneOf(ctx, itemIndex, `Sort › Rule ${n + 1} › Field`, rule.field, fields),
				dir: toOneOf(ctx, itemIndex, `Sort › Rule ${n + 1} › Direction`, rule.dir, SORT_DIRECTIONS),
			})),
		),
});
