import {
	BASE,
	P,
	byId,
	expected,
	refused,
	fromList,
	items,
	ME,
	meRequest,
	one,
	runAlfaDocs,
} from '../../helpers/alfadocs';

const patient = (id: number, extra: object = {}) => ({
	id,
	firstName: 'Mario',
	lastName: `Rossi ${id}`,
	email: `mario${id}@example.it`,
	phoneNumbers: [
		{ id: String(id), prefix: '+39', number: '3471234567', label: 'Cellulare', smsEnabled: true },
	],
	gender: 'm',
	city: 'Milano',
	dateOfBirth: '1989-10-11',
	_personHeight: '180',
	...extra,
});

const patients = (from: number, count: number) =>
	Array.from({ length: count }, (_, index) => patient(from + index));

const searchUrl = `${BASE}${P}/patients`;

describe('AlfaDocs › Patient', () => {
	it('Search with Return All follows the next link, 100 patients a page, with filters and custom fields', async () => {
		const next = `${searchUrl}?lastName=Rossi&offset=100&limit=100&_personHeight=180`;
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'patient',
				operation: 'search',
				returnAll: true,
				filters: { lastName: 'Rossi', dateBirth: '1989-10-11T00:00:00' },
				customFields: { field: [{ technicalName: 'personHeight', value: '180' }] },
			},
			responses: [
				{ body: ME },
				{ body: { links: { next }, total: 130, offset: 0, limit: 100, results: patients(1, 100) } },
				{ body: { links: {}, total: 130, offset: 100, limit: 100, results: patients(101, 30) } },
			],
		});
		expect(requests).toEqual([
			meRequest,
			expected('GET', `${P}/patients`, {
				qs: {
					lastName: 'Rossi',
					dateBirth: '1989-10-11',
					_personHeight: '180',
					offset: 0,
					limit: 100,
				},
			}),
			{ ...expected('GET', ''), url: next },
		]);
		expect(output).toEqual(items(patients(1, 130)));
	});

	it('Search without a next link pages by offset until the total', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: { resource: 'patient', operation: 'search', returnAll: true, filters: {} },
			responses: [
				{ body: ME },
				{ body: { links: {}, total: 150, offset: 0, limit: 100, results: patients(1, 100) } },
				{ body: { links: {}, total: 150, offset: 100, limit: 100, results: patients(101, 50) } },
			],
		});
		expect(requests.slice(1).map((request) => request.url)).toEqual([
			expected('GET', `${P}/patients`, { qs: { offset: 0, limit: 100 } }).url,
			expected('GET', `${P}/patients`, { qs: { offset: 100, limit: 100 } }).url,
		]);
		expect(output).toHaveLength(150);
	});

	it('Search ignores a next link that leaves the API base URL and pages by offset instead', async () => {
		const { requests } = await runAlfaDocs({
			parameters: { resource: 'patient', operation: 'search', returnAll: true, filters: {} },
			responses: [
				{ body: ME },
				{
					body: {
						links: { next: 'https://elsewhere.example/steal?offset=100' },
						total: 101,
						results: patients(1, 100),
					},
				},
				{ body: { links: {}, total: 101, results: patients(101, 1) } },
			],
		});
		expect(requests[2]).toEqual(
			expected('GET', `${P}/patients`, { qs: { offset: 100, limit: 100 } }),
		);
	});

	it('Search with a limit asks only for what it needs', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'patient',
				operation: 'search',
				returnAll: false,
				limit: 5,
				filters: { email: 'a@b.it' },
			},
			responses: [
				{ body: ME },
				{ body: { links: {}, total: 40, offset: 0, limit: 5, results: patients(1, 5) } },
			],
		});
		expect(requests).toEqual([
			meRequest,
			expected('GET', `${P}/patients`, { qs: { email: 'a@b.it', offset: 0, limit: 5 } }),
		]);
		expect(output).toEqual(items(patients(1, 5)));
	});

	it('Create sends names, typed fields, phone numbers and custom fields with an underscore', async () => {
		const created = patient(500);
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'patient',
				operation: 'create',
				firstName: 'Mario',
				lastName: 'Rossi',
				additionalFields: {
					email: 'mario@example.it',
					gender: 'm',
					dateOfBirth: '1989-10-11T00:00:00',
					defaultDiscount: 10,
					sourceId: '283',
					smsReminderPossible: true,
				},
				phoneNumbers: {
					phoneNumber: [
						{ prefix: '+39', number: '3471234567', label: 'Cellulare', smsEnabled: true },
					],
				},
				customFields: { field: [{ technicalName: '_personHeight', value: '180' }] },
			},
			responses: [{ body: ME }, { body: one(created) }],
		});
		expect(requests).toEqual([
			meRequest,
			expected('POST', `${P}/patients`, {
				body: {
					firstName: 'Mario',
					lastName: 'Rossi',
					email: 'mario@example.it',
					gender: 'm',
					dateOfBirth: '1989-10-11',
					defaultDiscount: 10,
					sourceId: 283,
					smsReminderPossible: true,
					_personHeight: '180',
					phoneNumbers: [
						{ prefix: '+39', number: '3471234567', label: 'Cellulare', smsEnabled: true },
					],
				},
			}),
		]);
		expect(output).toEqual(items([created]));
	});

	it('Create fails before any request without a last name', async () => {
		expect(
			await refused({
				parameters: {
					resource: 'patient',
					operation: 'create',
					firstName: 'Mario',
					lastName: ' ',
					additionalFields: {},
				},
			}),
		).toBe('Invalid value for "Last Name": expected a value, but got " "');
	});

	it('Create fails before any request with a custom field name that is not a technical name', async () => {
		expect(
			await refused({
				parameters: {
					resource: 'patient',
					operation: 'create',
					firstName: 'Mario',
					lastName: 'Rossi',
					additionalFields: {},
					customFields: { field: [{ technicalName: 'Person Height', value: '180' }] },
				},
			}),
		).toBe(
			'Invalid value for "Custom Fields › Field Name or ID": expected the technical name of a custom patient field, such as personHeight, but got "Person Height"',
		);
	});

	it('Get reads one patient by the ID from the resource locator', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: { resource: 'patient', operation: 'get', patientId: fromList(42) },
			responses: [{ body: ME }, { body: one(patient(42)) }],
		});
		expect(requests).toEqual([meRequest, expected('GET', `${P}/patients/42`)]);
		expect(output).toEqual(items([patient(42)]));
	});

	it('Update reads the names it is not given and PATCHes them with the changes and custom fields', async () => {
		const updated = patient(42, { city: 'Roma' });
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'patient',
				operation: 'update',
				patientId: byId(42),
				updateFields: { city: 'Roma' },
				customFields: { field: [{ technicalName: 'personHeight', value: '181' }] },
			},
			responses: [{ body: ME }, { body: one(patient(42)) }, { body: one(updated) }],
		});
		expect(requests).toEqual([
			meRequest,
			expected('GET', `${P}/patients/42`),
			expected('PATCH', `${P}/patients/42`, {
				body: { firstName: 'Mario', lastName: 'Rossi 42', city: 'Roma', _personHeight: '181' },
			}),
		]);
		expect(output).toEqual(items([updated]));
	});

	it('Update with both names reads nothing first', async () => {
		const { requests } = await runAlfaDocs({
			parameters: {
				resource: 'patient',
				operation: 'update',
				patientId: byId(42),
				updateFields: { firstName: 'Maria', lastName: 'Bianchi' },
			},
			responses: [{ body: ME }, { body: one(patient(42)) }],
		});
		expect(requests).toEqual([
			meRequest,
			expected('PATCH', `${P}/patients/42`, { body: { firstName: 'Maria', lastName: 'Bianchi' } }),
		]);
	});

	it('Update fails before any request when there is nothing to change', async () => {
		expect(
			await refused({
				parameters: {
					resource: 'patient',
					operation: 'update',
					patientId: byId(42),
					updateFields: {},
				},
			}),
		).toBe('Nothing to update: "Update Fields" and "Custom Fields" are empty');
	});

	it('Update Custom Fields sends {data: [{technicalName, value}]}', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'patient',
				operation: 'updateCustomFields',
				patientId: byId(42),
				customFields: {
					field: [
						{ technicalName: 'personHeight', value: '181' },
						{ technicalName: 'allergies', value: 'penicillin' },
					],
				},
			},
			responses: [{ body: ME }, { body: { status: 'success' } }],
		});
		const data = [
			{ technicalName: 'personHeight', value: '181' },
			{ technicalName: 'allergies', value: 'penicillin' },
		];
		expect(requests).toEqual([
			meRequest,
			expected('PATCH', `${P}/patients/42/custom-fields`, { body: { data } }),
		]);
		expect(output).toEqual(items([{ patientId: 42, customFields: data, status: 'success' }]));
	});

	it('Update Custom Fields fails before any request without fields', async () => {
		expect(
			await refused({
				parameters: {
					resource: 'patient',
					operation: 'updateCustomFields',
					patientId: byId(42),
					customFields: {},
				},
			}),
		).toBe(
			'Invalid value for "Custom Fields": expected at least one custom field and its value, but it is empty',
		);
	});
});
