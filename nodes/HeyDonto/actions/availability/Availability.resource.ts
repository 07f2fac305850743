import { operationPicker, resourceOf } from '../../../shared/operation';
import * as getSlots from './getSlots.operation';

export const availability = resourceOf(
	operationPicker('availability', [
		{
			name: 'Get Open Slots',
			value: 'getSlots',
			action: 'Get open appointment slots of a site',
			description: "Compute open slots from the site's schedules and appointments",
		},
	]),
	{ getSlots },
);
