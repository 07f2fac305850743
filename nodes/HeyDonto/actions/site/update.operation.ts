import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { toApiFields } from '../../../shared/fields';
import { heyDontoRequest } from '../../transport';
import { idParameter } from '../../../shared/validate';
import { idLocator, siteLocator } from '../common';
import { pick } from '../crud';
import {
	SITE_WRITABLE_FIELDS,
	addressField,
	addressFrom,
	dentalPracticesField,
	dentalServicesField,
	siteKinds,
	siteOptionalFields,
} from './fields';

const updateFields = [
	addressField,
	dentalPracticesField,
	dentalServicesField,
	{
		displayName: 'Google Place ID',
		name: 'googlePlaceId',
		type: 'string' as const,
		default: '',
		description: 'The Google Place ID of the site',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string' as const,
		default: '',
		description: 'The name of the site',
	},
	{
		...idLocator(
			'practiceManagementSystemId',
			'Practice Management System',
			'searchPracticeManagementSystems',
		),
		required: false,
	},
	...siteOptionalFields,
].sort((a, b) => a.displayName.localeCompare(b.displayName));

export const description = forOperation('site', 'update', [
	siteLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description:
			'Only the fields you add change: the node reads the site and sends it back whole, as the API replaces the site on update',
		options: updateFields,
	},
]);

/** HeyDonto replaces a site on PUT, so the node reads the site, applies the changes and sends it whole. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const siteId = idParameter(this, i, 'siteId', 'Site');
	const values = { ...(this.getNodeParameter('updateFields', i, {}) as IDataObject) };
	const address =
		values.address === undefined ? undefined : addressFrom(this, i, values.address, false);
	delete values.address;
	const locator = values.practiceManagementSystemId as IDataObject | undefined;
	if (locator && typeof locator === 'object') values.practiceManagementSystemId = locator.value;
	const updates = toApiFields(this, i, values, updateFields, siteKinds);
	if (address) updates.address = address;
	if (Object.keys(updates).length === 0) {
		throw new NodeOperationError(this.getNode(), 'Nothing to update: "Update Fields" is empty', {
			itemIndex: i,
			description: 'Add at least one field under "Update Fields".',
		});
	}
	const call = { params: { siteId }, itemIndex: i, subject: { label: 'Site', id: siteId } };
	const current = (await heyDontoRequest.call(this, {
		...call,
		endpoint: 'site.get',
	})) as IDataObject;
	const body = { ...pick(current, SITE_WRITABLE_FIELDS), ...updates, id: siteId };
	return (await heyDontoRequest.call(this, {
		...call,
		endpoint: 'site.update',
		body,
	})) as IDataObject;
}
