import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { idParameter } from '../../../shared/validate';
import { heyDontoRequest } from '../../transport';
import { siteLocator } from '../common';

export const description = forOperation('site', 'delete', [siteLocator]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const siteId = idParameter(this, i, 'siteId', 'Site');
	await heyDontoRequest.call(this, {
		endpoint: 'site.delete',
		params: { siteId },
		itemIndex: i,
		subject: { label: 'Site', id: siteId },
	});
	return { id: siteId, deleted: true };
}
