import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { toApiFields, unwrapLocators } from '../../../shared/fields';
import { readIds } from '../../../shared/ids';
import { assertSomethingToUpdate } from '../../../shared/operation';
import { heyDonto } from '../../transport';
import { siteId } from '../common';
import { pick } from '../crud';
import { SITE_WRITABLE_FIELDS, addressFrom, siteKinds, siteUpdateFields } from './fields';

export const description = forOperation('site', 'update', [
	siteId.property,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description:
			'Only the fields you add change: the node reads the site and sends it back whole, as the API replaces the site on update',
		options: siteUpdateFields,
	},
]);

/** HeyDonto replaces a site on PUT, so the node reads the site, applies the changes and sends it whole. */
export async function execute(this: IExecuteFunctions, i: number) {
	const { params, subject } = readIds(this, i, siteId);
	const { address: addressValue, ...values } = unwrapLocators(
		this.getNodeParameter('updateFields', i, {}) as IDataObject,
	);
	const address =
		addressValue === undefined ? undefined : addressFrom(this, i, addressValue, false);
	const updates = toApiFields(this, i, values, siteUpdateFields, siteKinds);
	if (address) updates.address = address;
	assertSomethingToUpdate(this, i, updates);
	const call = { params, itemIndex: i, subject };
	const current = await heyDonto.record.call(this, { ...call, endpoint: 'site.get' });
	const body = { ...pick(current, SITE_WRITABLE_FIELDS), ...updates, id: params.siteId };
	return await heyDonto.record.call(this, { ...call, endpoint: 'site.update', body });
}
