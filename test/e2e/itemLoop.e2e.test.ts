/**
 * The item loop of every action node in a real n8n: On Error "Continue (using error output)" sends the
 * failed items to the error output and the others to the main output; "Continue" keeps error items in
 * the output, in their place; reads run concurrently with the output in input order and one login;
 * writes run one item at a time.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Vendor } from './fixtures/itemLoop';
import { AERONA_PREFIX, CONTACTS, WORKFLOWS, failingGetId } from './fixtures/itemLoop';
import { execute, sandbox } from './harness';

beforeEach(async () => {
	await sandbox.reset();
});

const apiRequests = async (prefix = '') =>
	(await sandbox.requests())
		.filter((request) => request.path.startsWith(prefix))
		.map(
			(request) =>
				`${request.method} ${request.path.slice(prefix.length)}${request.rawQuery ? `?${request.rawQuery}` : ''} ${request.status}`,
		);

const sorted = (lines: string[]) => [...lines].sort();

interface Failure {
	/** The input item's json (n8n adds it to an item on the error output). */
	input: IDataObject;
	json: IDataObject;
}

/**
 * Each vendor's run over a good ID, a missing one, an invalid one (refused before any request) and a
 * good one: the records of the good ones, the error items of the others, the requests sent.
 */
const CASES: Record<Vendor, { records: IDataObject[]; failures: Failure[]; requests: string[] }> = {
	heyDonto: {
		records: [{ id: 1 }, { id: 2 }],
		failures: [
			{
				input: { id: 99999 },
				json: {
					error: 'The HeyDonto API answered 404: Site with ID 99999 not found',
					description:
						'No site with ID 99999 exists or is visible to this credential. Check the Site ID, or pick it from the list.',
					httpCode: '404',
				},
			},
			{
				input: { id: 'abc' },
				json: {
					error:
						'Invalid value for "Site": expected a numeric ID (a whole number such as 42), but got "abc"',
					description: 'Change "Site", or fix the expression that sets it for this item.',
				},
			},
		],
		requests: ['GET /site/1 200', 'GET /site/2 200', 'GET /site/99999 404'],
	},
	ahds: {
		records: [{ contactId: CONTACTS.lucas }, { contactId: CONTACTS.priya }],
		failures: [
			{
				input: { id: CONTACTS.unknown },
				json: {
					error: `The AHDS API answered 404: Contact with ID ${CONTACTS.unknown} not found`,
					description: `No contact with ID ${CONTACTS.unknown} exists in site 1, or the site is not visible to this credential. Check the Contact ID and the Site.`,
					httpCode: '404',
				},
			},
			{
				input: { id: 'not-a-uuid' },
				json: {
					error:
						'Invalid value for "Contact": expected a UUID such as 123e4567-e89b-12d3-a456-426614174000, but got "not-a-uuid"',
					description: 'Change "Contact", or fix the expression that sets it for this item.',
				},
			},
		],
		requests: [
			`GET /site/1/ahds/v1/contact/${CONTACTS.lucas} 200`,
			`GET /site/1/ahds/v1/contact/${CONTACTS.priya} 200`,
			`GET /site/1/ahds/v1/contact/${CONTACTS.unknown} 404`,
		],
	},
	alfaDocs: {
		records: [{ id: 1 }, { id: 2 }],
		failures: [
			{
				input: { id: 99999 },
				json: {
					error: 'The AlfaDocs API answered 404: Patient not found',
					description:
						'No patient with ID 99999 exists in this archive. Check the Patient ID (or pick it from the list), and the Practice and Archive.',
					httpCode: '404',
				},
			},
			{
				input: { id: 'abc' },
				json: {
					error:
						'Invalid value for "Patient": expected a numeric ID (a whole number such as 42), but got "abc"',
					description: 'Change "Patient", or fix the expression that sets it for this item.',
				},
			},
		],
		requests: [
			'GET /alfadocs/api/v1/me 200',
			'GET /alfadocs/api/v1/practices/7/archives/11/patients/1 200',
			'GET /alfadocs/api/v1/practices/7/archives/11/patients/2 200',
			'GET /alfadocs/api/v1/practices/7/archives/11/patients/99999 404',
		],
	},
	aerona: {
		records: [{ id: 426709 }, { id: 426710 }],
		failures: [
			{
				input: { id: 999999 },
				json: {
					error: 'The Aerona API answered 404: Patient 999999 not found',
					description:
						'No patient with ID 999999 exists or is visible to this Aerona user. Check the Patient ID.',
					httpCode: '404',
				},
			},
			{
				input: { id: 'abc' },
				json: {
					error:
						'Invalid value for "Patient": expected a numeric ID (a whole number such as 42), but got "abc"',
					description: 'Change "Patient", or fix the expression that sets it for this item.',
				},
			},
		],
		requests: [
			`GET ${AERONA_PREFIX}/patients/426709 200`,
			`GET ${AERONA_PREFIX}/patients/426710 200`,
			`GET ${AERONA_PREFIX}/patients/999999 404`,
		],
	},
};

/**
 * The requests after the last login, sorted: Aerona's token is stateful, so a token an earlier test
 * stored is unknown after the sandbox's reset, and n8n logs in again first (its 401s come before).
 */
const afterLogin = (lines: string[]) => {
	const login = lines
		.map((line) => line.startsWith(`POST ${AERONA_PREFIX}/login`))
		.lastIndexOf(true);
	return sorted(lines.slice(login + 1));
};

describe.each(Object.keys(CASES) as Vendor[])('%s node', (vendor) => {
	const { records, failures, requests } = CASES[vendor];

	it('On Error "Continue (using error output)": failed items on the error output, the others on the main output', async () => {
		const run = await execute(failingGetId(vendor, 'continueErrorOutput'));
		expect(run.exitCode).toBe(0);
		const main = run.items('Get', 0);
		expect(main.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 3 }]);
		main.forEach((item, index) => expect(item.json).toMatchObject(records[index]));
		const errors = run.items('Get', 1);
		// n8n adds the input item's fields to an item it moves to the error output.
		const onErrorOutput = ({ input, json: { error, ...details } }: Failure) => ({
			...input,
			error: { message: error, ...details },
		});
		expect(errors.map((item) => ({ json: item.json, pairedItem: item.pairedItem }))).toEqual([
			{ json: onErrorOutput(failures[0]), pairedItem: { item: 1 } },
			{ json: onErrorOutput(failures[1]), pairedItem: { item: 2 } },
		]);
		expect(afterLogin(await apiRequests())).toEqual(sorted(requests));
	});

	it('On Error "Continue": error items keep their shape and their place in the output', async () => {
		const run = await execute(failingGetId(vendor, 'continueRegularOutput'));
		expect(run.nodeError('Get')).toBeUndefined();
		expect(run.error).toBeUndefined();
		expect(run.exitCode).toBe(0);
		const main = run.items('Get', 0);
		expect(main.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
			{ item: 3 },
		]);
		expect(main[0].json).toMatchObject(records[0]);
		expect(main[1].json).toEqual(failures[0].json);
		expect(main[2].json).toEqual(failures[1].json);
		expect(main[3].json).toMatchObject(records[1]);
		expect(run.items('Get', 1)).toEqual([]);
		expect(afterLogin(await apiRequests())).toEqual(sorted(requests));
	});
});

describe('reads run concurrently', () => {
	it('HeyDonto: 20 items, one of them slow, give 20 sites in input order; a stale token is renewed by one login', async () => {
		expect((await execute(WORKFLOWS.heyDontoConcurrent.id)).exitCode).toBe(0);
		await sandbox.revokeTokens();
		await sandbox.clearRequests();
		await sandbox.fault({ method: 'GET', path: '^/site/3$', delayMs: 3000 });
		const run = await execute(WORKFLOWS.heyDontoConcurrent.id);
		expect(run.exitCode).toBe(0);
		const sites = run.items('Get Site');
		expect(sites.map((item) => [item.json.id, item.pairedItem])).toEqual(
			Array.from({ length: 20 }, (_, index) => [index + 1, { item: index }]),
		);
		const log = await apiRequests();
		// The first item runs alone: its token is rejected, n8n logs in, and the others use the new token.
		expect(log.slice(0, 4)).toEqual([
			'GET /site/1 401',
			'GET /site/1 401',
			'POST /auth/login 201',
			'GET /site/1 200',
		]);
		expect(sorted(log.slice(4))).toEqual(
			sorted(Array.from({ length: 19 }, (_, index) => `GET /site/${index + 2} 200`)),
		);
		// The log is in the order the answers were sent: site 3's came last, after every later item's.
		expect(log[log.length - 1]).toBe('GET /site/3 200');
	});

	it('HeyDonto: an update (a write) runs one item at a time, each read before its PUT', async () => {
		const run = await execute(WORKFLOWS.heyDontoWrites.id);
		expect(run.exitCode).toBe(0);
		expect(run.json('Update Site').map((site) => [site.id, site.phoneNumber])).toEqual([
			[1, '+1-512-555-0100'],
			[2, '+1-512-555-0200'],
			[3, '+1-512-555-0300'],
		]);
		expect(await apiRequests()).toEqual([
			'GET /site/1 200',
			'PUT /site/1 200',
			'GET /site/2 200',
			'PUT /site/2 200',
			'GET /site/3 200',
			'PUT /site/3 200',
		]);
	});

	it('AlfaDocs: 30 items ask GET /me once and give 30 patients in input order', async () => {
		const run = await execute(WORKFLOWS.alfaDocsConcurrent.id);
		expect(run.exitCode).toBe(0);
		expect(run.items('Get Patient').map((item) => [item.json.id, item.pairedItem])).toEqual(
			Array.from({ length: 30 }, (_, index) => [index + 1, { item: index }]),
		);
		const log = await apiRequests('/alfadocs/api/v1');
		expect(log[0]).toBe('GET /me 200');
		expect(sorted(log.slice(1))).toEqual(
			sorted(
				Array.from(
					{ length: 30 },
					(_, index) => `GET /practices/7/archives/11/patients/${index + 1} 200`,
				),
			),
		);
	});

	it('Aerona: with Options › Concurrency 4 and a rejected token, the first item logs in once for all', async () => {
		expect((await execute(WORKFLOWS.aeronaConcurrent.id)).exitCode).toBe(0);
		await sandbox.revokeTokens({ vendor: 'aerona' });
		await sandbox.clearRequests();
		const run = await execute(WORKFLOWS.aeronaConcurrent.id);
		expect(run.exitCode).toBe(0);
		expect(run.items('Get Patient').map((item) => [item.json.id, item.pairedItem])).toEqual(
			Array.from({ length: 12 }, (_, index) => [426709 + index, { item: index }]),
		);
		const log = await apiRequests(AERONA_PREFIX);
		expect(log.slice(0, 4)).toEqual([
			'GET /patients/426709 401',
			'GET /patients/426709 401',
			'POST /login 200',
			'GET /patients/426709 200',
		]);
		expect(sorted(log.slice(4))).toEqual(
			sorted(Array.from({ length: 11 }, (_, index) => `GET /patients/${426710 + index} 200`)),
		);
	});
});
