/**
 * Issue 9, what a server answers is checked: a 200 whose body is not JSON (malformed, cut, an HTML page),
 * an empty body where a record is expected and a list that is not a list are errors that say so; an
 * HTML or text error page becomes a short message (its title or first line).
 */
const sleeps: number[] = [];
jest.mock('n8n-workflow', () => ({
	...jest.requireActual('n8n-workflow'),
	sleep: jest.fn(async (ms: number) => {
		sleeps.push(ms);
	}),
}));

import type { IDataObject } from 'n8n-workflow';

import { failAerona, get as aeronaGet } from '../helpers/aerona';
import { failAhds, site, UUID } from '../helpers/ahds';
import { failAlfaDocs, ME, P } from '../helpers/alfadocs';
import { HTML, JSON_TYPE, gatewayPage } from '../helpers/echo';
import { byId, failHeyDonto, get, runHeyDonto, send } from '../helpers/heydonto';

const getSite = { resource: 'site', operation: 'get', siteId: byId(1) };
const DESCRIPTION =
	'This does not look like an answer of the HeyDonto API. Check the base URL of the credential (a proxy, a sign-in or maintenance page may have answered instead); if it is right, try again later, as the answer may have been cut off.';

beforeEach(() => sleeps.splice(0));

describe('shared request path: a 2xx answer is checked', () => {
	it('a Get answered 200 with malformed JSON is an error with the status, content type and first characters', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: getSite,
			responses: [{ body: '{"id": 1, "name": "Clinic",', headers: JSON_TYPE }],
		});
		expect(requests).toEqual([get('/site/1')]);
		expect(error.message).toBe(
			'The HeyDonto API answered GET /site/1 with 200 and a body that is not JSON (application/json; charset=utf-8): {"id": 1, "name": "Clinic",',
		);
		expect(error.description).toBe(DESCRIPTION);
		expect(error.httpCode).toBe('200');
	});

	it('a Get Many answered 200 with malformed JSON is an error, not an item {value}', async () => {
		const { error } = await failHeyDonto({
			parameters: { resource: 'site', operation: 'getAll', returnAll: true },
			responses: [{ body: '[{"id": 1}, {"id"', headers: JSON_TYPE }],
		});
		expect(error.message).toBe(
			'The HeyDonto API answered GET /site with 200 and a body that is not JSON (application/json; charset=utf-8): [{"id": 1}, {"id"',
		);
	});

	it('a sign-in page answered with 200 shows its first 100 characters, on one line', async () => {
		const page = `<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>${'x'.repeat(300)}</body></html>`;
		const { error } = await failAerona({
			parameters: { resource: 'clinician', operation: 'getAll', returnAll: true },
			responses: [{ body: page, headers: HTML }],
		});
		expect(error.message).toBe(
			`The Aerona API answered GET /clinicians with 200 and a body that is not JSON (text/html; charset=utf-8): ${`<!DOCTYPE html> <html><head><title>Sign in</title></head><body>${'x'.repeat(36)}`}…`,
		);
	});

	it('a Get answered 200 with an empty body is an error: a record was expected', async () => {
		const { error } = await failHeyDonto({ parameters: getSite, responses: [{ body: '' }] });
		expect(error.message).toBe(
			'The HeyDonto API answered GET /site/1 with 200 and an empty body, where a record was expected',
		);
		expect(error.httpCode).toBe('200');
	});

	it('a write answered 2xx with a body that is not JSON is an error that warns it may have been applied', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: { resource: 'brand', operation: 'create', title: 'Smile', additionalFields: {} },
			responses: [{ status: 201, body: '<html><title>Created</title></html>', headers: HTML }],
		});
		expect(requests).toHaveLength(1);
		expect(error.message).toBe(
			'The HeyDonto API answered POST /brands with 201 and a body that is not JSON (text/html; charset=utf-8): <html><title>Created</title></html>',
		);
		expect(error.description).toBe(
			`${DESCRIPTION} The status says success: HeyDonto may have applied this POST, so check before you run it again.`,
		);
	});

	it('a write answered with no body succeeds: the records it outputs say so', async () => {
		const reset = await runHeyDonto({
			parameters: { resource: 'site', operation: 'resetFhirStore', siteId: byId(1), force: false },
			responses: [{ status: 204, body: '' }],
		});
		expect(reset.requests).toEqual([send('POST', '/site/1/fhir-reset', { force: false })]);
		expect(reset.output[0].json).toEqual({ siteId: 1, force: false, queued: true });
		const created = await runHeyDonto({
			parameters: { resource: 'brand', operation: 'create', title: 'Smile', additionalFields: {} },
			responses: [{ status: 201, body: '' }],
		});
		expect(created.output[0].json).toEqual({ success: true });
	});

	it('a Get answered with a list, or with a bare value, is an error: a record was expected', async () => {
		const list = await failAlfaDocs({
			parameters: { resource: 'patient', operation: 'get', patientId: byId(42) },
			responses: [{ body: ME }, { body: [{ id: 42 }] }],
		});
		expect(list.error.message).toBe(
			`The AlfaDocs API answered GET ${P}/patients/42 with 200 and a list, where a record was expected: [{"id":42}]`,
		);
		const bare = await failHeyDonto({ parameters: getSite, responses: [{ body: 17 }] });
		expect(bare.error.message).toBe(
			'The HeyDonto API answered GET /site/1 with 200 and a bare number (17), where a record was expected',
		);
	});

	it('a list that is not a list is an error, not an item', async () => {
		const whole = await failHeyDonto({
			parameters: { resource: 'appointmentType', operation: 'getAll', returnAll: true },
			responses: [{ body: { message: 'ok', count: 3 } }],
		});
		expect(whole.error.message).toBe(
			'The HeyDonto API answered GET /appointment-type with 200 and a record, where a list was expected: {"message":"ok","count":3}',
		);
		const paged = await failHeyDonto({
			parameters: { resource: 'site', operation: 'getAll', returnAll: true },
			responses: [{ body: { data: { id: 1 }, meta: { total: 1 } } }],
		});
		expect(paged.error.message).toBe(
			'The HeyDonto API answered GET /site with 200 and a record, where a list was expected: {"data":{"id":1},"meta":{"total":1}}',
		);
		const empty = await failAerona({
			parameters: { resource: 'clinician', operation: 'getAll', returnAll: true },
			responses: [{ body: '' }],
		});
		expect(empty.error.message).toBe(
			'The Aerona API answered GET /clinicians with 200 and an empty body, where a list was expected',
		);
	});
});

describe('shared request path: an HTML or text error page becomes a short message', () => {
	const page = gatewayPage(502);

	it('is a 6,506-character page', () => {
		expect(page).toHaveLength(6506);
	});

	it.each([
		[
			'HeyDonto',
			async () =>
				await failHeyDonto({
					parameters: getSite,
					responses: [{ status: 502, body: page, headers: HTML }],
				}),
		],
		[
			'AHDS',
			async () =>
				await failAhds({
					parameters: { resource: 'contact', operation: 'get', siteId: site, contactId: UUID },
					responses: [{ status: 502, body: page, headers: HTML }],
				}),
		],
		[
			'Aerona',
			async () =>
				await failAerona({
					parameters: { resource: 'patient', operation: 'get', patientId: byId(426709) },
					responses: [{ status: 502, body: page, headers: HTML }],
				}),
		],
		[
			'AlfaDocs',
			async () =>
				await failAlfaDocs({
					parameters: { resource: 'patient', operation: 'get', patientId: byId(42) },
					responses: [{ status: 502, body: page, headers: HTML }],
				}),
		],
	])('%s: a 502 gateway page is its title, and the error carries no page', async (vendor, run) => {
		const { error } = await run();
		expect(error.message).toBe(`The ${vendor} API answered 502: 502 Bad Gateway`);
		expect(error.httpCode).toBe('502');
		expect((error.errorResponse as IDataObject).body).toBe('502 Bad Gateway');
		expect(JSON.stringify(error)).not.toContain('upstream diagnostics');
		expect(JSON.stringify(error).length).toBeLessThan(1500);
	});

	it('a text error body is its first line, at most 200 characters', async () => {
		const { error } = await failHeyDonto({
			parameters: getSite,
			responses: [
				{
					status: 500,
					body: `\n  ${'Internal error in the site service '.repeat(8)}\n    at SiteService.get (site.service.js:12)\n`,
					headers: { 'content-type': 'text/plain' },
				},
			],
		});
		expect(error.message).toBe(
			`The HeyDonto API answered 500: ${'Internal error in the site service '.repeat(8).slice(0, 199).trimEnd()}…`,
		);
	});

	it('a 503 page is retried like any 503, and then reduced the same way', async () => {
		const unavailable = { status: 503, body: gatewayPage(503), headers: HTML };
		const { error, requests } = await failHeyDonto({
			parameters: getSite,
			responses: [unavailable, unavailable, unavailable, unavailable],
		});
		expect(requests).toHaveLength(4);
		expect(error.message).toBe('The HeyDonto API answered 503: 503 Service Unavailable');
	});

	it("a JSON error message stays the vendor's, on one line and at most 500 characters", async () => {
		const { error } = await failAerona({
			parameters: { resource: 'patient', operation: 'get', patientId: byId(426709) },
			responses: [{ status: 400, body: { message: `Invalid\nfield ${'x'.repeat(600)}` } }],
		});
		expect(error.message).toBe(`The Aerona API answered 400: Invalid field ${'x'.repeat(485)}…`);
		expect(aeronaGet('/patients/426709').url).toContain('/patients/426709');
	});
});
