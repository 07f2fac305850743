import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collection, forOperation } from '../../../shared/describe';
import { readCreateBody } from '../../../shared/fields';
import { idLocator } from '../../../shared/locators';
import type { Session } from '../../transport';
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

export const description = forOperation('appointment', 'create', [
	...primary,
	collection('additionalFields', appointmentFields),
]);

export async function execute(this: IExecuteFunctions, i: number, session: Session) {
	const body = readCreateBody(this, i, primary, appointmentFields, appointmentKinds);
	return await alfaDocs.record.call(this, {
		endpoint: 'appointment.create',
		body,
		itemIndex: i,
		state: session,
	});
}
