import type { IDataObject } from 'n8n-workflow';

const sleeps: number[] = [];
jest.mock('n8n-workflow', () => ({
	...jest.requireActual('n8n-workflow'),
	sleep: jest.fn(async (ms: number) => {
		sleeps.push(ms);
	}),
}));

import { parseRetryAfter, retryDelay, sendWithRetry, DEFAULT_RETRY } from '../../nodes/shared/http';
import type { FakeResponse } from '../helpers/fakeN8n';
import { FakeApi, executeContext } from '../helpers/fakeN8n';
import { byId, failHeyDonto, get, loginCredential, runHeyDonto, send } from '../helpers/heydonto';

const tooMany = (retryAfter?: string): FakeResponse => ({
	status: 429,
	body: { statusCode: 429, message: 'Too Many Requests' },
	headers: retryAfter === undefined ? {} : { 'Retry-After': retryAfter },
});

beforeEach(() => sleeps.splice(0));

describe('shared request path: retries', () => {
	it('retries a 429 after the Retry-After seconds, then succeeds', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: { resource: 'site', operation: 'get', siteId: byId(1) },
			responses: [tooMany('2'), tooMany('1'), { body: { id: 1 } }],
		});
		expect(requests).toEqual([get('/site/1'), get('/site/1'), get('/site/1')]);
		expect(sleeps).toEqual([2000, 1000]);
		expect(output[0].json).toEqual({ id: 1 });
	});

	it('retries a 503 without Retry-After with a doubling wait, at most 3 times, then fails with the vendor message', async () => {
		const unavailable = { status: 503, body: { statusCode: 503, message: 'Service Unavailable' } };
		const { error, requests } = await failHeyDonto({
			parameters: { resource: 'site', operation: 'get', siteId: byId(1) },
			responses: [unavailable, unavailable, unavailable, unavailable],
		});
		expect(requests).toHaveLength(4);
		expect(sleeps).toEqual([1000, 2000, 4000]);
		expect(error.message).toBe('The HeyDonto API answered 503: Service Unavailable');
		expect(error.description).toBe('HeyDonto failed to process the request. Try again later.');
		expect(error.httpCode).toBe('503');
	});

	it('fails at once when Retry-After asks for longer than a minute', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: { resource: 'site', operation: 'get', siteId: byId(1) },
			responses: [tooMany('3600')],
		});
		expect(requests).toHaveLength(1);
		expect(sleeps).toEqual([]);
		expect(error.message).toBe('The HeyDonto API answered 429: Too Many Requests');
		expect(error.description).toMatch(/^HeyDonto is limiting the request rate/);
	});

	it('retries a network failure for a GET', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: { resource: 'site', operation: 'get', siteId: byId(1) },
			responses: [{ networkError: 'ECONNRESET' }, { body: { id: 1 } }],
		});
		expect(requests).toHaveLength(2);
		expect(sleeps).toEqual([1000]);
		expect(output[0].json).toEqual({ id: 1 });
	});

	it('never retries a network failure for a POST (it may have been applied)', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: { resource: 'site', operation: 'resetFhirStore', siteId: byId(1), force: false },
			responses: [{ networkError: 'ECONNRESET' }],
		});
		expect(requests).toEqual([send('POST', '/site/1/fhir-reset', { force: false })]);
		expect(sleeps).toEqual([]);
		expect(error.message).toBe(
			'Could not reach the HeyDonto API: The connection to the server was closed unexpectedly, perhaps it is offline. You can retry the request immediately or wait and retry later.',
		);
		expect(error.description).toBe(
			"Network error ECONNRESET. Check the HeyDonto credential's Environment or Base URL, and that the API is reachable from n8n.",
		);
	});

	it('does not retry a 400 and joins NestJS validation messages', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: { resource: 'brand', operation: 'create', title: 'X', additionalFields: {} },
			responses: [
				{
					status: 400,
					body: {
						statusCode: 400,
						message: ['title must be longer', 'isEnabled must be a boolean'],
						error: 'Bad Request',
					},
				},
			],
		});
		expect(requests).toHaveLength(1);
		expect(error.message).toBe(
			'The HeyDonto API answered 400: title must be longer; isEnabled must be a boolean',
		);
		expect(error.description).toBe(
			'HeyDonto rejected the request: fix the fields named in the message.',
		);
	});

	it('keeps tokens out of error messages and error bodies', async () => {
		const leaked = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.c2lnbmF0dXJlLXNpZw';
		const { error } = await failHeyDonto({
			parameters: { resource: 'site', operation: 'get', siteId: byId(1) },
			responses: [
				{
					status: 500,
					body: {
						message: `token ${leaked} rejected`,
						password: 'hunter2',
						authorization: `Bearer ${leaked}`,
					},
				},
			],
		});
		const everything = JSON.stringify({
			message: error.message,
			description: error.description,
			cause: error.errorResponse,
		});
		expect(everything).not.toContain(leaked);
		expect(everything).not.toContain('hunter2');
		expect(error.message).toBe('The HeyDonto API answered 500: token [redacted] rejected');
		expect((error.errorResponse as IDataObject).body).toEqual({
			message: 'token [redacted] rejected',
			password: '[redacted]',
			authorization: '[redacted]',
		});
	});
});

describe('shared request path: beforeSend', () => {
	const errors = { vendor: 'Test', message: () => undefined, hint: () => undefined };
	const sendOnce = async (
		api: FakeApi,
		beforeSend: (call: 'send' | 'reauthenticate') => Promise<void>,
	) => {
		const ctx = executeContext({
			parameters: {},
			api,
			credentials: loginCredential({ sessionToken: 'jwt-old' }),
		});
		const { body } = await sendWithRetry.call(
			ctx,
			{ method: 'GET', url: 'http://api.test/x', json: true },
			{ credentialType: 'heyDontoApi', errors, beforeSend },
		);
		return body;
	};

	it('runs before every call to n8n: each attempt, and the re-login call after a 401', async () => {
		const calls: string[] = [];
		const api = new FakeApi([
			tooMany('1'),
			{ status: 401, body: {} },
			{ status: 401, body: {} },
			{ body: { token: 'jwt-fresh' } },
			{ body: { ok: true } },
		]);
		const body = await sendOnce(api, async (call) => {
			calls.push(`${call} after ${api.requests.length} requests`);
		});
		expect(body).toEqual({ ok: true });
		expect(calls).toEqual([
			'send after 0 requests',
			'send after 1 requests',
			'reauthenticate after 2 requests',
		]);
	});

	it('sends nothing when it throws', async () => {
		const api = new FakeApi([{ body: { ok: true } }]);
		await expect(
			sendOnce(api, async () => {
				throw new Error('budget spent');
			}),
		).rejects.toThrow('budget spent');
		expect(api.requests).toEqual([]);
	});
});

describe('shared request path: Retry-After and the retry decision', () => {
	it('reads Retry-After as seconds or as an HTTP date', () => {
		const now = Date.parse('2026-01-01T00:00:00Z');
		expect(parseRetryAfter('7', now)).toBe(7);
		expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30);
		expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
		expect(parseRetryAfter('soon', now)).toBeUndefined();
		expect(parseRetryAfter(undefined, now)).toBeUndefined();
	});

	it('retries only 429, 503 and GET network failures, within the policy', () => {
		expect(retryDelay({ status: 429, message: '' }, 'POST', 0, DEFAULT_RETRY)).toBe(1);
		expect(
			retryDelay({ status: 503, retryAfterSeconds: 5, message: '' }, 'PUT', 2, DEFAULT_RETRY),
		).toBe(5);
		expect(retryDelay({ status: 503, message: '' }, 'GET', 3, DEFAULT_RETRY)).toBeUndefined();
		expect(retryDelay({ status: 500, message: '' }, 'GET', 0, DEFAULT_RETRY)).toBeUndefined();
		expect(retryDelay({ status: 401, message: '' }, 'GET', 0, DEFAULT_RETRY)).toBeUndefined();
		expect(retryDelay({ networkCode: 'ETIMEDOUT', message: '' }, 'GET', 1, DEFAULT_RETRY)).toBe(2);
		expect(
			retryDelay({ networkCode: 'ETIMEDOUT', message: '' }, 'DELETE', 0, DEFAULT_RETRY),
		).toBeUndefined();
		expect(
			retryDelay({ networkCode: 'ENOTFOUND', message: '' }, 'GET', 0, DEFAULT_RETRY),
		).toBeUndefined();
	});
});
