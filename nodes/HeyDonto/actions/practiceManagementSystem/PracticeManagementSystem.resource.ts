import { idLocator } from '../../../shared/locators';
import { enabledField, standardSortFields, titleField } from '../common';
import { crudResource } from '../crud';

export const practiceManagementSystem = crudResource({
	value: 'practiceManagementSystem',
	displayName: 'Practice Management System',
	plural: 'practice management systems',
	idProperty: idLocator(
		'practiceManagementSystemId',
		'Practice Management System',
		'searchPracticeManagementSystems',
	),
	endpoints: {
		getAll: 'practiceManagementSystem.getAll',
		create: 'practiceManagementSystem.create',
		get: 'practiceManagementSystem.get',
		update: 'practiceManagementSystem.update',
		delete: 'practiceManagementSystem.delete',
	},
	primary: [{ ...titleField('practice management system', 'Open Dental'), required: true }],
	optional: [
		{
			displayName: 'Is Cloud Based',
			name: 'isCloudBased',
			type: 'boolean',
			default: false,
			description:
				'Whether the practice management system runs in the cloud (rather than on the practice premises)',
		},
		enabledField,
	],
	filters: [
		{ ...enabledField, description: 'Whether to return only enabled (or only disabled) systems' },
		{
			...titleField('practice management system', 'Dent'),
			description: 'Only systems whose title contains this text',
		},
	],
	sortFields: standardSortFields,
});
