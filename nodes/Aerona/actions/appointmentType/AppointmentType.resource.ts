import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { CLINICIAN_TYPES, practiceLocator } from '../common';
import { listOperation, resourceOf } from '../operations';

const operationPicker: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['appointmentType'] } },
	options: [
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many appointment types',
			description:
				"Get the appointment types of a practice (by default the signed-in user's practice)",
		},
	],
	default: 'getAll',
};

const filters: INodeProperties[] = [
	{
		displayName: 'Clinician Type',
		name: 'clinicianTypeId',
		type: 'options',
		options: CLINICIAN_TYPES,
		default: 1,
		description: 'Only the appointment types of this clinician type',
	},
	{
		displayName: 'Include Disabled',
		name: 'includeDisabled',
		type: 'boolean',
		default: false,
		description: 'Whether to include disabled appointment types',
	},
	{
		displayName: 'Onsite Only',
		name: 'onsiteOnly',
		type: 'boolean',
		default: false,
		description: 'Whether to return only onsite appointment types',
	},
	practiceLocator(
		"The practice whose appointment types to get (default: the signed-in user's practice; a practice on its master practice's types gets those)",
		false,
	),
	{
		displayName: 'Remote Only',
		name: 'remoteOnly',
		type: 'boolean',
		default: false,
		description: 'Whether to return only remote appointment types',
	},
];

function onsiteOrRemote(ctx: IExecuteFunctions, itemIndex: number, qs: IDataObject) {
	if (qs.onsiteOnly === true && qs.remoteOnly === true) {
		throw new NodeOperationError(
			ctx.getNode(),
			'Set either "Onsite Only" or "Remote Only", not both: no appointment type is both',
			{ itemIndex, description: 'Turn one of the two filters off.' },
		);
	}
}

export const appointmentType = resourceOf(operationPicker, {
	getAll: listOperation({
		resource: 'appointmentType',
		operation: 'getAll',
		endpoint: 'appointmentType.getAll',
		filters,
		kinds: { practiceId: 'id', clinicianTypeId: { integer: [1, 16] } },
		check: onsiteOrRemote,
	}),
});
