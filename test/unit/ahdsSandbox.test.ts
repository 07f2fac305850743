import type { IDataObject } from 'n8n-workflow';

import { startSandbox, type Sandbox } from '../../sandbox';

/** The sandbox's AHDS: what the node is tested against end to end, so its behaviour is pinned here. */
const ADMIN = { email: 'admin@heydonto.test', password: 'Sandbox-Admin-1' };
const OPS = { email: 'ops@brightsmile.test', password: 'Sandbox-Ops-1' };
const NEW_ID = '3f2b8c1e-9d4a-4e6b-8f0c-1a2b3c4d5e6f';
const DETAIL_ID = '0b6f1c1e-2d3a-4b5c-8d7e-9f0a1b2c3d4e';

interface Reply {
	status: number;
	body: IDataObject & { data?: IDataObject[]; meta?: IDataObject; message?: unknown };
}

let sb: Sandbox;
let admin: string;
let ops: string;

async function call(method: string, path: string, token?: string, body?: unknown): Promise<Reply> {
	const headers: Record<string, string> = {};
	if (token) headers.authorization = `Bearer ${token}`;
	if (body !== undefined) headers['content-type'] = 'application/json';
	const res = await fetch(`${sb.url}${path}`, {
		method,
		headers,
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	return { status: res.status, body: text ? JSON.parse(text) : {} };
}

async function login(creds: { email: string; password: string }) {
	return (await call('POST', '/auth/login', undefined, creds)).body.token as string;
}

const newContact = (extra: IDataObject = {}) => ({
	contactId: NEW_ID,
	firstName: 'Jane',
	lastName: 'Doe',
	contactDetails: [
		{
			contactDetailId: DETAIL_ID,
			contactDetailType: { code: 'email', system: 'http://hl7.org/fhir/contact-point-system' },
			contactId: NEW_ID,
			createdAt: '2026-03-02T10:00:00.000Z',
			updatedAt: '2026-03-02T10:00:00.000Z',
			name: 'Email',
			value: 'jane@example.com',
		},
	],
	...extra,
});

beforeAll(async () => {
	sb = await startSandbox({ quiet: true });
	admin = await login(ADMIN);
	ops = await login(OPS);
});

afterAll(async () => {
	await sb.close();
});

beforeEach(() => sb.reset());

describe('sandbox (AHDS)', () => {
	it('lists the seeded contacts of site 1 in {data, meta} pages, 10 by default', async () => {
		const first = await call('GET', '/site/1/ahds/v1/contact', admin);
		expect(first.status).toBe(200);
		expect(first.body.meta).toEqual({ page: 0, pageSize: 10, total: 250 });
		expect(first.body.data).toHaveLength(10);
		const last = await call('GET', '/site/1/ahds/v1/contact?page=2&pageSize=100', admin);
		expect(last.body.meta).toEqual({ page: 2, pageSize: 100, total: 250 });
		expect(last.body.data).toHaveLength(50);
		const contact = first.body.data?.[0] ?? {};
		expect(Object.keys(contact)[0]).toBe('contactId');
		expect(contact).toEqual(
			expect.objectContaining({
				firstName: expect.any(String),
				contactDetails: expect.arrayContaining([
					expect.objectContaining({
						contactDetailType: expect.objectContaining({ code: 'phone' }),
					}),
				]),
				driverLicenseNumber: null,
				createdAt: expect.stringMatching(/Z$/),
			}),
		);
		expect((await call('GET', '/site/2/ahds/v1/contact', admin)).body.meta?.total).toBe(12);
	});

	it('sorts, filters and rejects what NestJS would', async () => {
		const sorted = await call(
			'GET',
			'/site/1/ahds/v1/contact?pageSize=100&sortBy=lastName&sortOrder=desc',
			admin,
		);
		const names = (sorted.body.data ?? []).map((c) => String(c.lastName));
		expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a)));
		const vets = await call('GET', '/site/1/ahds/v1/contact?isVet=true&pageSize=100', admin);
		expect(vets.body.meta?.total).toBe(8);
		expect((vets.body.data ?? []).every((c) => c.isVet === true)).toBe(true);
		const bad = await call(
			'GET',
			'/site/1/ahds/v1/contact?pageSize=101&sortBy=shoeSize&creditStatus=MAYBE&ownershipId=x',
			admin,
		);
		expect(bad).toEqual({
			status: 400,
			body: {
				statusCode: 400,
				error: 'Bad Request',
				message: [
					'pageSize must not be greater than 100',
					'sortBy must be one of the following values: createdAt, updatedAt, firstName, lastName, businessName, code, birthDate, driverLicenseExpiryDate, driverLicenseIssuer, driverLicenseNumber',
					'creditStatus must be one of the following values: OK, WARNING, STOP',
					'ownershipId must be a UUID',
				],
			},
		});
	});

	it('creates with the client UUID, echoes dates as date-times, and answers 409 on a duplicate', async () => {
		const created = await call(
			'POST',
			'/site/1/ahds/v1/contact',
			admin,
			newContact({ birthDate: '1985-04-12', shoeSize: 42 }),
		);
		expect(created.status).toBe(201);
		expect(created.body).toEqual(
			expect.objectContaining({
				contactId: NEW_ID,
				birthDate: '1985-04-12T00:00:00.000Z',
				businessName: null,
				createdAt: expect.any(String),
			}),
		);
		expect(created.body).not.toHaveProperty('shoeSize');
		const again = await call('POST', '/site/1/ahds/v1/contact', admin, newContact());
		expect(again).toEqual({
			status: 409,
			body: {
				statusCode: 409,
				message: `Contact with ID ${NEW_ID} already exists`,
				error: 'Conflict',
			},
		});
		expect((await call('GET', '/site/1/ahds/v1/contact', admin)).body.meta?.total).toBe(251);
		// The same UUID is free on another site.
		expect((await call('POST', '/site/2/ahds/v1/contact', admin, newContact())).status).toBe(201);
	});

	it('answers 400 with every missing or malformed field', async () => {
		const reply = await call('POST', '/site/1/ahds/v1/contact', admin, {
			contactId: 'not-a-uuid',
			lastName: 'Doe',
			contactDetails: [{ name: 'Email', contactDetailType: { code: 'email' } }],
			creditStatus: 'MAYBE',
		});
		expect(reply.status).toBe(400);
		expect(reply.body.message).toEqual([
			'contactId must be a UUID',
			'firstName should not be empty',
			'contactDetails.0.value should not be empty',
			'contactDetails.0.contactDetailType.system should not be empty',
			'contactDetails.0.contactDetailId should not be empty',
			'contactDetails.0.contactId should not be empty',
			'contactDetails.0.createdAt should not be empty',
			'contactDetails.0.updatedAt should not be empty',
			'creditStatus must be one of the following values: OK, WARNING, STOP',
		]);
	});

	it('gets, patches, replaces and deletes by UUID', async () => {
		await call('POST', '/site/1/ahds/v1/contact', admin, newContact({ postalAddress: 'PO Box 1' }));
		const path = `/site/1/ahds/v1/contact/${NEW_ID}`;
		const got = await call('GET', path, admin);
		expect(got.body).toEqual(
			expect.objectContaining({ contactId: NEW_ID, postalAddress: 'PO Box 1' }),
		);

		const patched = await call('PATCH', path, admin, { lastName: 'Smith' });
		expect(patched.body).toEqual(
			expect.objectContaining({ lastName: 'Smith', firstName: 'Jane', postalAddress: 'PO Box 1' }),
		);
		expect(String(patched.body.updatedAt) > String(got.body.updatedAt)).toBe(true);

		const incomplete = await call('PUT', path, admin, { firstName: 'Janet' });
		expect(incomplete.status).toBe(400);
		expect(incomplete.body.message).toEqual([
			'lastName should not be empty',
			'contactDetails should not be empty',
		]);

		const replaced = await call('PUT', path, admin, {
			firstName: 'Janet',
			lastName: 'Smith',
			contactDetails: [],
		});
		expect(replaced.body).toEqual(
			expect.objectContaining({
				contactId: NEW_ID,
				firstName: 'Janet',
				contactDetails: [],
				postalAddress: null,
				createdAt: got.body.createdAt,
			}),
		);

		expect((await call('DELETE', path, admin)).status).toBe(204);
		expect(await call('GET', path, admin)).toEqual({
			status: 404,
			body: { statusCode: 404, message: `Contact with ID ${NEW_ID} not found`, error: 'Not Found' },
		});
		expect((await call('GET', '/site/1/ahds/v1/contact/42', admin)).body.message).toBe(
			'Validation failed (uuid is expected)',
		);
	});

	it('keeps fields the node does not name on partly documented resources', async () => {
		const reply = await call('POST', '/site/1/ahds/v1/animal', admin, {
			animalId: NEW_ID,
			name: 'Bella',
			weight: { value: 12.5, unit: 'kg' },
			tattoo: 'L-42',
		});
		expect(reply.body).toEqual(
			expect.objectContaining({
				name: 'Bella',
				weight: { value: 12.5, unit: 'kg' },
				tattoo: 'L-42',
			}),
		);
		const bad = await call('POST', '/site/1/ahds/v1/animal', admin, {
			animalId: NEW_ID,
			weight: { value: '12' },
		});
		expect(bad.body.message).toEqual([
			'weight.value must be a number conforming to the specified constraints',
			'weight.unit should not be empty',
		]);
	});

	it('serves realistic veterinary records, and reminder for "Other Resource"', async () => {
		const animals = await call('GET', '/site/1/ahds/v1/animal?pageSize=100', admin);
		expect(animals.body.meta?.total).toBeGreaterThan(300);
		const owners = new Set(
			(
				await call('GET', '/site/1/ahds/v1/contact?isCustomer=true&pageSize=100', admin)
			).body.data?.map((c) => c.contactId),
		);
		const animal = animals.body.data?.[0] ?? {};
		expect(animal.species).toEqual(expect.objectContaining({ code: expect.any(String) }));
		expect(owners.has(animal.ownerContactId)).toBe(true);
		for (const slug of ['appointment', 'consult', 'vaccination', 'species', 'breed', 'reminder']) {
			const reply = await call('GET', `/site/1/ahds/v1/${slug}`, admin);
			expect(reply.body.meta?.total).toBeGreaterThan(0);
		}
		expect((await call('GET', '/site/1/ahds/v1/diagnostic-request', admin)).body.meta?.total).toBe(
			0,
		);
	});

	it('a frozen clock gives records the same createdAt and updatedAt; a reset goes back to real time', async () => {
		const frozen = '2026-11-29T12:00:00.000Z';
		expect((await call('PUT', '/__sandbox/ahds/clock', undefined, { now: frozen })).body).toEqual({
			now: frozen,
			frozen: true,
		});
		const create = async (id: string) =>
			(await call('POST', '/site/1/ahds/v1/reminder', admin, { reminderId: id, animalId: NEW_ID }))
				.body;
		const a = await create(NEW_ID);
		const b = await create(DETAIL_ID);
		expect([a.createdAt, a.updatedAt, b.createdAt, b.updatedAt]).toEqual([
			frozen,
			frozen,
			frozen,
			frozen,
		]);
		await call('PUT', '/__sandbox/ahds/clock', undefined, { advanceMs: 1500 });
		const patched = await call('PATCH', `/site/1/ahds/v1/reminder/${NEW_ID}`, admin, {
			reason: 'x',
		});
		expect(patched.body).toMatchObject({
			createdAt: frozen,
			updatedAt: '2026-11-29T12:00:01.500Z',
		});
		expect((await call('PUT', '/__sandbox/ahds/clock', undefined, { advanceMs: 1 })).body).toEqual({
			now: '2026-11-29T12:00:01.501Z',
			frozen: true,
		});
		expect((await call('PUT', '/__sandbox/ahds/clock', undefined, {})).status).toBe(400);
		await sb.reset();
		expect((await call('GET', '/__sandbox/ahds/clock')).body.frozen).toBe(false);
		expect(
			(await call('PUT', '/__sandbox/ahds/clock', undefined, { advanceMs: 1 })).body.message,
		).toEqual(['advanceMs moves a frozen clock: set now first']);
	});

	it('checks the route, then the token, then the site', async () => {
		expect(await call('GET', '/site/1/ahds/v1/remindr')).toEqual({
			status: 404,
			body: { statusCode: 404, message: 'Cannot GET /site/1/ahds/v1/remindr', error: 'Not Found' },
		});
		expect((await call('GET', '/site/1/ahds/v1/contact')).status).toBe(401);
		expect((await call('GET', '/site/1/ahds/v1/contact', 'x.y.z')).status).toBe(401);
		expect((await call('GET', '/site/999/ahds/v1/contact', admin)).body.message).toBe(
			'Site with ID 999 not found',
		);
		// The client-account user sees the sites of its account only.
		expect((await call('GET', '/site/1/ahds/v1/contact', ops)).status).toBe(200);
		const hidden = sb.state.heydonto.sites.rows.find((s) => s.clientAccountId !== 10);
		expect((await call('GET', `/site/${hidden?.id}/ahds/v1/contact`, ops)).status).toBe(404);
	});

	it('bulk-seeds N contacts for the benchmark, the same ones every time, until the next reset', async () => {
		const seed = async (body: IDataObject) => {
			const res = await fetch(`${sb.url}/__sandbox/seed`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(body),
			});
			return { status: res.status, body: (await res.json()) as IDataObject };
		};
		expect(await seed({ vendor: 'ahds', siteId: 3, contacts: 1200 })).toEqual({
			status: 200,
			body: { vendor: 'ahds', siteId: 3, contacts: 1200 },
		});
		const first = await call('GET', '/site/3/ahds/v1/contact?page=11&pageSize=100', admin);
		expect(first.body.meta?.total).toBe(1200);
		expect(first.body.data).toHaveLength(100);
		await seed({ vendor: 'ahds', siteId: 3, contacts: 1200 });
		const again = await call('GET', '/site/3/ahds/v1/contact?page=11&pageSize=100', admin);
		expect(again.body.data).toEqual(first.body.data);
		expect((await seed({ vendor: 'ahds', siteId: 999, contacts: 1 })).status).toBe(400);
		expect((await seed({ vendor: 'nobody' })).status).toBe(400);
		sb.reset();
		expect((await call('GET', '/site/3/ahds/v1/contact', admin)).body.meta?.total).toBe(0);
	});
});
