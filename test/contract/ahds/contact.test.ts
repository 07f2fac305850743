import type { IDataObject } from 'n8n-workflow';

import {
	AHDS,
	UUID,
	UUID_2,
	V4,
	items,
	page,
	request,
	runAhds,
	site,
	tokenCredential,
} from '../../helpers/ahds';

/** The crypto module the node imports randomUUID from, to pin the generated UUIDs. */
const nodeCrypto = jest.requireActual<{ randomUUID(): string }>('crypto');

/**
 * AHDS › Contact, the resource AHDS' API document (SEED) shows in full: every operation asserts the exact request
 * (method, URL, query, headers, body) and the output items.
 */
const contact = (id: string, extra: IDataObject = {}) => ({
	contactId: id,
	firstName: 'Jane',
	lastName: 'Doe',
	contactDetails: [],
	createdAt: '2026-03-02T10:00:00.000Z',
	updatedAt: '2026-03-02T10:00:00.000Z',
	...extra,
});
const base = { resource: 'contact', siteId: site };
const NOW = '2026-03-02T10:00:00.000Z';
const DETAIL_ID = '0b6f1c1e-2d3a-4b5c-8d7e-9f0a1b2c3d4e';

const detailParameters = {
	entry: [
		{
			name: 'Mobile phone',
			value: '+1-512-555-0142',
			contactDetailTypeCode: 'phone',
			contactDetailTypeSystem: 'http://hl7.org/fhir/contact-point-system',
			contactDetailTypeDisplay: '',
			isPreferred: true,
			isActive: true,
			subscriptionGroups: 'reminders, newsletter',
			valueCleaned: '',
			contactDetailId: '',
			extensions: '',
		},
	],
};
const detailBody = (contactId: string) => ({
	name: 'Mobile phone',
	value: '+1-512-555-0142',
	contactDetailType: { code: 'phone', system: 'http://hl7.org/fhir/contact-point-system' },
	isPreferred: true,
	isActive: true,
	subscriptionGroups: ['reminders', 'newsletter'],
	contactDetailId: DETAIL_ID,
	contactId,
	createdAt: NOW,
	updatedAt: NOW,
});

describe('AHDS › Contact › Create', () => {
	beforeEach(() => {
		jest.useFakeTimers({ now: new Date(NOW), doNotFake: ['nextTick', 'setImmediate'] });
	});
	afterEach(() => {
		jest.useRealTimers();
		jest.restoreAllMocks();
	});

	it('generates the contact UUID when the ID is empty, types every field and returns the created record', async () => {
		jest.spyOn(nodeCrypto, 'randomUUID').mockReturnValueOnce(UUID).mockReturnValueOnce(DETAIL_ID);
		const created = contact(UUID, { creditStatus: 'WARNING' });
		const { output, requests } = await runAhds({
			parameters: {
				...base,
				operation: 'create',
				contactId: '',
				bodyMode: 'fields',
				firstName: ' Jane ',
				lastName: 'Doe',
				contactDetails: detailParameters,
				additionalFields: {
					creditStatus: 'WARNING',
					creditStatusConcept: {
						value: { code: 'WARNING', system: 'urn:ahds:credit-status', display: 'Warning' },
					},
					birthDate: '1985-04-12T00:00:00',
					driverLicenseExpiryDate: '2029-11-30',
					isCustomer: true,
					isVet: false,
					ownershipId: UUID_2,
					extensions: '{"pms:legacyId": "RX-1042"}',
				},
			},
			responses: [{ status: 201, body: created }],
		});
		expect(requests).toEqual([
			request('POST', `${AHDS}/contact`, {
				body: {
					contactId: UUID,
					firstName: 'Jane',
					lastName: 'Doe',
					contactDetails: [detailBody(UUID)],
					creditStatus: 'WARNING',
					creditStatusConcept: {
						code: 'WARNING',
						system: 'urn:ahds:credit-status',
						display: 'Warning',
					},
					birthDate: '1985-04-12',
					driverLicenseExpiryDate: '2029-11-30',
					isCustomer: true,
					isVet: false,
					ownershipId: UUID_2,
					extensions: { 'pms:legacyId': 'RX-1042' },
				},
			}),
		]);
		expect(output).toEqual(items([created]));
	});

	it('generates a real v4 UUID (not a fixed one) and sends the given ID as is', async () => {
		const generated = await runAhds({
			parameters: {
				...base,
				operation: 'create',
				contactId: '',
				firstName: 'Jane',
				lastName: 'Doe',
				contactDetails: {},
				additionalFields: {},
			},
			responses: [{ status: 201, body: {} }],
		});
		const body = generated.requests[0].body as IDataObject;
		expect(body.contactId).toMatch(V4);
		expect(body).toEqual({
			contactId: body.contactId,
			firstName: 'Jane',
			lastName: 'Doe',
			contactDetails: [],
		});
		// An answer without a record gives what was sent.
		expect(generated.output).toEqual(items([body]));

		const given = await runAhds({
			parameters: {
				...base,
				operation: 'create',
				contactId: ` ${UUID} `,
				firstName: 'Jane',
				lastName: 'Doe',
				contactDetails: {},
				additionalFields: {},
			},
			responses: [{ status: 201, body: contact(UUID) }],
		});
		expect(given.requests).toEqual([
			request('POST', `${AHDS}/contact`, {
				body: { contactId: UUID, firstName: 'Jane', lastName: 'Doe', contactDetails: [] },
			}),
		]);
	});

	it('sends a JSON body, adding the UUID first when the body has none', async () => {
		jest.spyOn(nodeCrypto, 'randomUUID').mockReturnValueOnce(UUID);
		const { requests, output } = await runAhds({
			parameters: {
				...base,
				operation: 'create',
				contactId: '',
				bodyMode: 'json',
				jsonBody: '{"firstName": "Jane", "lastName": "Doe", "contactDetails": [], "isVet": true}',
			},
			responses: [{ status: 201, body: contact(UUID, { isVet: true }) }],
		});
		expect(requests).toEqual([
			request('POST', `${AHDS}/contact`, {
				body: {
					contactId: UUID,
					firstName: 'Jane',
					lastName: 'Doe',
					contactDetails: [],
					isVet: true,
				},
			}),
		]);
		expect(output).toEqual(items([contact(UUID, { isVet: true })]));
	});

	it('keeps the UUID of a JSON body, and the ID parameter wins over it', async () => {
		const fromBody = await runAhds({
			parameters: {
				...base,
				operation: 'create',
				contactId: '',
				bodyMode: 'json',
				jsonBody: { firstName: 'Jane', contactId: UUID_2 },
			},
			responses: [{ status: 201, body: contact(UUID_2) }],
		});
		expect(fromBody.requests[0].body).toEqual({ contactId: UUID_2, firstName: 'Jane' });
		const fromParameter = await runAhds({
			parameters: {
				...base,
				operation: 'create',
				contactId: UUID,
				bodyMode: 'json',
				jsonBody: { firstName: 'Jane', contactId: UUID_2 },
			},
			responses: [{ status: 201, body: contact(UUID) }],
		});
		expect(fromParameter.requests[0].body).toEqual({ contactId: UUID, firstName: 'Jane' });
	});
});

describe('AHDS › Contact › Get, Update, Replace, Delete', () => {
	afterEach(() => jest.restoreAllMocks());

	it('Get reads one contact by UUID', async () => {
		const { output, requests } = await runAhds({
			parameters: { ...base, operation: 'get', contactId: UUID },
			responses: [{ body: contact(UUID) }],
		});
		expect(requests).toEqual([request('GET', `${AHDS}/contact/${UUID}`)]);
		expect(output).toEqual(items([contact(UUID)]));
	});

	it('Update PATCHes only the fields given, contact details filled in for this contact', async () => {
		jest.spyOn(nodeCrypto, 'randomUUID').mockReturnValueOnce(DETAIL_ID);
		jest.useFakeTimers({ now: new Date(NOW), doNotFake: ['nextTick', 'setImmediate'] });
		const updated = contact(UUID, { lastName: 'Smith', isVet: true });
		const { output, requests } = await runAhds({
			parameters: {
				...base,
				operation: 'update',
				contactId: UUID,
				bodyMode: 'fields',
				updateFields: { lastName: 'Smith', isVet: true, contactDetails: detailParameters },
			},
			responses: [{ body: updated }],
		});
		jest.useRealTimers();
		expect(requests).toEqual([
			request('PATCH', `${AHDS}/contact/${UUID}`, {
				body: { lastName: 'Smith', contactDetails: [detailBody(UUID)], isVet: true },
			}),
		]);
		expect(output).toEqual(items([updated]));
	});

	it('Update sends a JSON body as it is', async () => {
		const { requests } = await runAhds({
			parameters: {
				...base,
				operation: 'update',
				contactId: UUID,
				bodyMode: 'json',
				jsonBody: '{"creditStatus": "STOP"}',
			},
			responses: [{ body: contact(UUID, { creditStatus: 'STOP' }) }],
		});
		expect(requests).toEqual([
			request('PATCH', `${AHDS}/contact/${UUID}`, { body: { creditStatus: 'STOP' } }),
		]);
	});

	it('Replace PUTs the whole record without the ID in the body', async () => {
		const replaced = contact(UUID, { firstName: 'Janet', postalAddress: 'PO Box 12' });
		const { output, requests } = await runAhds({
			parameters: {
				...base,
				operation: 'replace',
				contactId: UUID,
				bodyMode: 'fields',
				firstName: 'Janet',
				lastName: 'Doe',
				contactDetails: {},
				additionalFields: { postalAddress: 'PO Box 12', creditStatus: 'OK' },
			},
			responses: [{ body: replaced }],
		});
		expect(requests).toEqual([
			request('PUT', `${AHDS}/contact/${UUID}`, {
				body: {
					firstName: 'Janet',
					lastName: 'Doe',
					contactDetails: [],
					creditStatus: 'OK',
					postalAddress: 'PO Box 12',
				},
			}),
		]);
		expect(output).toEqual(items([replaced]));
	});

	it('Replace and Update answered without a body output the ID and what was sent', async () => {
		const { output } = await runAhds({
			parameters: {
				...base,
				operation: 'replace',
				contactId: UUID,
				bodyMode: 'json',
				jsonBody: { firstName: 'Janet', lastName: 'Doe', contactDetails: [] },
			},
			responses: [{ status: 204, body: '' }],
		});
		expect(output).toEqual(
			items([{ contactId: UUID, firstName: 'Janet', lastName: 'Doe', contactDetails: [] }]),
		);
	});

	it('Delete answers { contactId, deleted: true }', async () => {
		const { output, requests } = await runAhds({
			parameters: { ...base, operation: 'delete', contactId: UUID },
			responses: [{ status: 204, body: '' }],
		});
		expect(requests).toEqual([request('DELETE', `${AHDS}/contact/${UUID}`)]);
		expect(output).toEqual(items([{ contactId: UUID, deleted: true }]));
	});

	it('runs once per input item and links each output to its item', async () => {
		const { output, requests } = await runAhds({
			items: [{ json: { id: UUID } }, { json: { id: UUID_2 } }],
			parameters: (i) => ({ ...base, operation: 'get', contactId: i === 0 ? UUID : UUID_2 }),
			responses: [{ body: contact(UUID) }, { body: contact(UUID_2) }],
		});
		expect(requests.map((r) => r.url)).toEqual([
			`http://heydonto.test${AHDS}/contact/${UUID}`,
			`http://heydonto.test${AHDS}/contact/${UUID_2}`,
		]);
		expect(output).toEqual([...items([contact(UUID)], 0), ...items([contact(UUID_2)], 1)]);
	});
});

describe('AHDS › Contact › Get Many', () => {
	const records = (from: number, count: number) =>
		Array.from({ length: count }, (_, n) => ({ contactId: `c-${from + n}`, lastName: 'Doe' }));

	it('Return All reads 100 per page until the total, with the filters and sort', async () => {
		const { output, requests } = await runAhds({
			parameters: {
				...base,
				operation: 'getAll',
				returnAll: true,
				filters: {
					lastName: 'Doe',
					isVet: false,
					creditStatus: 'OK',
					ownershipId: UUID_2,
				},
				options: { sortBy: 'lastName', sortOrder: 'desc' },
			},
			responses: [
				page(records(0, 100), 250, 0),
				page(records(100, 100), 250, 1),
				page(records(200, 50), 250, 2),
			],
		});
		const qs = (p: number) => ({
			lastName: 'Doe',
			creditStatus: 'OK',
			isVet: false,
			ownershipId: UUID_2,
			sortBy: 'lastName',
			sortOrder: 'desc',
			page: p,
			pageSize: 100,
		});
		expect(requests).toEqual(
			[0, 1, 2].map((p) => request('GET', `${AHDS}/contact`, { qs: qs(p) })),
		);
		expect(output).toEqual(items(records(0, 250)));
	});

	it('stops exactly at the reported total when the last page is full', async () => {
		const { output, requests } = await runAhds({
			parameters: { ...base, operation: 'getAll', returnAll: true },
			responses: [page(records(0, 100), 200, 0), page(records(100, 100), 200, 1)],
		});
		expect(requests).toHaveLength(2);
		expect(output).toHaveLength(200);
	});

	it('Limit asks for only what it needs', async () => {
		const { output, requests } = await runAhds({
			parameters: { ...base, operation: 'getAll', returnAll: false, limit: 30 },
			responses: [page(records(0, 30), 250, 0, 30)],
		});
		expect(requests).toEqual([
			request('GET', `${AHDS}/contact`, { qs: { page: 0, pageSize: 30 } }),
		]);
		expect(output).toEqual(items(records(0, 30)));
	});

	it('a Limit above the page size pages and cuts the last page', async () => {
		const { output, requests } = await runAhds({
			parameters: { ...base, operation: 'getAll', returnAll: false, limit: 120 },
			responses: [page(records(0, 100), 250, 0), page(records(100, 100), 250, 1)],
		});
		expect(requests.map((r) => r.url)).toEqual([
			request('GET', `${AHDS}/contact`, { qs: { page: 0, pageSize: 100 } }).url,
			request('GET', `${AHDS}/contact`, { qs: { page: 1, pageSize: 100 } }).url,
		]);
		expect(output).toEqual(items(records(0, 120)));
	});

	it('reads {items, total} and honours the Page Size option', async () => {
		const { output, requests } = await runAhds({
			parameters: {
				...base,
				operation: 'getAll',
				returnAll: true,
				options: { pageSize: 40 },
			},
			responses: [
				{ body: { items: records(0, 40), total: 60 } },
				{ body: { items: records(40, 20), total: 60 } },
			],
		});
		expect(requests.map((r) => r.url)).toEqual([
			request('GET', `${AHDS}/contact`, { qs: { page: 0, pageSize: 40 } }).url,
			request('GET', `${AHDS}/contact`, { qs: { page: 1, pageSize: 40 } }).url,
		]);
		expect(output).toEqual(items(records(0, 60)));
	});

	it('reads a bare array and stops on a short page', async () => {
		const { output, requests } = await runAhds({
			parameters: { ...base, operation: 'getAll', returnAll: true },
			responses: [{ body: records(0, 100) }, { body: records(100, 7) }],
		});
		expect(requests).toHaveLength(2);
		expect(output).toEqual(items(records(0, 107)));
	});

	it('an empty list gives no items', async () => {
		const { output } = await runAhds({
			parameters: { ...base, operation: 'getAll', returnAll: true },
			responses: [page([], 0)],
		});
		expect(output).toEqual([]);
	});
});

describe('AHDS › base URL', () => {
	it('defaults to the HeyDonto host of the credential environment', async () => {
		const { requests } = await runAhds({
			credentials: tokenCredential({ environment: 'sandbox', baseUrl: '' }),
			parameters: { ...base, operation: 'get', contactId: UUID },
			responses: [{ body: contact(UUID) }],
		});
		expect(requests).toEqual([
			request('GET', `${AHDS}/contact/${UUID}`, { base: 'https://api-staging.heydonto.com' }),
		]);
	});

	it('Options › Base URL overrides it (trailing slash dropped)', async () => {
		const { requests } = await runAhds({
			parameters: {
				...base,
				operation: 'delete',
				contactId: UUID,
				options: { baseUrl: 'https://ahds.example.com/api/' },
			},
			responses: [{ status: 204, body: '' }],
		});
		expect(requests).toEqual([
			request('DELETE', `${AHDS}/contact/${UUID}`, { base: 'https://ahds.example.com/api' }),
		]);
	});
});
