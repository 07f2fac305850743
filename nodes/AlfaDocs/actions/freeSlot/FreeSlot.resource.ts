import { operationPicker, resourceOf } from '../../../shared/operation';
import * as getAll from './getAll.operation';

export const freeSlot = resourceOf(
	operationPicker('freeSlot', [
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many free slots',
			description: 'Find free slots of a given length from a start time',
		},
	]),
	{ getAll },
);
