import type { IDataObject, IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { Endpoint } from '../../nodes/shared/endpoints';
import { createTransport } from '../../nodes/shared/transport';
import { TEST_NODE } from '../helpers/fakeN8n';

const ENDPOINTS: Record<'record.get' | 'record.getAll' | 'list.whole', Endpoint> = {
	'record.get': { method: 'GET', path: '/records/{recordId}', source: 'INFERRED' },
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
});
