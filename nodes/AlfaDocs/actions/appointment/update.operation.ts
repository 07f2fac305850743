import { ID, updateOperation } from '../common';
import { appointmentKinds, appointmentUpdateFields } from './fields';

/** AlfaDocs marks date and color as required on update too (SEED): unchanged ones are read first. */
export const { description, execute } = updateOperation({
	resource: 'appointment',
	endpoint: 'appointment.update',
	ids: [ID.appointment],
	fields: appointmentUpdateFields,
	kinds: appointmentKinds,
	keep: { read: 'appointment.get', fields: ['date', 'colorId'] },
});
