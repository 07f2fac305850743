import { appointment } from './appointment/Appointment.resource';
import { appointmentType } from './appointmentType/AppointmentType.resource';
import { clinician } from './clinician/Clinician.resource';
import { invoice } from './invoice/Invoice.resource';
import { patient } from './patient/Patient.resource';
import { payment } from './payment/Payment.resource';
import { practice } from './practice/Practice.resource';

/** Every resource of the node, by its `resource` parameter value. */
export const RESOURCES = {
	appointment,
	appointmentType,
	clinician,
	invoice,
	patient,
	payment,
	practice,
};
