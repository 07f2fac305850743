import { operationPicker, resourceOf } from '../../../shared/operation';
import * as getAll from './getAll.operation';

export const appointmentType = resourceOf(
	operationPicker('appointmentType', [
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many appointment types',
			description:
				"Get the appointment types of a practice (by default the signed-in user's practice)",
		},
	]),
	{ getAll },
);
