import type { IExecuteFunctions } from 'n8n-workflow';

import { readOptionalDateRange } from '../../../shared/dates';
import { updateDisplayOptions } from '../../../shared/describe';
import { toIdList } from '../../../shared/lists';
import { heyDonto } from '../../transport';
import { idListField } from '../common';

/** Both billing analytics operations: the same query, one item per client account. */
export const description = updateDisplayOptions(
	{
		show: {
			resource: ['site'],
			operation: ['getBillingAnalytics', 'getClientAccountBillingAnalytics'],
		},
	},
	[
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
	],
);

/** Admins read every client account's analytics; other users their own client accounts'. */
export async function execute(this: IExecuteFunctions, i: number) {
	const admin = this.getNodeParameter('operation', i) === 'getBillingAnalytics';
	const { start: startDate, end: endDate } = readOptionalDateRange(
		this,
		i,
		{ name: 'startDate', label: 'Start Date' },
		{ name: 'endDate', label: 'End Date' },
	);
	const clientAccountIds = toIdList(
		this,
		i,
		'Client Account IDs',
		this.getNodeParameter('clientAccountIds', i, ''),
	);
	return await heyDonto.list.call(
		this,
		{
			endpoint: admin ? 'site.billingAnalyticsAdmin' : 'site.billingAnalyticsClientAccount',
			qs: { startDate, endDate, clientAccountIds },
			itemIndex: i,
		},
		{ returnAll: true, limit: 0 },
	);
}
