import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { idParameter } from '../../../shared/validate';
import { heyDontoRequest } from '../../transport';
import { siteLocator } from '../common';

export const description = forOperation('site', 'resetFhirStore', [
	siteLocator,
	{
		displayName: 'Force',
		name: 'force',
		type: 'boolean',
		default: false,
		description: 'Whether to force the reset (HeyDonto queues the reset either way)',
	},
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const siteId = idParameter(this, i, 'siteId', 'Site');
	const force = this.getNodeParameter('force', i, false) as boolean;
	await heyDontoRequest.call(this, {
		endpoint: 'site.resetFhirStore',
		params: { siteId },
		body: { force },
		itemIndex: i,
		subject: { label: 'Site', id: siteId },
	});
	return { siteId, force, queued: true };
}
