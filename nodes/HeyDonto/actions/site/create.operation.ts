import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collection, forOperation } from '../../../shared/describe';
import { readCollection, readParameters } from '../../../shared/fields';
import { idLocator } from '../../../shared/locators';
import { toIdList } from '../../../shared/lists';
import { heyDonto } from '../../transport';
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
		{ description: 'The practice management system the site runs' },
	),
];

export const description = forOperation('site', 'create', [
	scalars[0],
	{ ...addressField, required: true },
	...scalars.slice(1),
	dentalServicesField,
	dentalPracticesField,
	collection('additionalFields', siteOptionalFields),
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
		...readCollection(this, i, 'additionalFields', siteOptionalFields, siteKinds),
	};
	return await heyDonto.record.call(this, { endpoint: 'site.create', body, itemIndex: i });
}
