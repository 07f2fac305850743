import { idOf } from '../../../shared/ids';
import { getById } from '../../../shared/operations';
import { aerona } from '../../transport';
import { appointmentIdField } from '../common';

export const { description, execute } = getById(aerona, {
	resource: 'appointment',
	endpoint: 'appointment.get',
	ids: [idOf(appointmentIdField)],
});
