import type { IDataObject } from 'n8n-workflow';

import { TEST_NODE } from '../../helpers/fakeN8n';
import { AHDS, UUID, items, page, request, runAhds, site } from '../../helpers/ahds';

/** The crypto module the node imports randomUUID from, to pin the generated UUIDs. */
const nodeCrypto = jest.requireActual<{ randomUUID(): string }>('crypto');

/**
 * AHDS node version 1.1 (the default for new nodes): a contact detail is active and preferred unless
 * turned off, its type is picked from a list (or typed as a Custom Code), its technical fields sit under
 * the entry's Additional Fields, and Get Many sorts with a "Sort" rule. Version 1 nodes (the other
 * contract tests) keep sending what they sent.
 */
const V1_1 = { ...TEST_NODE, typeVersion: 1.1 };
const NOW = '2026-03-02T10:00:00.000Z';
const DETAIL_ID = '0b6f1c1e-2d3a-4b5c-8d7e-9f0a1b2c3d4e';
const POINT = 'http://hl7.org/fhir/contact-point-system';

const create = (entry: IDataObject) => ({
	resource: 'contact',
	siteId: site,
	operation: 'create',
	firstName: 'Jane',
	lastName: 'Doe',
	contactDetails: { entry: [entry] },
});

describe('AHDS › node version 1.1 › Contact › Create', () => {
	beforeEach(() => {
		jest.useFakeTimers({ now: new Date(NOW), doNotFake: ['nextTick', 'setImmediate'] });
		jest.spyOn(nodeCrypto, 'randomUUID').mockReturnValueOnce(UUID).mockReturnValueOnce(DETAIL_ID);
	});
	afterEach(() => {
		jest.useRealTimers();
		jest.restoreAllMocks();
	});

	const sent = (detail: IDataObject) =>
		request('POST', `${AHDS}/contact`, {
			body: {
				contactId: UUID,
				firstName: 'Jane',
				lastName: 'Doe',
				contactDetails: [
					{
						...detail,
						contactDetailId: DETAIL_ID,
						contactId: UUID,
						createdAt: NOW,
						updatedAt: NOW,
					},
				],
			},
		});

	it('a detail with only a value is a phone, named Phone, active and preferred', async () => {
		const { requests } = await runAhds({
			node: V1_1,
			parameters: create({ value: '+1-512-555-0142' }),
			responses: [{ status: 201, body: {} }],
		});
		expect(requests).toEqual([
			sent({
				contactDetailType: { code: 'phone', system: POINT, display: 'Phone' },
				value: '+1-512-555-0142',
				isPreferred: true,
				isActive: true,
				name: 'Phone',
			}),
		]);
	});

	it('sends the picked type, the label given, the switches turned off and the Additional Fields', async () => {
		const { output, requests } = await runAhds({
			node: V1_1,
			parameters: create({
				contactDetailType: 'email',
				value: 'jane@example.com',
				name: 'Work email',
				isPreferred: false,
				isActive: false,
				additionalFields: { valueCleaned: 'jane@example.com', extensions: '{"source": "web"}' },
			}),
			responses: [{ status: 201, body: {} }],
		});
		const detail = {
			name: 'Work email',
			value: 'jane@example.com',
			contactDetailType: { code: 'email', system: POINT, display: 'Email' },
			isPreferred: false,
			isActive: false,
			valueCleaned: 'jane@example.com',
			extensions: { source: 'web' },
		};
		expect(requests).toEqual([sent(detail)]);
		// AHDS answered without the record: the output is what was sent.
		expect(output).toEqual(items([requests[0].body as IDataObject]));
	});

	it('a Custom Code sends the code, system and display typed', async () => {
		const { requests } = await runAhds({
			node: V1_1,
			parameters: create({
				contactDetailType: 'custom',
				contactDetailTypeCode: 'whatsapp',
				contactDetailTypeSystem: 'urn:example:messengers',
				value: '+1-512-555-0142',
				name: 'WhatsApp',
			}),
			responses: [{ status: 201, body: {} }],
		});
		expect(requests).toEqual([
			sent({
				name: 'WhatsApp',
				value: '+1-512-555-0142',
				contactDetailType: { code: 'whatsapp', system: 'urn:example:messengers' },
				isPreferred: true,
				isActive: true,
			}),
		]);
	});

	it('a version 1 node keeps typing the code and system, and sends the switches off unless turned on', async () => {
		const { requests } = await runAhds({
			parameters: create({
				name: 'Mobile',
				value: '+1-512-555-0142',
				contactDetailTypeCode: 'phone',
				contactDetailTypeSystem: POINT,
			}),
			responses: [{ status: 201, body: {} }],
		});
		expect(requests).toEqual([
			sent({
				name: 'Mobile',
				value: '+1-512-555-0142',
				contactDetailType: { code: 'phone', system: POINT },
				isPreferred: false,
				isActive: false,
			}),
		]);
	});
});

describe('AHDS › node version 1.1 › Get Many', () => {
	const getAll = { resource: 'contact', siteId: site, operation: 'getAll', limit: 10 };

	it('sorts with the "Sort" rule', async () => {
		const { requests } = await runAhds({
			node: V1_1,
			parameters: { ...getAll, sort: { rules: { field: 'lastName', dir: 'desc' } } },
			responses: [page([], 0)],
		});
		expect(requests).toEqual([
			request('GET', `${AHDS}/contact`, {
				qs: { sortBy: 'lastName', sortOrder: 'desc', page: 0, pageSize: 10 },
			}),
		]);
	});

	it('a version 1 node keeps sorting with Options › Sort By and Sort Order', async () => {
		const { requests } = await runAhds({
			parameters: { ...getAll, options: { sortBy: 'lastName', sortOrder: 'desc' } },
			responses: [page([], 0)],
		});
		expect(requests).toEqual([
			request('GET', `${AHDS}/contact`, {
				qs: { sortBy: 'lastName', sortOrder: 'desc', page: 0, pageSize: 10 },
			}),
		]);
	});

	it('Other Resource sorts by the field typed in its "Sort" rule', async () => {
		const { requests } = await runAhds({
			node: V1_1,
			parameters: {
				resource: 'other',
				siteId: site,
				resourcePath: 'reminder',
				operation: 'getAll',
				limit: 10,
				sort: { rules: { field: 'dueAt', dir: 'asc' } },
			},
			responses: [page([], 0)],
		});
		expect(requests).toEqual([
			request('GET', `${AHDS}/reminder`, {
				qs: { sortBy: 'dueAt', sortOrder: 'asc', page: 0, pageSize: 10 },
			}),
		]);
	});
});
