import type { INodeProperties } from 'n8n-workflow';

import { getByIdOperation, resourceOf } from '../operations';
import * as create from './create.operation';
import * as findFreeSlots from './findFreeSlots.operation';
import * as updateStatus from './updateStatus.operation';

const operationPicker: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['appointment'] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create an appointment',
			description: 'Book an appointment (flagged in Aerona as created through the API)',
		},
		{
			name: 'Find Free Slots',
			value: 'findFreeSlots',
			action: 'Find free appointment slots',
			description:
				'Get the next 50 free slots of a clinician, or of a clinician type at a practice',
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get an appointment',
			description: 'Get an appointment by ID',
		},
		{
			name: 'Update Status',
			value: 'updateStatus',
			action: 'Update the status of an appointment',
			description: 'Set the status of an appointment (confirmed, arrived, cancelled...)',
		},
	],
	default: 'create',
};

export const appointment = resourceOf(operationPicker, {
	create,
	findFreeSlots,
	get: getByIdOperation('appointment', 'appointment.get', 'appointmentId', 'Appointment'),
	updateStatus,
});
