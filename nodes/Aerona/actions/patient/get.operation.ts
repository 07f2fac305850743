import { getById } from '../../../shared/operations';
import { aerona } from '../../transport';
import { patientId } from './fields';

export const { description, execute } = getById(aerona, {
	resource: 'patient',
	endpoint: 'patient.get',
	ids: [patientId],
});
