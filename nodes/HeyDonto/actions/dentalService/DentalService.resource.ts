import { idLocator } from '../../../shared/locators';
import { enabledField, standardSortFields, titleField } from '../common';
import { crudResource } from '../crud';

export const dentalService = crudResource({
	value: 'dentalService',
	displayName: 'Dental Service',
	plural: 'dental services',
	idProperty: idLocator('dentalServiceId', 'Dental Service', 'searchDentalServices'),
	endpoints: {
		getAll: 'dentalService.getAll',
		create: 'dentalService.create',
		get: 'dentalService.get',
		update: 'dentalService.update',
		delete: 'dentalService.delete',
	},
	primary: [{ ...titleField('dental service', 'Teeth Whitening'), required: true }],
	optional: [enabledField],
	filters: [
		{
			...titleField('dental service', 'Implant'),
			description: 'Only services whose title contains this text',
		},
	],
	sortFields: standardSortFields,
});
