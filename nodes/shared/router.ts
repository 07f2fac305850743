import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ItemHandler, OperationResult } from './execute';

/** A resource of a node: its parameters and a handler per operation. */
export interface Resource {
	description: INodeProperties[];
	operations: Record<string, ItemHandler>;
}

/** The item handler that runs the chosen resource + operation (the `resource` and `operation` parameters). */
export function createRouter(resources: Record<string, Resource>): ItemHandler {
	return async function route(
		this: IExecuteFunctions,
		itemIndex: number,
	): Promise<OperationResult> {
		const resource = this.getNodeParameter('resource', itemIndex) as string;
		const operation = this.getNodeParameter('operation', itemIndex) as string;
		const handler = resources[resource]?.operations[operation];
		if (!handler) {
			throw new NodeOperationError(
				this.getNode(),
				`The operation "${operation}" is not supported for the resource "${resource}"`,
				{ itemIndex },
			);
		}
		return await handler.call(this, itemIndex);
	};
}
