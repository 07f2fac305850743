import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, returnAllAndLimit, sortRules } from '../../../shared/describe';
import { toApiFields } from '../../../shared/fields';
import { toIdList } from '../../../shared/validate';
import { heyDontoList, sortQuery } from '../../transport';
import { idListField } from '../common';

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

export const description = forOperation('site', 'getAll', [
	idListField(
		'clientAccountIds',
		'Client Account IDs',
		'Only sites of these client accounts (sent as repeated clientAccountId parameters); empty means every site the user may see',
	),
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: filters,
	},
	sortRules([
		{ name: 'Brand ID', value: 'brandId' },
		{ name: 'Client Account ID', value: 'clientAccountId' },
		{ name: 'Created At', value: 'createdAt' },
		{ name: 'ID', value: 'id' },
		{ name: 'Name', value: 'name' },
		{ name: 'Organization ID', value: 'organizationId' },
		{ name: 'Practice Management System ID', value: 'practiceManagementSystemId' },
		{ name: 'Updated At', value: 'updatedAt' },
	]),
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const clientAccountId = toIdList(
		this,
		i,
		'Client Account IDs',
		this.getNodeParameter('clientAccountIds', i, ''),
	);
	const filterValues = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = this.getNodeParameter('sort.rules', i, []) as Array<{ field: string; dir: string }>;
	return await heyDontoList.call(
		this,
		{
			endpoint: 'site.getAll',
			qs: {
				clientAccountId,
				...toApiFields(this, i, filterValues, filters, {
					brandId: 'idList',
					organizationId: 'idList',
				}),
				...sortQuery(sort),
			},
			itemIndex: i,
		},
		{
			returnAll: this.getNodeParameter('returnAll', i) as boolean,
			limit: this.getNodeParameter('limit', i, 50) as number,
		},
	);
}
