import type { IDataObject, IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { Endpoint } from '../../nodes/shared/endpoints';
import { Limiter, beginItemRun, endItemRun } from '../../nodes/shared/concurrency';
import { createTransport } from '../../nodes/shared/transport';
import { TEST_NODE } from '../helpers/fakeN8n';

const ENDPOINTS: Record<'record.get' | 'record.getAll' | 'list.whole' | 'record.update', Endpoint> =
	{
		'record.get': { method: 'GET', path: '/records/{recordId}', source: 'INFERRED' },
		'record.update': { method: 'PATCH', path: '/records/{recordId}', source: 'INFERRED' },
		'record.getAll': { method: 'GET', path: '/records', source: 'INFERRED', paged: true },
		'list.whole': { method: 'GET', path: '/whole', source: 'INFERRED' },
	};

/** A context whose request helper signs like n8n's OAuth2 does: by writing into the headers it is given. */
function context(answers: unknown[]) {
	const sent: IHttpRequestOptions[] = [];
	const ctx = {
		getNode: () => TEST_NODE,
		getCredentials: async () => ({ baseUrl: 'http://api.test/v1/' }),
		helpers: {
			httpRequestWithAuthentication: async (_type: string, options: IHttpRequestOptions) => {
				sent.push({ ...options, headers: { ...options.headers } });
				(options.headers as IDataObject).Authorization = `Bearer token-${sent.length}`;
				return { statusCode: 200, headers: {}, body: answers.shift() };
			},
		},
	};
	return { ctx: ctx as unknown as IExecuteFunctions, sent };
}

const transport = createTransport<keyof typeof ENDPOINTS>({
	vendor: 'Test',
	endpoints: ENDPOINTS,
	credentialType: 'testApi',
	baseUrl: (credentials) => String(credentials.baseUrl).replace(/\/+$/, ''),
	message: () => undefined,
	options: { headers: { Accept: 'application/json' } },
	maxPageSize: 2,
	hints: { network: () => 'network', byStatus: () => ({}), credential: () => 'credential' },
	timeoutMs: 5000,
	record: (body) => (body as IDataObject).data as IDataObject,
});

describe('the transport factory', () => {
	it('builds the URL from the base URL and the endpoint table, and reads the record', async () => {
		const { ctx, sent } = context([{ data: { id: 7 } }]);
		const record = await transport.record.call(ctx, {
			endpoint: 'record.get',
			params: { recordId: 'a b' },
			qs: { empty: '', kept: 0 },
		});
		expect(record).toEqual({ id: 7 });
		expect(sent[0]).toMatchObject({
			method: 'GET',
			url: 'http://api.test/v1/records/a%20b',
			qs: { kept: 0 },
			json: true,
		});
	});

	it('gives every request its own headers, so a signature never leaks into the next request', async () => {
		const { ctx, sent } = context([{}, {}]);
		await transport.request.call(ctx, { endpoint: 'list.whole' });
		await transport.request.call(ctx, { endpoint: 'list.whole' });
		expect(sent.map((options) => options.headers)).toEqual([
			{ Accept: 'application/json' },
			{ Accept: 'application/json' },
		]);
	});

	it('follows a link only when it lies under the base URL', async () => {
		const { ctx, sent } = context([{}, {}]);
		await transport.request.call(ctx, {
			endpoint: 'list.whole',
			link: 'http://api.test/v1/whole?page=2',
			qs: { page: 1 },
		});
		await transport.request.call(ctx, {
			endpoint: 'list.whole',
			link: 'http://elsewhere.test/steal',
			qs: { page: 1 },
		});
		expect(sent.map((options) => [options.url, options.qs])).toEqual([
			['http://api.test/v1/whole?page=2', undefined],
			['http://api.test/v1/whole', { page: 1 }],
		]);
	});

	it('pages a paged list and cuts a whole one to the limit', async () => {
		const { ctx, sent } = context([
			[{ id: 1 }, { id: 2 }],
			[{ id: 3 }],
			[{ id: 1 }, { id: 2 }, { id: 3 }],
		]);
		const paged = await transport.list.call(
			ctx,
			{ endpoint: 'record.getAll' },
			{ returnAll: true, limit: 0 },
		);
		const whole = await transport.list.call(
			ctx,
			{ endpoint: 'list.whole' },
			{ returnAll: false, limit: 2 },
		);
		expect(paged).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
		expect(whole).toEqual([{ id: 1 }, { id: 2 }]);
		expect(sent.map((options) => options.qs)).toEqual([
			{ page: 0, pageSize: 2 },
			{ page: 1, pageSize: 2 },
			undefined,
		]);
	});

	describe('in an item loop', () => {
		/** A context whose requests wait until the test lets them go, counting those in flight. */
		function slowContext(total: number) {
			const waiting: Array<() => void> = [];
			const state = { inFlight: 0, peak: 0, pages: [] as unknown[] };
			const ctx = {
				getNode: () => TEST_NODE,
				getCredentials: async () => ({ baseUrl: 'http://api.test/v1' }),
				helpers: {
					httpRequestWithAuthentication: async (_type: string, options: IHttpRequestOptions) => {
						state.inFlight++;
						state.peak = Math.max(state.peak, state.inFlight);
						state.pages.push((options.qs as IDataObject).page);
						await new Promise<void>((resolve) => waiting.push(resolve));
						state.inFlight--;
						const page = (options.qs as IDataObject).page as number;
						const data = [page * 2 + 1, page * 2 + 2]
							.filter((id) => id <= total)
							.map((id) => ({ id }));
						return { statusCode: 200, headers: {}, body: { data, meta: { total } } };
					},
				},
			} as unknown as IExecuteFunctions;
			/** Lets the requests go one at a time, the oldest first, until `done` settles. */
			const drain = async (done: Promise<unknown>) => {
				let settled = false;
				const mark = () => (settled = true);
				done.then(mark, mark);
				while (!settled) {
					waiting.shift()?.();
					for (let i = 0; i < 20; i++) await Promise.resolve();
				}
			};
			return { ctx, state, drain };
		}

		it("keeps the run's requests in flight within its concurrency, pages of Return All included", async () => {
			const { ctx, state, drain } = slowContext(20);
			beginItemRun(ctx, {
				requests: new Limiter(3),
				readOnly: true,
				reauthentication: new Limiter(1),
			});
			try {
				const list = transport.list.call(
					ctx,
					{ endpoint: 'record.getAll' },
					{ returnAll: true, limit: 0 },
				);
				await drain(list);
				const records = await list;
				expect(records.map((record) => record.id)).toEqual(
					Array.from({ length: 20 }, (_, n) => n + 1),
				);
				expect(state.pages).toHaveLength(10);
				expect(state.peak).toBe(3);
			} finally {
				endItemRun(ctx);
			}
		});

		it('refuses anything but a GET in an operation that runs as one that only reads', async () => {
			const { ctx, sent } = context([{}]);
			beginItemRun(ctx, {
				requests: new Limiter(2),
				readOnly: true,
				reauthentication: new Limiter(1),
			});
			try {
				await expect(
					transport.request.call(ctx, { endpoint: 'record.update', params: { recordId: 1 } }),
				).rejects.toThrow(
					'Test record.update is a PATCH, but the operation runs as one that only reads',
				);
				expect(sent).toEqual([]);
			} finally {
				endItemRun(ctx);
			}
			await transport.request.call(ctx, { endpoint: 'record.update', params: { recordId: 1 } });
			expect(sent).toHaveLength(1);
		});
	});
});
