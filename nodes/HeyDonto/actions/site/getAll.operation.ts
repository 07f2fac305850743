import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	collection,
	forOperation,
	readReturnAllAndLimit,
	returnAllAndLimit,
} from '../../../shared/describe';
import { readCollection } from '../../../shared/fields';
import { toIdList } from '../../../shared/lists';
import { heyDonto } from '../../transport';
import { idListField, sortBy } from '../common';

const filters: INodeProperties[] = [
	idListField('brandId', 'Brand IDs', 'Only sites of these brands'),
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
	idListField(
		'clientAccountIds',
		'Client Account IDs',
		'Only sites of these client accounts (sent as repeated clientAccountId parameters); empty means every site the user may see',
	),
	...returnAllAndLimit(),
	collection('filters', filters),
	...sort.properties,
]);

export async function execute(this: IExecuteFunctions, i: number) {
	const qs = {
		clientAccountId: toIdList(
			this,
			i,
			'Client Account IDs',
			this.getNodeParameter('clientAccountIds', i, ''),
		),
		...readCollection(this, i, 'filters', filters, { brandId: 'idList', organizationId: 'idList' }),
		...sort.query(this, i),
	};
	return await heyDonto.list.call(
		this,
		{ endpoint: 'site.getAll', qs, itemIndex: i },
		readReturnAllAndLimit(this, i),
	);
}
