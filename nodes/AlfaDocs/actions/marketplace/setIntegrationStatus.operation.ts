import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { toOneOf } from '../../../shared/choices';
import type { Session } from '../../transport';
import { alfaDocs } from '../../transport';

const statusOptions = [
	{ name: 'Failure', value: 'failure' },
	{ name: 'Success', value: 'success' },
];

export const description = forOperation('marketplace', 'setIntegrationStatus', [
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: statusOptions,
		default: 'success',
		required: true,
		description: 'Whether the integration succeeded',
	},
]);

export async function execute(this: IExecuteFunctions, i: number, session: Session) {
	const status = toOneOf(this, i, 'Status', this.getNodeParameter('status', i), statusOptions);
	const response = await alfaDocs.request.call(this, {
		endpoint: 'marketplace.setIntegrationStatus',
		body: { status },
		itemIndex: i,
		state: session,
	});
	return { integrationStatus: status, ...(response as IDataObject | undefined) };
}
