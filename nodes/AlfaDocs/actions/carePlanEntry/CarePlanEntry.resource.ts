import { operationPicker, resourceOf } from '../../../shared/operation';
import { getById } from '../../../shared/operations';
import { alfaDocs } from '../../transport';
import { ID } from '../common';

export const carePlanEntry = resourceOf(
	operationPicker('carePlanEntry', [
		{ name: 'Get', value: 'get', action: 'Get a care plan entry' },
	]),
	{
		get: getById(alfaDocs, {
			resource: 'carePlanEntry',
			endpoint: 'carePlanEntry.get',
			ids: [ID.carePlan, ID.carePlanEntry],
		}),
	},
);
