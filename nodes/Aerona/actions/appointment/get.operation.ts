import { idOf } from '../../../shared/ids';
import { idField } from '../../../shared/locators';
import { getById } from '../../../shared/operations';
import { aerona } from '../../transport';

export const { description, execute } = getById(aerona, {
	resource: 'appointment',
	endpoint: 'appointment.get',
	ids: [idOf(idField('appointmentId', 'Appointment ID'))],
});
