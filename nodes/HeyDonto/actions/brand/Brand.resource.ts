import { idLocator } from '../../../shared/locators';
import { enabledField, idListField, standardSortFields, titleField } from '../common';
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
			displayName: 'Is Adding New Organization',
			name: 'isAddingNewOrganization',
			type: 'boolean',
			default: false,
			description:
				'Whether to create a new organization named by Organization Title along with the brand',
		},
		{
			displayName: 'Organization ID',
			name: 'organizationId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 3',
			description: 'The ID of the organization the brand belongs to',
		},
		{
			displayName: 'Organization Title',
			name: 'organizationTitle',
			type: 'string',
			default: '',
			placeholder: 'e.g. HealthCorp',
			description: 'The title of the organization the brand belongs to',
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
