import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { Limiter, beginItemRun, endItemRun, mapConcurrently } from './concurrency';
import { MAX_CONCURRENCY } from './describe';
import { redactSecrets } from './redact';
import { toInteger } from './validate';

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

export interface ItemLoopOptions {
	/**
	 * How many items run at once, and how many requests the run may have in flight (default 1: one
	 * after the other). Only for operations that read: writes always run one item at a time.
	 */
	concurrency?: number;
	/** The operation only reads (every request a GET), so its items may run concurrently. */
	readOnly?: boolean;
}

/**
 * The item loop's options for this run of a node: an operation among `reads` (those that only read)
 * runs up to Options › Concurrency items at once (`defaultConcurrency` when not set); any other
 * operation runs one item at a time. Resource and operation are never expressions, so item 0 tells.
 */
export function itemLoopOptions(
	ctx: IExecuteFunctions,
	reads: readonly string[],
	defaultConcurrency: number,
): ItemLoopOptions {
	if (ctx.getInputData().length === 0) return {};
	const operation = ctx.getNodeParameter('operation', 0) as string;
	if (!reads.includes(operation)) return { readOnly: false };
	const value = ctx.getNodeParameter('options.concurrency', 0, defaultConcurrency);
	return {
		readOnly: true,
		concurrency: toInteger(ctx, 0, 'Concurrency', value, 1, MAX_CONCURRENCY),
	};
}

/**
 * What n8n's "On Error" setting asks of a failed item: stop the node (the default), an error item in
 * the output ("Continue"), or an error item on the node's error output ("Continue (using error
 * output)"), which n8n fills with the items that carry `error` (n8n-core's handleNodeErrorOutput).
 */
export type OnFailure = 'stop' | 'continueRegularOutput' | 'continueErrorOutput';

export function onFailure(ctx: IExecuteFunctions, continueOnFail: boolean): OnFailure {
	if (!continueOnFail) return 'stop';
	return ctx.getNode().onError === 'continueErrorOutput'
		? 'continueErrorOutput'
		: 'continueRegularOutput';
}

/**
 * The item loop every action node uses. Each input item runs the handler; every output item carries
 * `pairedItem` pointing at its input, and the output keeps the order of the input whatever order the
 * items finish in.
 *
 * Concurrency: the first item runs alone (a login, a token refresh or a session the credential needs
 * happens once, and the items after it find it done); then up to `concurrency` items run at once, with
 * at most as many requests in flight (pages of a Return All included).
 *
 * Failures (the node passes `this.continueOnFail()`; n8n's On Error setting says which output): by
 * default the first failure stops the node (no new item starts; the running ones finish, and the
 * failure of the lowest item is thrown). Under "Continue" a failed item becomes one error item linked
 * to its input, in its place; under "Continue (using error output)" one that n8n sends to the error
 * output (errorItem).
 */
export async function runPerItem(
	this: IExecuteFunctions,
	handler: ItemHandler,
	continueOnFail: boolean,
	options: ItemLoopOptions = {},
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const failure = onFailure(this, continueOnFail);
	const readOnly = options.readOnly === true;
	const concurrency = readOnly ? wholeNumberAtLeastOne(options.concurrency) : 1;
	const outputs = new Array<INodeExecutionData[]>(items.length);
	const runItem = async (itemIndex: number) => {
		try {
			outputs[itemIndex] = outputItems(await handler.call(this, itemIndex), itemIndex);
		} catch (error) {
			const nodeError = asNodeError(this, error, itemIndex);
			if (failure === 'stop') throw nodeError;
			outputs[itemIndex] = [errorItem(nodeError, itemIndex, failure)];
		}
	};
	if (items.length === 0) return [[]];
	const cancelled = () => this.getExecutionCancelSignal?.()?.aborted === true;
	beginItemRun(this, {
		requests: new Limiter(concurrency),
		readOnly,
		reauthentication: new Limiter(1),
	});
	try {
		await runItem(0);
		await mapConcurrently(
			items.length - 1,
			concurrency,
			async (index) => await runItem(index + 1),
			cancelled,
		);
	} finally {
		endItemRun(this);
	}
	return [outputs.flat()];
}

function wholeNumberAtLeastOne(value: unknown): number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : 1;
}

function outputItems(result: OperationResult, itemIndex: number): INodeExecutionData[] {
	if (result instanceof BinaryOutput) {
		return [
			{
				json: redactSecrets(result.json, OUTPUT_SECRET_KEY),
				binary: result.binary,
				pairedItem: { item: itemIndex },
			},
		];
	}
	return toArray(result).map((json) => ({
		json: redactSecrets(json, OUTPUT_SECRET_KEY),
		pairedItem: { item: itemIndex },
	}));
}

/**
 * The item of a failed input item. Under "Continue" its JSON is errorJson's. Under "Continue (using
 * error output)" it is `{error: {message, description, httpCode}}`: n8n moves an item whose JSON has
 * only `error` to the error output (2.8.4 also takes `{error, message}`, 2.41 also `details`), and adds
 * the input item's fields to it. (An item carrying the error object itself would move too, but n8n then
 * replaces its JSON with the bare message: no hint, no status, no input fields.)
 */
function errorItem(
	error: NodeApiError | NodeOperationError,
	itemIndex: number,
	failure: Exclude<OnFailure, 'stop'>,
): INodeExecutionData {
	const json = errorJson(error);
	if (failure === 'continueRegularOutput') return { json, pairedItem: { item: itemIndex } };
	const { error: message, ...details } = json;
	return { json: { error: { message, ...details } }, pairedItem: { item: itemIndex } };
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
