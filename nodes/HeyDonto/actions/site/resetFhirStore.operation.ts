import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { readIds } from '../../../shared/ids';
import { toBoolean } from '../../../shared/validate';
import { heyDonto } from '../../transport';
import { siteId } from '../common';

export const description = forOperation('site', 'resetFhirStore', [
	siteId.property,
	{
		displayName: 'Force',
		name: 'force',
		type: 'boolean',
		default: false,
		description: 'Whether to force the reset (HeyDonto queues the reset either way)',
	},
]);

export async function execute(this: IExecuteFunctions, i: number) {
	const { params, subject } = readIds(this, i, siteId);
	const force = toBoolean(this, i, 'Force', this.getNodeParameter('force', i, false));
	await heyDonto.request.call(this, {
		endpoint: 'site.resetFhirStore',
		params,
		body: { force },
		itemIndex: i,
		subject,
	});
	return { siteId: params.siteId, force, queued: true };
}
