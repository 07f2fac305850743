import { operationPicker, resourceOf } from '../../../shared/operation';
import * as getAll from './getAll.operation';

export const clinician = resourceOf(
	operationPicker('clinician', [
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many clinicians',
			description: 'Get the clinicians, optionally of a practice or an appointment type',
		},
	]),
	{ getAll },
);
