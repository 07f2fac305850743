/**
 * Issue 9, "the server accepts the connection and never answers": every request carries a timeout (the
 * vendor's default, or the node's Options › Timeout), a GET without an answer is tried again within the
 * retry bound, a write is not, and the error says which request got no answer after how long.
 */
const sleeps: number[] = [];
jest.mock('n8n-workflow', () => ({
	...jest.requireActual('n8n-workflow'),
	sleep: jest.fn(async (ms: number) => {
		sleeps.push(ms);
	}),
}));

import {
	failAerona,
	get as aeronaGet,
	LOGIN,
	TIMEOUT as AERONA_TIMEOUT,
	aeronaCredential,
} from '../helpers/aerona';
import { failAhds, request as ahdsRequest, site, UUID, AHDS } from '../helpers/ahds';
import {
	expected as alfaDocsRequest,
	failAlfaDocs,
	runAlfaDocs,
	ME,
	one,
	P,
	TIMEOUT as ALFADOCS_TIMEOUT,
} from '../helpers/alfadocs';
import {
	BASE,
	TIMEOUT,
	byId,
	failHeyDonto,
	get,
	loginCredential,
	runHeyDonto,
	send,
} from '../helpers/heydonto';

const NO_ANSWER = { timeout: true } as const;
const getSite = { resource: 'site', operation: 'get', siteId: byId(1) };

beforeEach(() => sleeps.splice(0));

describe('shared request path: timeouts', () => {
	it('a GET without an answer is tried 4 times in all, then fails naming the request and the wait', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: getSite,
			responses: [NO_ANSWER, NO_ANSWER, NO_ANSWER, NO_ANSWER],
		});
		expect(requests).toEqual([get('/site/1'), get('/site/1'), get('/site/1'), get('/site/1')]);
		expect(requests.every((request) => request.timeout === TIMEOUT)).toBe(true);
		expect(sleeps).toEqual([1000, 2000, 4000]);
		expect(error.message).toBe(
			'The HeyDonto API did not answer GET /site/1 within 30 s (4 attempts)',
		);
		expect(error.description).toBe(
			"A GET without an answer is tried again, 4 times in all. The node's Options › Timeout is 30 s: raise it if HeyDonto is slow to answer. If HeyDonto never answers, check the credential's base URL and that HeyDonto is up.",
		);
		expect(error.httpCode).toBeNull();
	});

	it('a GET that gets an answer on a later attempt succeeds', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: getSite,
			responses: [NO_ANSWER, { body: { id: 1, name: 'Clinic' } }],
		});
		expect(requests).toEqual([get('/site/1'), get('/site/1')]);
		expect(sleeps).toEqual([1000]);
		expect(output).toEqual([{ json: { id: 1, name: 'Clinic' }, pairedItem: { item: 0 } }]);
	});

	it('a write without an answer is not sent again: it may have been applied', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: { resource: 'site', operation: 'resetFhirStore', siteId: byId(1), force: true },
			responses: [NO_ANSWER],
		});
		expect(requests).toEqual([send('POST', '/site/1/fhir-reset', { force: true })]);
		expect(sleeps).toEqual([]);
		expect(error.message).toBe(
			'The HeyDonto API did not answer POST /site/1/fhir-reset within 30 s',
		);
		expect(error.description).toBe(
			"n8n did not send this POST again: HeyDonto may have applied it, so check before you run it again. The node's Options › Timeout is 30 s: raise it if HeyDonto is slow to answer. If HeyDonto never answers, check the credential's base URL and that HeyDonto is up.",
		);
	});

	it('Options › Timeout sets the wait of every request of the item', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: { ...getSite, options: { timeout: 2500 } },
			responses: [NO_ANSWER, NO_ANSWER, NO_ANSWER, NO_ANSWER],
		});
		expect(requests).toEqual(Array(4).fill({ ...get('/site/1'), timeout: 2500 }));
		expect(error.message).toBe(
			'The HeyDonto API did not answer GET /site/1 within 2.5 s (4 attempts)',
		);
	});

	it('an expression may give the Timeout as text; anything but a whole number of ms fails before any request', async () => {
		const { requests } = await runHeyDonto({
			parameters: { ...getSite, options: { timeout: '800' } },
			responses: [{ body: { id: 1 } }],
		});
		expect(requests).toEqual([{ ...get('/site/1'), timeout: 800 }]);
		for (const timeout of ['soon', 0, 1.5, { ms: 5 }]) {
			const { error, requests: none } = await failHeyDonto({
				parameters: { ...getSite, options: { timeout } },
			});
			expect(none).toEqual([]);
			expect(error.message).toBe(
				`Invalid value for "Timeout": expected a whole number of milliseconds, 1 or more, but got ${JSON.stringify(timeout)}`,
			);
		}
	});

	it('a login without an answer names the login, not the request it was for', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: getSite,
			credentials: loginCredential(),
			responses: [NO_ANSWER],
		});
		expect(requests).toEqual([
			{
				method: 'POST',
				url: `${BASE}/auth/login`,
				body: { email: 'admin@heydonto.test', password: 'Sandbox-Admin-1' },
				json: true,
				timeout: TIMEOUT,
			},
		]);
		expect(error.message).toBe(
			"HeyDonto did not answer the login (POST /auth/login) within 30 s. Check the credential's base URL, and that HeyDonto is reachable from n8n.",
		);
		expect(error.description).toBe(
			'Open the HeyDonto credential and fix it: its email and password (n8n logs in with them), or paste a new JWT. Its Test button checks it.',
		);
	});
});

describe('every vendor: the default timeout and Options › Timeout', () => {
	it('AHDS: 30 s, and its Options › Timeout', async () => {
		const { error, requests } = await failAhds({
			parameters: {
				resource: 'contact',
				operation: 'delete',
				siteId: site,
				contactId: UUID,
				options: { timeout: 1500 },
			},
			responses: [NO_ANSWER],
		});
		expect(requests).toEqual([
			{ ...ahdsRequest('DELETE', `${AHDS}/contact/${UUID}`), timeout: 1500 },
		]);
		expect(error.message).toBe(
			`The AHDS API did not answer DELETE ${AHDS}/contact/${UUID} within 1.5 s`,
		);
	});

	it('Aerona: 30 s for the login and every request, and its Options › Timeout', async () => {
		const { error, requests } = await failAerona({
			parameters: {
				resource: 'patient',
				operation: 'get',
				patientId: byId(426709),
				options: { timeout: 4000 },
			},
			responses: [NO_ANSWER, NO_ANSWER, NO_ANSWER, NO_ANSWER],
		});
		expect(requests).toEqual(Array(4).fill({ ...aeronaGet('/patients/426709'), timeout: 4000 }));
		expect(error.message).toBe(
			'The Aerona API did not answer GET /patients/426709 within 4 s (4 attempts)',
		);
		const login = await failAerona({
			parameters: { resource: 'patient', operation: 'get', patientId: byId(426709) },
			credentials: aeronaCredential({ sessionToken: '' }),
			responses: [NO_ANSWER],
		});
		expect(login.requests).toHaveLength(1);
		expect(login.requests[0]).toMatchObject({
			method: 'POST',
			timeout: AERONA_TIMEOUT,
			body: { pin: LOGIN.pin },
		});
		expect(login.error.message).toBe(
			"Aerona did not answer the login (POST /AeronaAPI/v1/login) within 30 s. Check the credential's base URL, and that Aerona is reachable from n8n.",
		);
	});

	it('AlfaDocs: 60 s (a document comes inside the JSON answer), and its Options › Timeout', async () => {
		const patient = { resource: 'patient', operation: 'get', patientId: byId(42) };
		const { requests } = await runAlfaDocs({
			parameters: patient,
			responses: [{ body: ME }, { body: one({ id: 42 }) }],
		});
		expect(requests.map((request) => request.timeout)).toEqual([
			ALFADOCS_TIMEOUT,
			ALFADOCS_TIMEOUT,
		]);
		const { error } = await failAlfaDocs({
			parameters: { ...patient, options: { timeout: 90_000 } },
			responses: [{ body: ME }, NO_ANSWER, NO_ANSWER, NO_ANSWER, NO_ANSWER],
		});
		expect(error.message).toBe(
			`The AlfaDocs API did not answer GET ${P}/patients/42 within 90 s (4 attempts)`,
		);
		expect(alfaDocsRequest('GET', '/me').timeout).toBe(60_000);
	});
});
