import type { INodeProperties } from 'n8n-workflow';

import type { ItemHandler } from '../../shared/execute';
import { routeOperation } from '../../shared/execute';
import { appointment } from './appointment/Appointment.resource';
import { appointmentType } from './appointmentType/AppointmentType.resource';
import { clinician } from './clinician/Clinician.resource';
import { invoice, payment } from './ledger/ledger';
import { patient } from './patient/Patient.resource';
import { practice } from './practice/Practice.resource';

interface Resource {
	description: INodeProperties[];
	operations: Record<string, ItemHandler>;
}

/** Every resource of the node, by its `resource` parameter value. */
export const RESOURCES: Record<string, Resource> = {
	appointment,
	appointmentType,
	clinician,
	invoice,
	patient,
	payment,
	practice,
};

/** Runs the chosen operation once per input item. */
export const route = routeOperation(
	Object.fromEntries(Object.entries(RESOURCES).map(([name, { operations }]) => [name, operations])),
);
