/**
 * The HeyDonto node's item loop against a fake API whose answers the test holds and lets go in any
 * order: reads run concurrently (the first item alone), output in input order, pages of a Return All
 * at once, one login for the requests an expired token rejects together, writes one item at a time.
 */
import type { IDataObject } from 'n8n-workflow';

import type { FakeResponse, SentRequest } from '../../helpers/fakeN8n';
import { TEST_NODE } from '../../helpers/fakeN8n';
import { settle } from '../../helpers/async';
import {
	BASE,
	byId,
	get,
	items,
	jwt,
	loginCredential,
	runHeyDonto,
	send,
} from '../../helpers/heydonto';

const site = (id: number): IDataObject => ({ id, name: `Site ${id}` });

/**
 * A fake API that holds every answer until the test lets it go (`release(path)`), counting the requests
 * in flight. `answer` gives the answer of a request; every request gets one (no queue to run out).
 */
function heldApi(answer: (request: SentRequest) => FakeResponse) {
	const held = new Map<string, Array<() => void>>();
	const state = { inFlight: 0, peak: 0 };
	const pathOf = (request: SentRequest) => request.url.slice(BASE.length);
	const responder = async (request: SentRequest) => {
		state.inFlight++;
		state.peak = Math.max(state.peak, state.inFlight);
		await new Promise<void>((resolve) => {
			const path = pathOf(request);
			held.set(path, [...(held.get(path) ?? []), resolve]);
		});
		state.inFlight--;
		return answer(request);
	};
	return {
		state,
		responses: Array.from({ length: 50 }, () => responder),
		/** The paths whose answers are held now. */
		waiting: () =>
			[...held.entries()].filter(([, queue]) => queue.length > 0).map(([path]) => path),
		/** Lets the oldest held answer of each path go, in the order given, once its request came. */
		async release(...paths: string[]) {
			for (const path of paths) {
				for (let turn = 0; turn < 50 && !held.get(path)?.length; turn++) await settle();
				const next = held.get(path)?.shift();
				if (!next) {
					throw new Error(
						`no request to ${path} is waiting (waiting: ${this.waiting().join(', ')})`,
					);
				}
				next();
			}
			await settle();
		},
	};
}

const perItem = (count: number) =>
	Array.from({ length: count }, (_, index) => ({ json: { id: index + 1 } }));

describe('HeyDonto › the item loop', () => {
	it('Get runs the first item alone, then the others at once, and outputs them in input order whatever order the answers come in', async () => {
		const api = heldApi((request) => ({ body: site(Number(request.url.split('/').pop())) }));
		const run = runHeyDonto({
			items: perItem(6),
			parameters: (i) => ({ resource: 'site', operation: 'get', siteId: byId(i + 1) }),
			responses: api.responses,
		});
		await settle();
		expect(api.waiting()).toEqual(['/site/1']);
		await api.release('/site/1');
		expect(api.waiting().sort()).toEqual(['/site/2', '/site/3', '/site/4', '/site/5', '/site/6']);
		await api.release('/site/4', '/site/2', '/site/6', '/site/3', '/site/5');
		const { output, requests } = await run;
		expect(output).toEqual([1, 2, 3, 4, 5, 6].flatMap((id) => items([site(id)], id - 1)));
		expect(requests).toEqual([1, 2, 3, 4, 5, 6].map((id) => get(`/site/${id}`)));
		expect(api.state.peak).toBe(5);
	});

	it('Options › Concurrency sets how many items are in flight', async () => {
		const api = heldApi((request) => ({ body: site(Number(request.url.split('/').pop())) }));
		const run = runHeyDonto({
			items: perItem(5),
			parameters: (i) => ({
				resource: 'site',
				operation: 'get',
				siteId: byId(i + 1),
				options: { concurrency: 2 },
			}),
			responses: api.responses,
		});
		await api.release('/site/1');
		expect(api.waiting().sort()).toEqual(['/site/2', '/site/3']);
		await api.release('/site/3');
		expect(api.waiting().sort()).toEqual(['/site/2', '/site/4']);
		await api.release('/site/4', '/site/2');
		await api.release('/site/5');
		expect((await run).output).toHaveLength(5);
		expect(api.state.peak).toBe(2);
	});

	it('Return All reads the first page, then the pages it still needs at once, in page order', async () => {
		const page = (n: number, count: number) => ({
			data: Array.from({ length: count }, (_, i) => site(n * 100 + i + 1)),
			meta: { page: n, pageSize: 100, total: 350, totalPages: 4 },
		});
		const counts = [100, 100, 100, 50];
		const api = heldApi((request) => {
			const n = Number(new URL(request.url).searchParams.get('page'));
			return { body: page(n, counts[n]) };
		});
		const run = runHeyDonto({
			parameters: { resource: 'site', operation: 'getAll', returnAll: true },
			responses: api.responses,
		});
		const path = (n: number) => `/site?page=${n}&pageSize=100`;
		await api.release(path(0));
		expect(api.waiting()).toEqual([path(1), path(2), path(3)]);
		await api.release(path(3), path(1), path(2));
		const { output, requests } = await run;
		expect(output.map((item) => item.json.id)).toEqual(
			Array.from({ length: 350 }, (_, i) => i + 1),
		);
		expect(requests).toEqual([0, 1, 2, 3].map((n) => get('/site', { page: n, pageSize: 100 })));
	});

	it('requests an expired token rejects together are renewed by one login, not one each', async () => {
		const tokens = { old: jwt({ sub: 1, n: 'old' }), fresh: jwt({ sub: 1, n: 'fresh' }) };
		let firstAnswered = false;
		const api = heldApi((request) => {
			if (request.url.endsWith('/auth/login'))
				return { status: 201, body: { token: tokens.fresh } };
			const authorization = String(request.headers?.Authorization);
			// The stored token works for the first item only, then expires.
			if (authorization === `Bearer ${tokens.old}` && firstAnswered)
				return { status: 401, body: {} };
			firstAnswered = true;
			return { body: site(Number(request.url.split('/').pop())) };
		});
		const credentials = loginCredential({ sessionToken: tokens.old });
		const run = runHeyDonto({
			items: perItem(4),
			parameters: (i) => ({ resource: 'site', operation: 'get', siteId: byId(i + 1) }),
			credentials,
			responses: api.responses,
		});
		await api.release('/site/1');
		// Items 2-4 are rejected together; the first to ask logs in (sent again, login, sent again).
		await api.release('/site/2', '/site/3', '/site/4');
		await api.release('/site/2', '/auth/login', '/site/2');
		// The others, their turn come, send with the new token.
		await api.release('/site/3', '/site/4');
		const { output, requests } = await run;
		expect(output.map((item) => item.json.id)).toEqual([1, 2, 3, 4]);
		expect(requests.filter((request) => request.url.endsWith('/auth/login'))).toHaveLength(1);
		const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
		expect(
			requests.map((request) => `${request.method} ${request.url.slice(BASE.length)}`),
		).toEqual([
			'GET /site/1',
			'GET /site/2',
			'GET /site/3',
			'GET /site/4',
			'GET /site/2',
			'POST /auth/login',
			'GET /site/2',
			'GET /site/3',
			'GET /site/4',
		]);
		expect(requests.slice(-2).map((request) => request.headers)).toEqual([
			bearer(tokens.fresh),
			bearer(tokens.fresh),
		]);
		expect(credentials.heyDontoApi.data.sessionToken).toBe(tokens.fresh);
	});

	it('Update (a write) runs one item at a time, whatever Options › Concurrency says', async () => {
		const api = heldApi((request) =>
			request.method === 'GET'
				? { body: { ...site(Number(request.url.split('/').pop())), phoneNumber: '' } }
				: { body: request.body },
		);
		const run = runHeyDonto({
			items: perItem(2),
			parameters: (i) => ({
				resource: 'site',
				operation: 'update',
				siteId: byId(i + 1),
				updateFields: { phoneNumber: `+1-512-555-000${i + 1}` },
				options: { concurrency: 5 },
			}),
			responses: api.responses,
		});
		for (const path of ['/site/1', '/site/1', '/site/2', '/site/2']) await api.release(path);
		const { requests } = await run;
		expect(
			requests.map((request) => `${request.method} ${request.url.slice(BASE.length)}`),
		).toEqual(['GET /site/1', 'PUT /site/1', 'GET /site/2', 'PUT /site/2']);
		expect(requests[1]).toEqual(
			send('PUT', '/site/1', expect.objectContaining({ phoneNumber: '+1-512-555-0001' })),
		);
		expect(api.state.peak).toBe(1);
	});

	it('On Error › Continue (using error output): a 404 among concurrent reads is an item of only `error`', async () => {
		const api = heldApi((request) =>
			request.url.endsWith('/site/2')
				? { status: 404, body: { statusCode: 404, message: 'Site with ID 2 not found' } }
				: { body: site(Number(request.url.split('/').pop())) },
		);
		const run = runHeyDonto({
			items: perItem(3),
			parameters: (i) => ({ resource: 'site', operation: 'get', siteId: byId(i + 1) }),
			continueOnFail: true,
			node: { ...TEST_NODE, onError: 'continueErrorOutput' },
			responses: api.responses,
		});
		await api.release('/site/1', '/site/3', '/site/2');
		const { output } = await run;
		expect(output).toEqual([
			...items([site(1)], 0),
			{
				json: {
					error: {
						message: 'The HeyDonto API answered 404: Site with ID 2 not found',
						description:
							'No site with ID 2 exists or is visible to this credential. Check the Site ID, or pick it from the list.',
						httpCode: '404',
					},
				},
				pairedItem: { item: 1 },
			},
			...items([site(3)], 2),
		]);
	});
});
