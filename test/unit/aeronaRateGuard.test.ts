import type { IDataObject } from 'n8n-workflow';

const mockClock = { now: 1_700_000_000_000, sleeps: [] as number[] };
jest.mock('n8n-workflow', () => ({
	...jest.requireActual('n8n-workflow'),
	sleep: jest.fn(async (ms: number) => {
		mockClock.sleeps.push(ms);
		mockClock.now += ms;
	}),
}));

import {
	aeronaCredential,
	failAerona,
	get,
	loginAnswer,
	loginRequest,
	nodeWithCredential,
	runAerona,
} from '../helpers/aerona';
import type { SentRequest } from '../helpers/fakeN8n';

beforeEach(() => {
	mockClock.sleeps.length = 0;
	jest.spyOn(Date, 'now').mockImplementation(() => mockClock.now);
});

afterEach(() => jest.restoreAllMocks());

const inputs = (count: number) => Array.from({ length: count }, () => ({ json: {} }));
const getPatient = (maxWait: number, concurrency?: number) => (i: number) => ({
	resource: 'patient',
	operation: 'get',
	patientId: String(i + 1),
	options: concurrency === undefined ? { maxWait } : { maxWait, concurrency },
});
/** A small budget: 3 requests per 10 s, counted over 11 s (the 1 s safety margin). */
const small = (overrides: IDataObject = {}) =>
	aeronaCredential({ requestLimit: 3, requestWindowSeconds: 10, ...overrides });
const answers = (count: number) =>
	Array.from({ length: count }, (_, id) => ({ body: { id: id + 1 } }));
/** Stamps every request with the fake clock, as the sandbox's log would. */
const stamped = (sentAt: number[]) => (request: SentRequest) => {
	sentAt.push(mockClock.now);
	return { body: { path: request.url } };
};

describe('Aerona rate guard', () => {
	it('waits for a slot when the budget is spent, so no window ever holds more than the limit', async () => {
		const sentAt: number[] = [];
		const { output, requests } = await runAerona({
			credentials: small(),
			items: inputs(7),
			// One item at a time: the fake clock's sleeps then form one timeline (with items in flight
			// together each sleep would move the shared clock for all). Concurrent runs keep the budget
			// in the e2e test and the bench, on real time.
			parameters: getPatient(900, 1),
			responses: Array.from({ length: 7 }, () => stamped(sentAt)),
		});
		expect(requests).toHaveLength(7);
		expect(output).toHaveLength(7);
		expect(mockClock.sleeps).toEqual([11000, 11000]);
		for (const start of sentAt) {
			expect(sentAt.filter((at) => at >= start && at < start + 11000).length).toBeLessThanOrEqual(
				3,
			);
		}
	});

	it('with Max Wait 0, fails before sending once the budget is spent; Continue On Fail keeps the items', async () => {
		const { output, requests } = await runAerona({
			credentials: small(),
			items: inputs(5),
			continueOnFail: true,
			parameters: getPatient(0),
			responses: answers(3),
		});
		expect(requests.map((request) => request.url)).toEqual([
			expect.stringMatching(/\/patients\/1$/),
			expect.stringMatching(/\/patients\/2$/),
			expect.stringMatching(/\/patients\/3$/),
		]);
		expect(output.slice(3)).toEqual([
			{
				json: {
					error:
						"Aerona's rate limit: the 3 requests this credential may send per window are spent, and the next slot opens in 11 s, later than the Max Wait of 0 s. Nothing was sent, so the Aerona token stays valid.",
					description:
						'Aerona invalidates the token of a login that sends more than 300 requests in 15 minutes. Raise Options → Max Wait to let the node wait for the budget, or send fewer items per run.',
				},
				pairedItem: { item: 3 },
			},
			expect.objectContaining({ pairedItem: { item: 4 } }),
		]);
		expect(mockClock.sleeps).toEqual([]);
	});

	it('counts the login that n8n makes before the first request', async () => {
		const credentials = small({ sessionToken: '' });
		const { error, requests } = await failAerona({
			credentials,
			items: inputs(3),
			parameters: getPatient(0),
			responses: [loginAnswer('tok-A'), ...answers(2)],
		});
		expect(requests).toEqual([
			loginRequest(String(credentials.aeronaApi.data.username)),
			get('/patients/1', undefined, 'tok-A'),
			get('/patients/2', undefined, 'tok-A'),
		]);
		expect(error.message).toMatch(/^Aerona's rate limit: the 3 requests/);
		expect((error.context as IDataObject).itemIndex).toBe(2);
	});

	it('counts three requests for a rejected token: the request again, the login and the retry', async () => {
		const expired = { status: 401, body: { message: 'Token expired' } };
		const credentials = small({ requestLimit: 4, sessionToken: 'tok-old' });
		const { error, requests } = await failAerona({
			credentials,
			items: inputs(2),
			parameters: getPatient(0),
			responses: [expired, expired, loginAnswer('tok-new'), { body: { id: 1 } }],
		});
		expect(requests).toHaveLength(4);
		expect(error.message).toMatch(/^Aerona's rate limit: the 4 requests/);
		expect((error.context as IDataObject).itemIndex).toBe(1);
	});

	it('keeps one budget per Aerona user (base URL + username), across runs and n8n credentials', async () => {
		const shared = small();
		const first = await runAerona({
			credentials: shared,
			node: nodeWithCredential('cred-1'),
			items: inputs(3),
			parameters: getPatient(0),
			responses: answers(3),
		});
		expect(first.requests).toHaveLength(3);
		// Another n8n credential signing in as the same user: Aerona may count per user.
		const sameUser = small({ username: shared.aeronaApi.data.username, password: 'other' });
		const again = await failAerona({
			credentials: sameUser,
			node: nodeWithCredential('cred-2'),
			parameters: getPatient(0),
		});
		expect(again.requests).toEqual([]);
		const otherUser = await runAerona({
			credentials: small(),
			node: nodeWithCredential('cred-1'),
			parameters: getPatient(0),
			responses: answers(1),
		});
		expect(otherUser.requests).toHaveLength(1);
	});
});
