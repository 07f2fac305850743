import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { readParameters, toApiFields } from '../../../shared/fields';
import { toIdList } from '../../../shared/validate';
import { heyDontoRequest } from '../../transport';
import { idLocator } from '../common';
import {
	addressField,
	addressFrom,
	dentalPracticesField,
	dentalServicesField,
	siteKinds,
	siteOptionalFields,
} from './fields';

const scalars: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Downtown Clinic',
		description: 'The name of the site',
	},
	{
		displayName: 'Google Place ID',
		name: 'googlePlaceId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. ChIJN1t_tDeuEmsRUsoyG83frY4',
		description: 'The Google Place ID of the site',
	},
	idLocator(
		'practiceManagementSystemId',
		'Practice Management System',
		'searchPracticeManagementSystems',
		'The practice management system the site runs',
	),
];

export const description = forOperation('site', 'create', [
	scalars[0],
	{ ...addressField, required: true },
	...scalars.slice(1),
	dentalServicesField,
	dentalPracticesField,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: siteOptionalFields,
	},
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const body: IDataObject = {
		...readParameters(this, i, scalars, siteKinds),
		address: addressFrom(this, i, this.getNodeParameter('address', i, {}), true),
		dentalServiceIds: toIdList(
			this,
			i,
			'Dental Service Names or IDs',
			this.getNodeParameter('dentalServiceIds', i, []),
		),
		dentalPracticeIds: toIdList(
			this,
			i,
			'Dental Practice IDs',
			this.getNodeParameter('dentalPracticeIds', i, ''),
		),
		...toApiFields(
			this,
			i,
			this.getNodeParameter('additionalFields', i, {}) as IDataObject,
			siteOptionalFields,
			siteKinds,
		),
	};
	return (await heyDontoRequest.call(this, {
		endpoint: 'site.create',
		body,
		itemIndex: i,
	})) as IDataObject;
}
