import type { IDataObject } from 'n8n-workflow';

import {
	AHDS,
	UUID,
	UUID_2,
	items,
	loginCredential,
	page,
	request,
	runAhds,
	site,
} from '../../helpers/ahds';

/**
 * A sample of the other resources, one per kind of field the engine types (coded values, quantities,
 * UUID lists, integers, date-times with an offset, money, text lists, free JSON, a resource without
 * typed fields, a path name that differs from its n8n name). Each runs all six operations and states
 * its literal path, the parameters a user sets and the exact body or query that must go out.
 */
interface Case {
	resource: string;
	slug: string;
	idField: string;
	create: { parameters: IDataObject; body: IDataObject };
	getAll: { parameters: IDataObject; qs: IDataObject };
	update: { parameters: IDataObject; body: IDataObject };
	replace: { parameters: IDataObject; body: IDataObject };
}

const UUID_3 = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

const cases: Case[] = [
	{
		resource: 'animal',
		slug: 'animal',
		idField: 'animalId',
		create: {
			parameters: {
				additionalFields: {
					name: 'Bella',
					species: { value: { code: 'CANINE', system: 'urn:species', display: 'Canine' } },
					weight: { value: { value: 12.5, unit: 'kg', system: '' } },
					ownerContactId: UUID_2,
					isDead: false,
					desexDate: '2024-06-01',
				},
			},
			body: {
				name: 'Bella',
				species: { code: 'CANINE', system: 'urn:species', display: 'Canine' },
				ownerContactId: UUID_2,
				weight: { value: 12.5, unit: 'kg' },
				isDead: false,
				desexDate: '2024-06-01',
			},
		},
		getAll: {
			parameters: {
				filters: { name: 'Bella', isDead: false, ownerContactId: UUID_2 },
				options: { sortBy: 'name' },
			},
			qs: { name: 'Bella', ownerContactId: UUID_2, isDead: false, sortBy: 'name' },
		},
		update: {
			parameters: { updateFields: { colour: 'Tan', isDead: true } },
			body: { colour: 'Tan', isDead: true },
		},
		replace: {
			parameters: { additionalFields: { name: 'Bella', microchipNumber: '985112004512345' } },
			body: { name: 'Bella', microchipNumber: '985112004512345' },
		},
	},
	{
		resource: 'appointment',
		slug: 'appointment',
		idField: 'appointmentId',
		create: {
			parameters: {
				additionalFields: {
					animalId: UUID_2,
					appointmentType: { value: { code: 'VACCINATION', system: 'urn:type', display: '' } },
					durationMinutes: 15,
					resourceIds: `${UUID_2}, ${UUID_3}`,
				},
			},
			body: {
				animalId: UUID_2,
				appointmentType: { code: 'VACCINATION', system: 'urn:type' },
				durationMinutes: 15,
				resourceIds: [UUID_2, UUID_3],
			},
		},
		getAll: {
			parameters: { filters: { animalId: UUID_2, durationMinutes: 30 } },
			qs: { animalId: UUID_2, durationMinutes: 30 },
		},
		update: {
			parameters: {
				updateFields: {
					appointmentStatus: {
						value: { code: 'ARRIVED', system: 'urn:status', display: 'Arrived' },
					},
				},
			},
			body: { appointmentStatus: { code: 'ARRIVED', system: 'urn:status', display: 'Arrived' } },
		},
		replace: {
			parameters: { additionalFields: { animalId: UUID_2, resourceIds: [UUID_3] } },
			body: { animalId: UUID_2, resourceIds: [UUID_3] },
		},
	},
	{
		resource: 'vaccination',
		slug: 'vaccination',
		idField: 'vaccinationId',
		create: {
			parameters: {
				additionalFields: {
					animalId: UUID_2,
					administeredAt: '2026-03-02T10:30:00+01:00',
					nextAdministrationDate: '2027-03-02T00:00:00',
				},
			},
			body: {
				animalId: UUID_2,
				administeredAt: '2026-03-02T09:30:00.000Z',
				nextAdministrationDate: '2027-03-02',
			},
		},
		getAll: {
			parameters: {
				filters: { productId: UUID_3 },
				options: { sortBy: 'administeredAt', sortOrder: 'desc' },
			},
			qs: { productId: UUID_3, sortBy: 'administeredAt', sortOrder: 'desc' },
		},
		update: {
			parameters: { updateFields: { batchId: UUID_3 } },
			body: { batchId: UUID_3 },
		},
		replace: {
			parameters: { additionalFields: { animalId: UUID_2, productId: UUID_3 } },
			body: { animalId: UUID_2, productId: UUID_3 },
		},
	},
	{
		resource: 'payment',
		slug: 'payment',
		idField: 'paymentId',
		create: {
			parameters: {
				additionalFields: {
					amount: 120.5,
					paymentMethod: 'card',
					linkedInvoices: '[{"invoiceId": "inv-1", "amount": "120.50"}]',
				},
			},
			body: {
				amount: '120.5',
				paymentMethod: 'card',
				linkedInvoices: [{ invoiceId: 'inv-1', amount: '120.50' }],
			},
		},
		getAll: {
			parameters: { filters: { status: 'pending', amount: '10.00' } },
			qs: { amount: '10.00', status: 'pending' },
		},
		update: {
			parameters: { updateFields: { status: 'settled' } },
			body: { status: 'settled' },
		},
		replace: {
			parameters: { additionalFields: { amount: '99.90', status: 'pending' } },
			body: { amount: '99.90', status: 'pending' },
		},
	},
	{
		resource: 'species',
		slug: 'species',
		idField: 'speciesId',
		create: {
			parameters: {
				additionalFields: { name: 'Canine', code: 'CANINE', aliases: 'Dog,\nCanis familiaris' },
			},
			body: { name: 'Canine', code: 'CANINE', aliases: ['Dog', 'Canis familiaris'] },
		},
		getAll: { parameters: { filters: { code: 'CANINE' } }, qs: { code: 'CANINE' } },
		update: {
			parameters: { updateFields: { aliases: ['Dog'] } },
			body: { aliases: ['Dog'] },
		},
		replace: {
			parameters: { additionalFields: { name: 'Canine' } },
			body: { name: 'Canine' },
		},
	},
	{
		resource: 'product',
		slug: 'product',
		idField: 'productId',
		create: {
			parameters: {
				additionalFields: { moreFields: '{"name": "Carprofen 75 mg", "doseMgPerKg": 4.4}' },
			},
			body: { name: 'Carprofen 75 mg', doseMgPerKg: 4.4 },
		},
		getAll: { parameters: {}, qs: {} },
		update: {
			parameters: { updateFields: { moreFields: { name: 'Carprofen 100 mg' } } },
			body: { name: 'Carprofen 100 mg' },
		},
		replace: {
			parameters: { additionalFields: { moreFields: '{"name": "Carprofen 75 mg"}' } },
			body: { name: 'Carprofen 75 mg' },
		},
	},
	{
		resource: 'schedulableResource',
		slug: 'resource',
		idField: 'resourceId',
		create: {
			parameters: { additionalFields: { name: 'Consult Room 1', resourceType: 'room' } },
			body: { name: 'Consult Room 1', resourceType: 'room' },
		},
		getAll: { parameters: { filters: { resourceType: 'vet' } }, qs: { resourceType: 'vet' } },
		update: {
			parameters: { updateFields: { name: 'Consult Room A' } },
			body: { name: 'Consult Room A' },
		},
		replace: {
			parameters: { additionalFields: { name: 'Consult Room A', resourceType: 'room' } },
			body: { name: 'Consult Room A', resourceType: 'room' },
		},
	},
];

describe.each(cases)('AHDS › $resource (/$slug)', (c) => {
	const base = { resource: c.resource, siteId: site };
	const collection = `${AHDS}/${c.slug}`;
	const record = (id: string, fields: IDataObject = {}) => ({ [c.idField]: id, ...fields });

	it('Create posts the typed fields with the given UUID first', async () => {
		const created = record(UUID, c.create.body);
		const { output, requests } = await runAhds({
			parameters: {
				...base,
				operation: 'create',
				[c.idField]: UUID,
				bodyMode: 'fields',
				...c.create.parameters,
			},
			responses: [{ status: 201, body: created }],
		});
		expect(requests).toEqual([
			request('POST', collection, { body: { [c.idField]: UUID, ...c.create.body } }),
		]);
		expect(Object.keys(requests[0].body as IDataObject)[0]).toBe(c.idField);
		expect(output).toEqual(items([created]));
	});

	it('Get reads one record by UUID', async () => {
		const { output, requests } = await runAhds({
			parameters: { ...base, operation: 'get', [c.idField]: UUID },
			responses: [{ body: record(UUID) }],
		});
		expect(requests).toEqual([request('GET', `${collection}/${UUID}`)]);
		expect(output).toEqual(items([record(UUID)]));
	});

	it('Get Many sends the filters and sort, and pages with Return All', async () => {
		const first = Array.from({ length: 100 }, (_, n) => record(`r-${n}`));
		const { output, requests } = await runAhds({
			parameters: { ...base, operation: 'getAll', returnAll: true, ...c.getAll.parameters },
			responses: [page(first, 101, 0), page([record('r-100')], 101, 1)],
		});
		expect(requests).toEqual([
			request('GET', collection, { qs: { ...c.getAll.qs, page: 0, pageSize: 100 } }),
			request('GET', collection, { qs: { ...c.getAll.qs, page: 1, pageSize: 100 } }),
		]);
		expect(output).toEqual(items([...first, record('r-100')]));
	});

	it('Update PATCHes only the given fields', async () => {
		const updated = record(UUID, c.update.body);
		const { output, requests } = await runAhds({
			parameters: { ...base, operation: 'update', [c.idField]: UUID, ...c.update.parameters },
			responses: [{ body: updated }],
		});
		expect(requests).toEqual([request('PATCH', `${collection}/${UUID}`, { body: c.update.body })]);
		expect(output).toEqual(items([updated]));
	});

	it('Replace PUTs the record', async () => {
		const replaced = record(UUID, c.replace.body);
		const { output, requests } = await runAhds({
			parameters: { ...base, operation: 'replace', [c.idField]: UUID, ...c.replace.parameters },
			responses: [{ body: replaced }],
		});
		expect(requests).toEqual([request('PUT', `${collection}/${UUID}`, { body: c.replace.body })]);
		expect(output).toEqual(items([replaced]));
	});

	it('Delete answers the ID and deleted: true', async () => {
		const { output, requests } = await runAhds({
			parameters: { ...base, operation: 'delete', [c.idField]: UUID },
			responses: [{ status: 204, body: '' }],
		});
		expect(requests).toEqual([request('DELETE', `${collection}/${UUID}`)]);
		expect(output).toEqual(items([{ [c.idField]: UUID, deleted: true }]));
	});
});

describe('AHDS › credential', () => {
	it('logs in with the HeyDonto email and password, then sends the JWT to AHDS', async () => {
		const { requests } = await runAhds({
			credentials: loginCredential(),
			parameters: { resource: 'animal', siteId: site, operation: 'get', animalId: UUID },
			responses: [{ status: 201, body: { token: 'eyJhbGciOi.eyJzdWIiOjF9.c2ln' } }, { body: {} }],
		});
		expect(requests).toEqual([
			{
				method: 'POST',
				url: 'http://heydonto.test/auth/login',
				body: { email: 'admin@heydonto.test', password: 'Sandbox-Admin-1' },
				json: true,
				timeout: 30_000,
			},
			{
				...request('GET', `${AHDS}/animal/${UUID}`),
				headers: { Authorization: 'Bearer eyJhbGciOi.eyJzdWIiOjF9.c2ln' },
			},
		]);
	});
});
