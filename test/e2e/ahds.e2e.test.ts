/**
 * AHDS in a real n8n: the packed package in n8n's community-nodes folder, the HeyDonto credential and
 * workflows imported with n8n's CLI, workflows run with `n8n execute` against the sandbox, whose site 1
 * is a veterinary practice with 250 contacts.
 */
import { execute, sandbox } from './harness';

beforeEach(async () => {
	await sandbox.reset();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const apiRequests = async () =>
	(await sandbox.requests()).map(
		(request) =>
			`${request.method} ${request.path}${request.rawQuery ? `?${request.rawQuery}` : ''} ${request.status}`,
	);

describe('AHDS node in n8n', () => {
	it('Contact → Get Many with Return All returns every contact of the site, 100 per page', async () => {
		const run = await execute('ahdsE2eContacts1');
		expect(run.exitCode).toBe(0);
		const contacts = run.json('Get Contacts');
		expect(contacts).toHaveLength(250);
		expect(new Set(contacts.map((contact) => contact.contactId)).size).toBe(250);
		expect(contacts[0]).toEqual(
			expect.objectContaining({
				contactId: expect.stringMatching(UUID),
				firstName: expect.any(String),
				contactDetails: expect.any(Array),
			}),
		);
		expect(run.items('Get Contacts').every((item) => item.pairedItem !== undefined)).toBe(true);
		expect(await apiRequests()).toEqual([
			'POST /auth/login 201',
			'GET /site/1/ahds/v1/contact?page=0&pageSize=100 200',
			'GET /site/1/ahds/v1/contact?page=1&pageSize=100 200',
			'GET /site/1/ahds/v1/contact?page=2&pageSize=100 200',
		]);
	});

	it('creates a contact and its animal, lists, patches, replaces and deletes; the deleted contact is a 404 item', async () => {
		const run = await execute('ahdsE2eLifecyc01');
		expect(run.exitCode).toBe(0);

		const [contact] = run.json('Create Contact');
		expect(contact.contactId).toMatch(UUID);
		const id = String(contact.contactId);
		expect(contact).toEqual(
			expect.objectContaining({
				firstName: 'Maya',
				lastName: 'Okafor',
				birthDate: '1988-07-14T00:00:00.000Z',
				creditStatus: 'OK',
				isCustomer: true,
				extensions: { 'pms:legacyId': 'RX-E2E' },
			}),
		);
		expect(contact.contactDetails).toEqual([
			expect.objectContaining({
				name: 'Mobile phone',
				value: '+1-512-555-0199',
				contactDetailType: { code: 'phone', system: 'http://hl7.org/fhir/contact-point-system' },
				contactDetailId: expect.stringMatching(UUID),
				contactId: id,
				isPreferred: true,
				subscriptionGroups: ['reminders'],
			}),
			expect.objectContaining({
				name: 'Email',
				contactDetailType: {
					code: 'email',
					system: 'http://hl7.org/fhir/contact-point-system',
					display: 'Email',
				},
				contactId: id,
			}),
		]);

		const [animal] = run.json('Create Animal');
		expect(animal).toEqual(
			expect.objectContaining({
				animalId: expect.stringMatching(UUID),
				name: 'Biscuit',
				ownerContactId: id,
				species: { code: 'CANINE', system: 'urn:ahds:sandbox:species', display: 'Canine' },
				weight: { value: 18.4, unit: 'kg' },
				desexDate: '2024-02-01T00:00:00.000Z',
				isDead: false,
			}),
		);

		const contacts = run.json('Get Contacts');
		expect(contacts).toHaveLength(251);
		expect(contacts.filter((c) => c.contactId === id)).toHaveLength(1);
		const lastNames = contacts.map((c) => String(c.lastName));
		expect(lastNames).toEqual(
			[...lastNames].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
		);

		const [updated] = run.json('Update Contact');
		expect(updated).toEqual(
			expect.objectContaining({
				contactId: id,
				firstName: 'Maya',
				lastName: 'Okafor-Reyes',
				creditStatus: 'WARNING',
				postalAddress: '500 Congress Ave, Austin, TX 78701',
			}),
		);

		const [replaced] = run.json('Replace Contact');
		expect(replaced).toEqual(
			expect.objectContaining({
				contactId: id,
				lastName: 'Okafor-Reyes',
				physicalAddress: '12 Oak St, Austin, TX 78704',
				// Replace sends the whole record: what it leaves out is gone.
				postalAddress: null,
				creditStatus: null,
				birthDate: null,
			}),
		);
		expect(replaced.contactDetails).toEqual(updated.contactDetails);

		expect(run.json('Delete Contact')).toEqual([{ contactId: id, deleted: true }]);
		expect(run.json('Get Deleted Contact')).toEqual([
			{
				error: `The AHDS API answered 404: Contact with ID ${id} not found`,
				description: `No contact with ID ${id} exists in site 1, or the site is not visible to this credential. Check the Contact ID and the Site.`,
				httpCode: '404',
			},
		]);

		expect(await apiRequests()).toEqual([
			'POST /site/1/ahds/v1/contact 201',
			'POST /site/1/ahds/v1/animal 201',
			'GET /site/1/ahds/v1/contact?sortBy=lastName&sortOrder=asc&page=0&pageSize=100 200',
			'GET /site/1/ahds/v1/contact?sortBy=lastName&sortOrder=asc&page=1&pageSize=100 200',
			'GET /site/1/ahds/v1/contact?sortBy=lastName&sortOrder=asc&page=2&pageSize=100 200',
			`PATCH /site/1/ahds/v1/contact/${id} 200`,
			`PUT /site/1/ahds/v1/contact/${id} 200`,
			`DELETE /site/1/ahds/v1/contact/${id} 204`,
			`GET /site/1/ahds/v1/contact/${id} 404`,
		]);
		const requests = await sandbox.requests();
		expect(requests[0].body).toEqual(
			expect.objectContaining({ contactId: id, birthDate: '1988-07-14' }),
		);
		expect(requests[5].body).toEqual({ lastName: 'Okafor-Reyes', creditStatus: 'WARNING' });
	});

	it('bad input fails with a clear error and sends nothing', async () => {
		const run = await execute('ahdsE2eBadInput1');
		expect(run.exitCode).not.toBe(0);
		expect(run.json('Get Contact')).toEqual([
			{
				error:
					'Invalid value for "Contact": expected a UUID such as 123e4567-e89b-12d3-a456-426614174000, but got "not-a-uuid"',
				description: 'Change "Contact", or fix the expression that sets it for this item.',
			},
		]);
		expect(run.nodeError('Get Contacts')?.message).toBe(
			'Invalid value for "Page Size": expected a whole number from 1 to 100, but got 250',
		);
		expect(await apiRequests()).toEqual([]);
	});

	it('reaches a resource the node does not name by its path name, and filters lists', async () => {
		const run = await execute('ahdsE2eOther0001');
		expect(run.exitCode).toBe(0);
		const vets = run.json('Get Vets');
		expect(vets).toHaveLength(5);
		expect(vets.every((vet) => vet.isVet === true)).toBe(true);
		const reminders = run.json('Get Reminders');
		expect(reminders).toHaveLength(3);
		const due = reminders.map((reminder) => String(reminder.dueDate));
		expect(due).toEqual([...due].sort().reverse());
		const [created] = run.json('Create Reminder');
		expect(created).toEqual(
			expect.objectContaining({ reminderId: expect.stringMatching(UUID), reason: 'Dental check' }),
		);
		expect(run.json('Get Reminder')).toEqual([created]);
		const paths = await apiRequests();
		expect(paths).toContain('GET /site/1/ahds/v1/contact?isVet=true&page=0&pageSize=5 200');
		expect(paths).toContain(
			'GET /site/1/ahds/v1/reminder?reason=Vaccination%20due&sortBy=dueDate&sortOrder=desc&page=0&pageSize=3 200',
		);
	});
});
