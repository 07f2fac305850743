import { idField } from '../../../shared/locators';
import { enabledField, titleField } from '../common';
import { crudResource } from '../crud';

export const appointmentType = crudResource({
	value: 'appointmentType',
	displayName: 'Appointment Type',
	plural: 'appointment types',
	idProperty: idField('appointmentTypeId', 'Appointment Type ID'),
	endpoints: {
		getAll: 'appointmentType.getAll',
		create: 'appointmentType.create',
		get: 'appointmentType.get',
		update: 'appointmentType.update',
		delete: 'appointmentType.delete',
	},
	primary: [{ ...titleField('appointment type', 'New Patient Exam'), required: true }],
	optional: [enabledField],
});
