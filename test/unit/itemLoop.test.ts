import type { IDataObject, IExecuteFunctions, INode, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { itemRunOf } from '../../nodes/shared/concurrency';
import { BinaryOutput, itemLoopOptions, runPerItem } from '../../nodes/shared/execute';
import type { ItemHandler, OperationResult } from '../../nodes/shared/execute';
import { deferred, settle } from '../helpers/async';

const NODE: INode = {
	id: 'loop',
	name: 'Loop',
	type: 'n8n-nodes-heydonto.heyDonto',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

function context(
	count: number,
	{
		onError,
		parameters = {},
		cancelled,
	}: {
		onError?: INode['onError'];
		parameters?: IDataObject;
		cancelled?: () => boolean;
	} = {},
) {
	const items: INodeExecutionData[] = Array.from({ length: count }, (_, i) => ({ json: { i } }));
	return {
		getInputData: () => items,
		getNode: () => ({ ...NODE, onError }),
		getNodeParameter: (name: string, _itemIndex: number, fallback?: unknown) => {
			const value = name
				.split('.')
				.reduce<unknown>((object, key) => (object as IDataObject | undefined)?.[key], parameters);
			return value === undefined ? fallback : value;
		},
		getExecutionCancelSignal: () => ({ aborted: cancelled?.() ?? false }) as AbortSignal,
	} as unknown as IExecuteFunctions;
}

/**
 * A handler whose items finish when the test says: `finish(i, value)` or `fail(i, error)`. `started`
 * lists the items in the order they began; `running` is how many run now, `peak` the most at once.
 */
function controlledHandler(count: number) {
	const gates = Array.from({ length: count }, () => deferred<OperationResult>());
	const state = { started: [] as number[], running: 0, peak: 0 };
	const handler: ItemHandler = async function (itemIndex) {
		state.started.push(itemIndex);
		state.running++;
		state.peak = Math.max(state.peak, state.running);
		try {
			return await gates[itemIndex].promise;
		} finally {
			state.running--;
		}
	};
	return {
		handler,
		state,
		finish: async (itemIndex: number, ...value: [OperationResult?]) => {
			gates[itemIndex].resolve(value.length > 0 ? value[0] : { id: itemIndex });
			await settle();
		},
		fail: async (itemIndex: number, error: Error) => {
			gates[itemIndex].reject(error);
			await settle();
		},
	};
}

const apiError = (itemIndex: number, status: number) =>
	new NodeApiError(
		NODE,
		{ message: `HTTP ${status}` },
		{
			message: `The HeyDonto API answered ${status}: Site ${itemIndex} not found`,
			description: `No site with ID ${itemIndex}`,
			httpCode: String(status),
			itemIndex,
		},
	);

describe('runPerItem', () => {
	it('runs the first item alone, then up to `concurrency` at once, and keeps input order and pairedItem whatever order items finish in', async () => {
		const ctx = context(6);
		const loop = controlledHandler(6);
		const run = runPerItem.call(ctx, loop.handler, false, { concurrency: 3, readOnly: true });
		await settle();
		expect(loop.state.started).toEqual([0]);
		await loop.finish(0);
		expect(loop.state.started).toEqual([0, 1, 2, 3]);
		await loop.finish(3, [{ id: 'three-a' }, { id: 'three-b' }]);
		expect(loop.state.started).toEqual([0, 1, 2, 3, 4]);
		await loop.finish(2, undefined);
		await loop.finish(4);
		await loop.finish(1);
		await loop.finish(5);
		expect(await run).toEqual([
			[
				{ json: { id: 0 }, pairedItem: { item: 0 } },
				{ json: { id: 1 }, pairedItem: { item: 1 } },
				{ json: { id: 'three-a' }, pairedItem: { item: 3 } },
				{ json: { id: 'three-b' }, pairedItem: { item: 3 } },
				{ json: { id: 4 }, pairedItem: { item: 4 } },
				{ json: { id: 5 }, pairedItem: { item: 5 } },
			],
		]);
		expect(loop.state.peak).toBe(3);
	});

	it('runs an operation that writes one item at a time, whatever the concurrency', async () => {
		const ctx = context(3);
		const loop = controlledHandler(3);
		const run = runPerItem.call(ctx, loop.handler, false, { concurrency: 5, readOnly: false });
		await settle();
		expect(loop.state.started).toEqual([0]);
		await loop.finish(0);
		expect(loop.state.started).toEqual([0, 1]);
		await loop.finish(1);
		await loop.finish(2);
		expect((await run)[0]).toHaveLength(3);
		expect(loop.state.peak).toBe(1);
	});

	it('tells the requests of the run how many may be in flight and that the operation only reads, and forgets it after', async () => {
		const ctx = context(2);
		const seen: unknown[] = [];
		await runPerItem.call(
			ctx,
			async function (this: IExecuteFunctions) {
				const run = itemRunOf(this);
				seen.push({ size: run?.requests.size, readOnly: run?.readOnly });
				return await Promise.resolve({});
			},
			false,
			{ concurrency: 4, readOnly: true },
		);
		expect(seen).toEqual([
			{ size: 4, readOnly: true },
			{ size: 4, readOnly: true },
		]);
		expect(itemRunOf(ctx)).toBeUndefined();
	});

	it('outputs a file item with its binary data, and never a password', async () => {
		const ctx = context(2);
		const binary = { data: { data: 'aGk=', mimeType: 'text/plain' } };
		const [output] = await runPerItem.call(
			ctx,
			async (itemIndex) =>
				await Promise.resolve(
					itemIndex === 0
						? new BinaryOutput({ name: 'a.txt' }, binary)
						: { id: 1, decisionMakerUserPassword: 'secret' },
				),
			false,
			{ concurrency: 2, readOnly: true },
		);
		expect(output).toEqual([
			{ json: { name: 'a.txt' }, binary, pairedItem: { item: 0 } },
			{ json: { id: 1, decisionMakerUserPassword: '[redacted]' }, pairedItem: { item: 1 } },
		]);
	});

	describe('On Error: Continue (regular output)', () => {
		it('turns each failed item into one error item in its place, finished out of order, without an `error` property', async () => {
			const ctx = context(5, { onError: 'continueRegularOutput' });
			const loop = controlledHandler(5);
			const run = runPerItem.call(ctx, loop.handler, true, { concurrency: 4, readOnly: true });
			await settle();
			await loop.finish(0);
			await loop.fail(4, apiError(4, 404));
			await loop.finish(3);
			await loop.fail(1, new Error('not a node error'));
			await loop.finish(2);
			expect(await run).toEqual([
				[
					{ json: { id: 0 }, pairedItem: { item: 0 } },
					{ json: { error: 'not a node error' }, pairedItem: { item: 1 } },
					{ json: { id: 2 }, pairedItem: { item: 2 } },
					{ json: { id: 3 }, pairedItem: { item: 3 } },
					{
						json: {
							error: 'The HeyDonto API answered 404: Site 4 not found',
							description: 'No site with ID 4',
							httpCode: '404',
						},
						pairedItem: { item: 4 },
					},
				],
			]);
		});
	});

	describe('On Error: Continue (using error output)', () => {
		it('gives each failed item only `error` (message, hint, status), which n8n sends to the error output with the input fields; successful items stay as they are', async () => {
			const ctx = context(4, { onError: 'continueErrorOutput' });
			const loop = controlledHandler(4);
			const run = runPerItem.call(ctx, loop.handler, true, { concurrency: 3, readOnly: true });
			await settle();
			await loop.fail(0, apiError(0, 404));
			await loop.finish(3);
			await loop.fail(
				2,
				new NodeOperationError(NODE, 'Invalid value for "Site"', {
					description: 'Set "Site" to a numeric ID.',
				}),
			);
			await loop.finish(1);
			const [output] = await run;
			expect(output).toEqual([
				{
					json: {
						error: {
							message: 'The HeyDonto API answered 404: Site 0 not found',
							description: 'No site with ID 0',
							httpCode: '404',
						},
					},
					pairedItem: { item: 0 },
				},
				{ json: { id: 1 }, pairedItem: { item: 1 } },
				{
					json: {
						error: {
							message: 'Invalid value for "Site"',
							description: 'Set "Site" to a numeric ID.',
						},
					},
					pairedItem: { item: 2 },
				},
				{ json: { id: 3 }, pairedItem: { item: 3 } },
			]);
			const inputs = ctx.getInputData();
			expect(routedByN8n(output, inputs)).toEqual({
				main: [output[1], output[3]],
				error: [
					{ ...output[0], json: { i: 0, ...output[0].json } },
					{ ...output[2], json: { i: 2, ...output[2].json } },
				],
			});
		});

		it("is what n8n 2.8.4 and 2.41.1 route: JSON of only `error`; errorJson's shape stays on the main output, and an item carrying the error object loses its JSON", () => {
			const inputs = [{ json: { id: 7 } }];
			const item = (json: IDataObject, extra: Partial<INodeExecutionData> = {}) => ({
				json,
				pairedItem: { item: 0 },
				...extra,
			});
			expect(
				routedByN8n([item({ error: 'x', description: 'd', httpCode: '404' })], inputs).error,
			).toEqual([]);
			expect(routedByN8n([item({ error: { message: 'x' } })], inputs).error).toEqual([
				item({ id: 7, error: { message: 'x' } }),
			]);
			const carried = item({ error: 'x', description: 'd' }, { error: apiError(0, 404) });
			expect(routedByN8n([carried], inputs).error.map((routed) => routed.json)).toEqual([
				{ error: 'The HeyDonto API answered 404: Site 0 not found' },
			]);
		});
	});

	describe('On Error: Stop Workflow', () => {
		it('starts no item after a failure, lets the running ones finish, and throws the failure of the lowest item', async () => {
			const ctx = context(8);
			const loop = controlledHandler(8);
			const run = runPerItem.call(ctx, loop.handler, false, { concurrency: 3, readOnly: true });
			const outcome = run.catch((error: Error) => error);
			await settle();
			await loop.finish(0);
			expect(loop.state.started).toEqual([0, 1, 2, 3]);
			await loop.fail(3, apiError(3, 500));
			await loop.fail(2, new Error('item 2 broke'));
			expect(loop.state.started).toEqual([0, 1, 2, 3]);
			await loop.finish(1);
			const error = (await outcome) as NodeOperationError;
			expect(error).toBeInstanceOf(NodeOperationError);
			expect(error.message).toBe('item 2 broke');
			expect(error.context.itemIndex).toBe(2);
			expect(loop.state.started).toEqual([0, 1, 2, 3]);
		});

		it('a failure of the first item stops the node before any other item starts', async () => {
			const ctx = context(3);
			const loop = controlledHandler(3);
			const run = runPerItem.call(ctx, loop.handler, false, { concurrency: 3, readOnly: true });
			const outcome = run.catch((error: Error) => error);
			await settle();
			await loop.fail(0, apiError(0, 401));
			expect(((await outcome) as Error).message).toBe(
				'The HeyDonto API answered 401: Site 0 not found',
			);
			expect(loop.state.started).toEqual([0]);
		});
	});

	it('starts no more items once the execution is cancelled', async () => {
		let cancelled = false;
		const ctx = context(5, { onError: 'continueRegularOutput', cancelled: () => cancelled });
		const loop = controlledHandler(5);
		const run = runPerItem.call(ctx, loop.handler, true, { concurrency: 2, readOnly: true });
		await settle();
		await loop.finish(0);
		expect(loop.state.started).toEqual([0, 1, 2]);
		cancelled = true;
		await loop.finish(1);
		await loop.finish(2);
		expect(loop.state.started).toEqual([0, 1, 2]);
		expect((await run)[0]).toHaveLength(3);
	});

	it('outputs nothing for no input', async () => {
		expect(
			await runPerItem.call(context(0), async () => await Promise.resolve({}), false, {}),
		).toEqual([[]]);
	});
});

describe('itemLoopOptions', () => {
	const reads = ['get', 'getAll'];

	it('a reading operation runs at Options › Concurrency, or the default', () => {
		expect(itemLoopOptions(context(1, { parameters: { operation: 'get' } }), reads, 20)).toEqual({
			readOnly: true,
			concurrency: 20,
		});
		expect(
			itemLoopOptions(
				context(1, { parameters: { operation: 'getAll', options: { concurrency: 3 } } }),
				reads,
				20,
			),
		).toEqual({ readOnly: true, concurrency: 3 });
	});

	it('any other operation runs one item at a time', () => {
		expect(
			itemLoopOptions(
				context(1, { parameters: { operation: 'update', options: { concurrency: 9 } } }),
				reads,
				20,
			),
		).toEqual({ readOnly: false });
	});

	it('a concurrency that is not a whole number from 1 to 100 fails before anything is sent', () => {
		for (const concurrency of [0, 101, 2.5, 'many']) {
			expect(() =>
				itemLoopOptions(
					context(1, { parameters: { operation: 'get', options: { concurrency } } }),
					reads,
					20,
				),
			).toThrow(/^Invalid value for "Concurrency": expected a whole number from 1 to 100/);
		}
	});
});

/**
 * What n8n does with the output of a node set to "Continue (using error output)": n8n-core's
 * WorkflowExecute.handleNodeErrorOutput moves the items that carry `error`, or whose JSON has only
 * `error` (2.8.4: or `error` and `message`; 2.41.1: any of `error`, `message`, `details`), to the error
 * output, adding the fields of the input item they are paired with; then normalizeNodeErrors replaces
 * the JSON of every item that carries `error` by `{error: <its message>}`
 * (dist/execution-engine/workflow-execute.js in both versions).
 */
function routedByN8n(output: INodeExecutionData[], inputs: INodeExecutionData[]) {
	const main: INodeExecutionData[] = [];
	const error: INodeExecutionData[] = [];
	for (const item of output) {
		const keys = Object.keys(item.json);
		const isError =
			item.error !== undefined ||
			(Boolean(item.json.error) && keys.every((key) => ['error', 'message'].includes(key)));
		if (!isError) {
			main.push(item);
			continue;
		}
		const paired = inputs[(item.pairedItem as { item: number }).item];
		const moved = { ...item, json: { ...paired.json, ...item.json } };
		if (moved.error) moved.json = { error: moved.error.message };
		error.push(moved);
	}
	return { main, error };
}
