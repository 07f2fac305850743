import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { AeronaApi } from '../../credentials/AeronaApi.credentials';
import { AeronaTrigger } from '../../nodes/Aerona/AeronaTrigger.node';
import { aeronaBudget, aeronaBudgetKey } from '../../nodes/Aerona/transport/connection';
import { REUSE_MS, sharedLogin } from '../../nodes/shared/sharedLogin';
import { budgetFor } from '../../nodes/shared/throttle';
import { aeronaCredential, loginAnswer } from '../helpers/aerona';
import type { CredentialSlot, SentRequest } from '../helpers/fakeN8n';
import { FakeApi, webhookContext } from '../helpers/fakeN8n';

/** A promise settled from outside, for logins that are still running. */
function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((ok, fail) => {
		resolve = ok;
		reject = fail;
	});
	return { promise, resolve, reject };
}

let keys = 0;
const newKey = () => `login-${++keys}`;

describe('sharedLogin: one login at a time per credential values, in this process', () => {
	it('callers that arrive while a login runs wait for it and share its token', async () => {
		const key = newKey();
		const running = deferred<string>();
		const login = jest.fn(async () => await running.promise);
		const callers = Array.from({ length: 50 }, async () => await sharedLogin(key, '', login));
		running.resolve('tok-1');
		expect(await Promise.all(callers)).toEqual(Array(50).fill('tok-1'));
		expect(login).toHaveBeenCalledTimes(1);
	});

	it('a finished login is shared for a minute with callers that read the database before it was saved', async () => {
		const key = newKey();
		let now = 1_000_000;
		const clock = () => now;
		let calls = 0;
		const login = jest.fn(async (): Promise<string> => `tok-${++calls}`);
		expect(await sharedLogin(key, '', login, clock)).toBe('tok-1');
		now += REUSE_MS - 1;
		// An empty token or an older one: the caller read the database before tok-1 was saved.
		expect(await sharedLogin(key, '', login, clock)).toBe('tok-1');
		expect(await sharedLogin(key, 'tok-0', login, clock)).toBe('tok-1');
		expect(login).toHaveBeenCalledTimes(1);
		now += 1;
		expect(await sharedLogin(key, '', login, clock)).toBe('tok-2');
		expect(login).toHaveBeenCalledTimes(2);
	});

	it('a caller refused with the latest token logs in again, once for everyone refused with it', async () => {
		const key = newKey();
		let calls = 0;
		const login = jest.fn(async (): Promise<string> => `tok-${++calls}`);
		expect(await sharedLogin(key, '', login)).toBe('tok-1');
		const refused = await Promise.all(
			Array.from({ length: 20 }, async () => await sharedLogin(key, 'tok-1', login)),
		);
		expect(refused).toEqual(Array(20).fill('tok-2'));
		expect(login).toHaveBeenCalledTimes(2);
	});

	it('a failed login is not remembered: its waiting callers get the error, the next caller tries again', async () => {
		const key = newKey();
		const running = deferred<string>();
		const login = jest.fn(async () => await running.promise);
		const callers = Array.from({ length: 3 }, async () => await sharedLogin(key, '', login));
		running.reject(new Error('Aerona refused the login'));
		for (const caller of callers) await expect(caller).rejects.toThrow('Aerona refused the login');
		expect(await sharedLogin(key, '', async () => 'tok-after')).toBe('tok-after');
		expect(login).toHaveBeenCalledTimes(1);
	});

	it('different credential values never share a login', async () => {
		const a = jest.fn(async () => 'tok-a');
		const b = jest.fn(async () => 'tok-b');
		expect(await Promise.all([sharedLogin(newKey(), '', a), sharedLogin(newKey(), '', b)])).toEqual(
			['tok-a', 'tok-b'],
		);
	});
});

describe('Aerona: one login for a burst of webhook deliveries with Fetch Full Record', () => {
	const trigger = new AeronaTrigger();
	const parameters = {
		objectTypes: ['appointment', 'patient'],
		authentication: 'none',
		fetchFullRecord: true,
		options: {},
	};
	const body = (i: number) => ({ objectType: 'Appointment', event: 'Updated', id: 34200 + i });

	/** Answers by request, whatever order they arrive in: the login, or the record for the token sent. */
	const answer =
		(validToken: string) =>
		(
			request: SentRequest,
		): { status?: number; body?: unknown; headers?: Record<string, string> } => {
			if (request.method === 'POST') return loginAnswer(validToken);
			if ((request.headers as IDataObject)['AERONA-AUTH-TOKEN'] !== validToken)
				return { status: 401, body: { message: 'Token invalidated' } };
			return { body: { id: Number(request.url.split('/').pop()) } };
		};

	/**
	 * `count` deliveries at once. Every one reads the credential as n8n stored it before any of them ran
	 * (its own copy, as n8n reads the database for each request): all see the same empty or stale token.
	 */
	async function burst(
		data: ICredentialDataDecryptedObject,
		count: number,
		api: FakeApi,
		options: IDataObject = {},
	) {
		const runs = Array.from({ length: count }, (_, i) => {
			const credentials: Record<string, CredentialSlot> = {
				aeronaApi: { type: aeronaCredential().aeronaApi.type, data: { ...data } },
			};
			return webhookContext({
				parameters: { ...parameters, options },
				request: { body: body(i) },
				api,
				credentials,
			});
		});
		const results = await Promise.all(runs.map(async (run) => await trigger.webhook.call(run.ctx)));
		return results.map((result) => result.workflowData?.[0][0].json as IDataObject);
	}

	const logins = (api: FakeApi) => api.requests.filter((request) => request.method === 'POST');

	it('200 deliveries with an empty stored token, limit 300 per 15 minutes: one login, 200 records, 201 slots', async () => {
		const data = { ...aeronaCredential().aeronaApi.data, sessionToken: '' };
		const api = new FakeApi(Array.from({ length: 201 }, () => answer('tok-new')));
		const outputs = await burst(data, 200, api);
		expect(logins(api)).toHaveLength(1);
		expect(outputs.filter((json) => json.recordError !== undefined)).toEqual([]);
		expect(outputs.map((json) => (json.record as IDataObject).id)).toEqual(
			Array.from({ length: 200 }, (_, i) => 34200 + i),
		);
		expect(budgetFor(aeronaBudgetKey(data), aeronaBudget(data)).used()).toBe(201);
	});

	it('a token invalidated under 20 deliveries: one re-login; each delivery sends again, then retries', async () => {
		const data = { ...aeronaCredential().aeronaApi.data, sessionToken: 'tok-old' };
		const api = new FakeApi(Array.from({ length: 61 }, () => answer('tok-new')));
		const outputs = await burst(data, 20, api);
		expect(logins(api)).toHaveLength(1);
		expect(outputs.filter((json) => json.recordError !== undefined)).toEqual([]);
		// 20 refused, 20 sent again (still refused: no one had saved a new token), 1 login, 20 retries.
		expect(api.requests).toHaveLength(61);
		expect(budgetFor(aeronaBudgetKey(data), aeronaBudget(data)).used()).toBe(61);
	});

	it('"n8n Processes" 2 halves this process\'s share: 150 of 300 (the login included), nothing beyond', async () => {
		const data = { ...aeronaCredential().aeronaApi.data, sessionToken: '', processes: 2 };
		const api = new FakeApi(Array.from({ length: 150 }, () => answer('tok-new')));
		const outputs = await burst(data, 200, api, { maxWait: 0 });
		expect(api.requests).toHaveLength(150);
		expect(logins(api)).toHaveLength(1);
		const refused = outputs.filter((json) => json.recordError !== undefined);
		expect(refused).toHaveLength(51);
		expect((refused[0].recordError as IDataObject).error).toMatch(
			/^Aerona's rate limit: the 150 requests this credential may send per window are spent/,
		);
	});

	it('a login without a reserved slot (the Test button, another node) takes a slot of its own', async () => {
		const data = { ...aeronaCredential().aeronaApi.data, sessionToken: '' };
		const api = new FakeApi([loginAnswer('tok-test')]);
		const helper = {
			helpers: { httpRequest: async (options: never) => await api.send(options) },
		};
		const output = await new AeronaApi().preAuthentication.call(helper as never, data);
		expect(output).toEqual({ sessionToken: 'tok-test' });
		expect(logins(api)).toHaveLength(1);
		expect(budgetFor(aeronaBudgetKey(data), aeronaBudget(data)).used()).toBe(1);
	});

	it("the budget is the Aerona user's: two n8n credentials with one username share it", () => {
		const one = aeronaCredential().aeronaApi.data;
		const two = { ...one, password: 'other', requestLimit: 300 };
		expect(aeronaBudgetKey(one)).toBe(
			aeronaBudgetKey({ ...two, username: ` ${String(one.username).toUpperCase()} ` }),
		);
		expect(aeronaBudgetKey(one)).not.toBe(
			aeronaBudgetKey({ ...one, baseUrl: 'https://other.test/AeronaAPI/v1' }),
		);
	});
});
