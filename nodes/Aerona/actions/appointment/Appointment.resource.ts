import { operationPicker, resourceOf } from '../../../shared/operation';
import * as create from './create.operation';
import * as findFreeSlots from './findFreeSlots.operation';
import * as get from './get.operation';
import * as updateStatus from './updateStatus.operation';

export const appointment = resourceOf(
	operationPicker(
		'appointment',
		[
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
		'create',
	),
	{ create, findFreeSlots, get, updateStatus },
);
