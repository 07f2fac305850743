import { operationPicker, resourceOf } from '../../../shared/operation';
import { getById } from '../../../shared/operations';
import { alfaDocs } from '../../transport';
import { ID } from '../common';
import * as getSignatureStatus from './getSignatureStatus.operation';

export const carePlan = resourceOf(
	operationPicker('carePlan', [
		{ name: 'Get', value: 'get', action: 'Get a care plan' },
		{
			name: 'Get Signature Status',
			value: 'getSignatureStatus',
			action: 'Get whether a care plan is signed',
		},
	]),
	{
		get: getById(alfaDocs, { resource: 'carePlan', endpoint: 'carePlan.get', ids: [ID.carePlan] }),
		getSignatureStatus,
	},
);
