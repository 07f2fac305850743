import { operationPicker, resourceOf } from '../../../shared/operation';
import { getById, list } from '../../../shared/operations';
import { alfaDocs } from '../../transport';
import { ID } from '../common';
import * as getSignatureStatus from './getSignatureStatus.operation';

export const carePlan = resourceOf(
	operationPicker('carePlan', [
		{ name: 'Get', value: 'get', action: 'Get a care plan' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many care plans of a patient' },
		{
			name: 'Get Signature Status',
			value: 'getSignatureStatus',
			action: 'Get whether a care plan is signed',
		},
	]),
	{
		get: getById(alfaDocs, { resource: 'carePlan', endpoint: 'carePlan.get', ids: [ID.carePlan] }),
		getAll: list(alfaDocs, {
			resource: 'carePlan',
			endpoint: 'carePlan.getAll',
			ids: [ID.patient],
		}),
		getSignatureStatus,
	},
);
