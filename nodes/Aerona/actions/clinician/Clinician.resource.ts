import type { INodeProperties } from 'n8n-workflow';

import { appointmentTypeLocator, practiceLocator } from '../common';
import { listOperation, resourceOf } from '../operations';

const operationPicker: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['clinician'] } },
	options: [
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many clinicians',
			description: 'Get the clinicians, optionally of a practice or an appointment type',
		},
	],
	default: 'getAll',
};

export const clinician = resourceOf(operationPicker, {
	getAll: listOperation({
		resource: 'clinician',
		operation: 'getAll',
		endpoint: 'clinician.getAll',
		filters: [
			appointmentTypeLocator('Only clinicians who take this appointment type', false),
			practiceLocator('Only clinicians of this practice', false),
		],
		kinds: { practiceId: 'id', appointmentTypeId: 'id' },
	}),
});
