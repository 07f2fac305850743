import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { redactSecrets } from './redact';

/** Output never carries a password, even where a vendor echoes one back (HeyDonto's site records do). */
const OUTPUT_SECRET_KEY = /password/i;

/** An output item that carries n8n binary data (a downloaded file) beside its JSON. */
export class BinaryOutput {
	constructor(
		readonly json: IDataObject,
		readonly binary: IBinaryKeyData,
	) {}
}

/** What one operation returns for one input item: one record, many records, a file, or nothing. */
export type OperationResult = IDataObject | IDataObject[] | BinaryOutput | undefined;

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
			if (result instanceof BinaryOutput) {
				output.push({
					json: redactSecrets(result.json, OUTPUT_SECRET_KEY),
					binary: result.binary,
					pairedItem: { item: itemIndex },
				});
				continue;
			}
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

function toArray(result: IDataObject | IDataObject[] | undefined): IDataObject[] {
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

/** The JSON of an error item under "Continue On Fail": message, hint and HTTP status when known. */
export function errorJson(error: NodeApiError | NodeOperationError): IDataObject {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
	return json;
}
