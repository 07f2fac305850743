import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	collection,
	forOperation,
	forVersions,
	readReturnAllAndLimit,
	returnAllAndLimit,
} from '../../../shared/describe';
import { readCollection } from '../../../shared/fields';
import { heyDonto } from '../../transport';
import {
	V1_1,
	idListField,
	legacyClientAccounts,
	legacyClientAccountsQuery,
	sortBy,
} from '../common';

const CLIENT_ACCOUNTS =
	'Only sites of these client accounts; empty means every site the user may see';

const filters: INodeProperties[] = [
	idListField('brandId', 'Brand IDs', 'Only sites of these brands'),
	...forVersions([idListField('clientAccountId', 'Client Account IDs', CLIENT_ACCOUNTS)], V1_1),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'e.g. Downtown',
		description: 'Only sites whose name contains this text',
	},
	idListField('organizationId', 'Organization IDs', 'Only sites of these organizations'),
];

const sort = sortBy([
	{ name: 'Brand ID', value: 'brandId' },
	{ name: 'Client Account ID', value: 'clientAccountId' },
	{ name: 'Created At', value: 'createdAt' },
	{ name: 'ID', value: 'id' },
	{ name: 'Name', value: 'name' },
	{ name: 'Organization ID', value: 'organizationId' },
	{ name: 'Practice Management System ID', value: 'practiceManagementSystemId' },
	{ name: 'Updated At', value: 'updatedAt' },
]);

export const description = forOperation('site', 'getAll', [
	...legacyClientAccounts(CLIENT_ACCOUNTS),
	...returnAllAndLimit(),
	collection('filters', filters),
	...sort.properties,
]);

export async function execute(this: IExecuteFunctions, i: number) {
	const qs = {
		...legacyClientAccountsQuery(this, i),
		...readCollection(this, i, 'filters', filters, {
			brandId: 'idList',
			clientAccountId: 'idList',
			organizationId: 'idList',
		}),
		...sort.query(this, i),
	};
	return await heyDonto.list.call(
		this,
		{ endpoint: 'site.getAll', qs, itemIndex: i },
		readReturnAllAndLimit(this, i),
	);
}
