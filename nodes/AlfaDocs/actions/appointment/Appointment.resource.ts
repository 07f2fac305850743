import { operationPicker, resourceOf } from '../../../shared/operation';
import { list, getById } from '../../../shared/operations';
import { alfaDocs } from '../../transport';
import { ID } from '../common';
import * as create from './create.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const appointment = resourceOf(
	operationPicker(
		'appointment',
		[
			{ name: 'Create', value: 'create', action: 'Create an appointment' },
			{ name: 'Get', value: 'get', action: 'Get an appointment' },
			{
				name: 'Get Care Plan Entries',
				value: 'getCarePlanEntries',
				action: 'Get the care plan entries of an appointment',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many appointments',
				description: 'Get the appointments of a date range of any length',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an appointment',
				description: 'Update an appointment: only the fields you add change',
			},
		],
		'getAll',
	),
	{
		getAll,
		create,
		get: getById(alfaDocs, {
			resource: 'appointment',
			endpoint: 'appointment.get',
			ids: [ID.appointment],
		}),
		getCarePlanEntries: list(alfaDocs, {
			resource: 'appointment',
			operation: 'getCarePlanEntries',
			endpoint: 'appointment.getCarePlanEntries',
			ids: [ID.appointment],
			paging: false,
		}),
		update,
	},
);
