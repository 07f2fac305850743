import { idLocator } from '../../../shared/locators';
import {
	enabledField,
	idListField,
	organizationPicker,
	standardSortFields,
	titleField,
} from '../common';
import { crudResource } from '../crud';

export const brand = crudResource({
	value: 'brand',
	displayName: 'Brand',
	plural: 'brands',
	idProperty: idLocator('brandId', 'Brand', 'searchBrands'),
	endpoints: {
		getAll: 'brand.getAll',
		create: 'brand.create',
		get: 'brand.get',
		update: 'brand.update',
		delete: 'brand.delete',
	},
	primary: [{ ...titleField('brand', 'Bright Smile Dental'), required: true }],
	optional: [
		enabledField,
		{
			displayName: 'Create New Organization',
			name: 'isAddingNewOrganization',
			type: 'boolean',
			default: false,
			description:
				'Whether to create an organization named Organization Title for the brand, instead of picking one',
		},
		organizationPicker('The organization the brand belongs to'),
		{
			displayName: 'Organization Title',
			name: 'organizationTitle',
			type: 'string',
			default: '',
			placeholder: 'e.g. HealthCorp',
			description: 'The title of the new organization, with Create New Organization',
		},
	],
	kinds: { organizationId: 'id' },
	filterKinds: { organizationId: 'idList', clientAccountId: 'idList' },
	filters: [
		idListField('clientAccountId', 'Client Account IDs', 'Only brands of these client accounts'),
		idListField('organizationId', 'Organization IDs', 'Only brands of these organizations'),
		{ ...titleField('brand', 'Smile'), description: 'Only brands whose title contains this text' },
	],
	sortFields: standardSortFields,
});
