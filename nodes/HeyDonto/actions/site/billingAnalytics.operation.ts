import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { updateDisplayOptions } from '../../../shared/describe';
import { toIdList } from '../../../shared/validate';
import { heyDontoList } from '../../transport';
import { idListField } from '../common';

const properties: INodeProperties[] = [
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		default: '',
		description:
			'Count sites created on or after this date (sent as YYYY-MM-DD); empty for no lower bound',
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		default: '',
		description:
			'Count sites created on or before this date (sent as YYYY-MM-DD); empty for no upper bound',
	},
	idListField(
		'clientAccountIds',
		'Client Account IDs',
		'Only these client accounts; empty means all the user may see',
	),
];

export const description = updateDisplayOptions(
	{
		show: {
			resource: ['site'],
			operation: ['getBillingAnalytics', 'getClientAccountBillingAnalytics'],
		},
	},
	properties,
);

/** Both billing analytics endpoints take the same query and answer one item per client account. */
function analytics(endpoint: 'site.billingAnalyticsAdmin' | 'site.billingAnalyticsClientAccount') {
	return async function (this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
		const startDate = toDateOnly(this, i, 'Start Date', this.getNodeParameter('startDate', i, ''));
		const endDate = toDateOnly(this, i, 'End Date', this.getNodeParameter('endDate', i, ''));
		if (startDate && endDate && endDate < startDate) {
			throw new NodeOperationError(
				this.getNode(),
				`"End Date" (${endDate}) is before "Start Date" (${startDate})`,
				{
					itemIndex: i,
					description: 'Set an End Date on or after the Start Date.',
				},
			);
		}
		const clientAccountIds = toIdList(
			this,
			i,
			'Client Account IDs',
			this.getNodeParameter('clientAccountIds', i, ''),
		);
		return await heyDontoList.call(
			this,
			{ endpoint, qs: { startDate, endDate, clientAccountIds }, itemIndex: i },
			{ returnAll: true, limit: 0 },
		);
	};
}

export const executeAdmin = analytics('site.billingAnalyticsAdmin');
export const executeClientAccount = analytics('site.billingAnalyticsClientAccount');
