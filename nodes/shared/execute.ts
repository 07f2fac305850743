import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { redactSecrets } from './redact';

/** Output never carries a password, even where a vendor echoes one back (HeyDonto's site records do). */
const OUTPUT_SECRET_KEY = /password/i;

/** What one operation returns for one input item: one record, many records, or nothing. */
export type OperationResult = IDataObject | IDataObject[] | undefined;

export type ItemHandler = (this: IExecuteFunctions, itemIndex: number) => Promise<OperationResult>;

/**
 * The item loop every action node uses. Each input item runs the handler; every output item carries
 * `pairedItem` pointing at its input. With "Continue On Fail" (the node passes `this.continueOnFail()`)
 * a failing item becomes one error item linked to its input; otherwise the first failure stops the node.
 */
export async function runPerItem(
	this: IExecuteFunctions,
	handler: ItemHandler,
	continueOnFail: boolean,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const result = await handler.call(this, itemIndex);
			for (const json of toArray(result)) {
				output.push({
					json: redactSecrets(json, OUTPUT_SECRET_KEY),
					pairedItem: { item: itemIndex },
				});
			}
		} catch (error) {
			const nodeError = asNodeError(this, error, itemIndex);
			if (continueOnFail) {
				output.push({ json: errorJson(nodeError), pairedItem: { item: itemIndex } });
				continue;
			}
			throw nodeError;
		}
	}
	return [output];
}

function toArray(result: OperationResult): IDataObject[] {
	if (result === undefined) return [];
	return Array.isArray(result) ? result : [result];
}

function asNodeError(
	ctx: IExecuteFunctions,
	error: Error,
	itemIndex: number,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (error.context.itemIndex === undefined) error.context.itemIndex = itemIndex;
		return error;
	}
	return new NodeOperationError(ctx.getNode(), error, { itemIndex });
}

/**
 * The handler of an item's resource and operation, from a table of handlers by resource and
 * operation; an unknown pair fails with a NodeOperationError.
 */
export function routeOperation(handlers: Record<string, Record<string, ItemHandler>>): ItemHandler {
	return async function route(this: IExecuteFunctions, itemIndex: number) {
		const resource = this.getNodeParameter('resource', itemIndex) as string;
		const operation = this.getNodeParameter('operation', itemIndex) as string;
		const handler = handlers[resource]?.[operation];
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

/** The JSON of an error item under "Continue On Fail": message, hint and HTTP status when known. */
export function errorJson(error: NodeApiError | NodeOperationError): IDataObject {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
	return json;
}
