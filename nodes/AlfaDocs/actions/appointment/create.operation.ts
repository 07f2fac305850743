import type { INodeProperties } from 'n8n-workflow';

import { idLocator } from '../../../shared/locators';
import { create } from '../../../shared/operations';
import { alfaDocs } from '../../transport';
import { patientLocator } from '../common';
import { appointmentFields, appointmentKinds } from './fields';

const primary: INodeProperties[] = [
	{
		displayName: 'Date',
		name: 'date',
		type: 'dateTime',
		default: '',
		required: true,
		description: "When the appointment starts, in the practice's local time",
	},
	idLocator('colorId', 'Color', 'searchColors', {
		description: 'The agenda color of the appointment',
	}),
	{
		...patientLocator,
		required: false,
		description: 'The patient the appointment is for (empty for an appointment without a patient)',
	},
];

export const { description, execute } = create(alfaDocs, {
	resource: 'appointment',
	endpoint: 'appointment.create',
	primary,
	optional: appointmentFields,
	kinds: appointmentKinds,
});
