import type { INodeProperties } from 'n8n-workflow';

import { listOperation, resourceOf } from '../operations';

const operationPicker: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['practice'] } },
	options: [
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many practices',
			description: 'Get the practices the signed-in user can see',
		},
	],
	default: 'getAll',
};

export const practice = resourceOf(operationPicker, {
	getAll: listOperation({ resource: 'practice', operation: 'getAll', endpoint: 'practice.getAll' }),
});
