import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { idParameter } from '../../../shared/validate';
import { heyDontoRequest } from '../../transport';
import { siteLocator } from '../common';

export const description = forOperation('site', 'get', [siteLocator]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const siteId = idParameter(this, i, 'siteId', 'Site');
	return (await heyDontoRequest.call(this, {
		endpoint: 'site.get',
		params: { siteId },
		itemIndex: i,
		subject: { label: 'Site', id: siteId },
	})) as IDataObject;
}
