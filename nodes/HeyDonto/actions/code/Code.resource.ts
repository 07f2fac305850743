import { idField } from '../../../shared/locators';
import { enabledField, titleField } from '../common';
import { crudResource } from '../crud';

export const code = crudResource({
	value: 'code',
	displayName: 'Code',
	plural: 'codes',
	idProperty: idField('codeId', 'Code ID'),
	endpoints: {
		getAll: 'code.getAll',
		create: 'code.create',
		get: 'code.get',
		update: 'code.update',
		delete: 'code.delete',
	},
	primary: [
		{
			displayName: 'Code',
			name: 'code',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. D0120',
			description: 'The procedure code, such as a CDT code',
		},
		{ ...titleField('code', 'Periodic oral evaluation'), required: true },
	],
	optional: [
		{
			displayName: 'Category',
			name: 'category',
			type: 'string',
			default: '',
			placeholder: 'e.g. Diagnostic',
			description: 'The category the code belongs to',
		},
		{
			displayName: 'Category Code',
			name: 'categoryCode',
			type: 'string',
			default: '',
			placeholder: 'e.g. D0100-D0999',
			description: 'The code of the category',
		},
		enabledField,
	],
	filters: [
		{
			...titleField('code', 'evaluation'),
			description: 'Only codes whose title contains this text',
		},
	],
	sortFields: [
		{ name: 'Category', value: 'category' },
		{ name: 'Category Code', value: 'categoryCode' },
		{ name: 'Code', value: 'code' },
		{ name: 'Created At', value: 'createdAt' },
		{ name: 'ID', value: 'id' },
		{ name: 'Title', value: 'title' },
		{ name: 'Updated At', value: 'updatedAt' },
	],
});
