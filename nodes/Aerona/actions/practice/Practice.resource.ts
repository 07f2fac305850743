import { operationPicker, resourceOf } from '../../../shared/operation';
import * as getAll from './getAll.operation';

export const practice = resourceOf(
	operationPicker('practice', [
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many practices',
			description: 'Get the practices the signed-in user can see',
		},
	]),
	{ getAll },
);
