import {
	FHIR,
	SITE,
	appointment,
	bundle,
	ids,
	outcome,
	patient,
	simpleAppointment,
	simplePatient,
} from '../../helpers/fhir';
import {
	AUTH,
	BASE,
	TIMEOUT,
	failHeyDonto,
	get,
	items,
	runHeyDonto,
	send,
} from '../../helpers/heydonto';

const appointments = (from: number, count: number) =>
	Array.from({ length: count }, (_, n) =>
		appointment(`apt-${from + n}`, { start: `2026-12-0${1 + (n % 5)}T09:00:00.000Z` }),
	);

describe('HeyDonto › FHIR search', () => {
	it('Appointment Search with Return All follows the next links by their _page_token, one simplified item per appointment', async () => {
		const query = 'date=ge2026-12-01&date=le2026-12-07&_count=100';
		const { output, requests } = await runHeyDonto({
			parameters: {
				resource: 'fhirAppointment',
				operation: 'search',
				siteId: SITE,
				returnAll: true,
				filters: { startFrom: '2026-12-01', startTo: '2026-12-07' },
			},
			responses: [
				{ body: bundle('appointment', appointments(1, 100), { next: 'p2', query, total: 250 }) },
				{ body: bundle('appointment', appointments(101, 100), { next: 'p3', query, total: 250 }) },
				{ body: bundle('appointment', appointments(201, 50), { query, total: 250 }) },
			],
		});
		const qs = { date: ['ge2026-12-01', 'le2026-12-07'], _count: 100 };
		expect(requests).toEqual([
			get(`${FHIR}/appointment`, qs),
			get(`${FHIR}/appointment`, { ...qs, _page_token: 'p2' }),
			get(`${FHIR}/appointment`, { ...qs, _page_token: 'p3' }),
		]);
		expect(output).toEqual(
			items(
				[...appointments(1, 100), ...appointments(101, 100), ...appointments(201, 50)].map((a) =>
					simpleAppointment(a),
				),
			),
		);
	});

	it('Appointment Search sends every typed filter, the sort rules and extra parameters; a limit sets _count and stops early', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: {
				resource: 'fhirAppointment',
				operation: 'search',
				siteId: SITE,
				returnAll: false,
				limit: 3,
				filters: {
					startFrom: '2026-12-01T09:00:00',
					startTo: '2026-12-01T18:30:00+01:00',
					status: ['booked', 'pending'],
					patient: ids.patient,
					practitioner: `Practitioner/${ids.practitioner}`,
					identifier: 'https://heydonto.com/fhir/sid/pms-appointment-id|APT-1-000001',
					lastUpdatedFrom: '2026-11-01',
					_id: `${ids.appointment}, apt-2`,
				},
				sort: {
					rules: [
						{ field: 'date', dir: 'asc' },
						{ field: '_lastUpdated', dir: 'desc' },
					],
				},
				additionalParameters: {
					parameter: [
						{ name: 'status:not', value: 'cancelled' },
						{ name: 'date', value: 'ne2026-12-02' },
					],
				},
				output: 'raw',
				options: { elements: 'status, start,participant' },
			},
			timezone: 'Europe/Rome',
			responses: [{ body: bundle('appointment', appointments(1, 3), { next: 'p2', total: 10 }) }],
		});
		expect(requests).toEqual([
			get(`${FHIR}/appointment`, {
				date: ['ge2026-12-01T08:00:00.000Z', 'le2026-12-01T17:30:00.000Z', 'ne2026-12-02'],
				status: 'booked,pending',
				patient: `Patient/${ids.patient}`,
				practitioner: `Practitioner/${ids.practitioner}`,
				identifier: 'https://heydonto.com/fhir/sid/pms-appointment-id|APT-1-000001',
				_lastUpdated: 'ge2026-11-01',
				_id: `${ids.appointment},apt-2`,
				'status:not': 'cancelled',
				_sort: 'date,-_lastUpdated',
				_elements: 'status,start,participant',
				_count: 3,
			}),
		]);
		expect(output).toEqual(items(appointments(1, 3)));
	});

	it('Output "Bundles" gives each page as HeyDonto answered it', async () => {
		const first = bundle('patient', [patient()], { next: 'p2', total: 2 });
		const second = bundle('patient', [patient(ids.patient2)], { total: 2 });
		const { output, requests } = await runHeyDonto({
			parameters: {
				resource: 'fhirPatient',
				operation: 'search',
				siteId: SITE,
				returnAll: true,
				output: 'bundle',
				options: { pageSize: 1 },
			},
			responses: [{ body: first }, { body: second }],
		});
		expect(requests).toEqual([
			get(`${FHIR}/patient`, { _count: 1 }),
			get(`${FHIR}/patient`, { _count: 1, _page_token: 'p2' }),
		]);
		expect(output).toEqual(items([first, second]));
	});

	it('Patient Search: name, birth date, gender, identifier, email, phone, active, last updated, sort', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: {
				resource: 'fhirPatient',
				operation: 'search',
				siteId: SITE,
				returnAll: true,
				filters: {
					name: 'munoz',
					family: 'Muñoz',
					given: 'Ana',
					birthdate: '1985-04-12T00:00:00',
					gender: 'female',
					identifier: 'PMS-1-00001',
					email: 'ana.munoz1@example.test',
					phone: '+1-512-555-0101',
					active: false,
					lastUpdatedTo: '2026-11-20T10:00:00.123Z',
				},
				sort: { rules: [{ field: 'family', dir: 'asc' }] },
			},
			responses: [{ body: bundle('patient', [patient()]) }],
		});
		expect(requests).toEqual([
			get(`${FHIR}/patient`, {
				name: 'munoz',
				family: 'Muñoz',
				given: 'Ana',
				birthdate: '1985-04-12',
				gender: 'female',
				identifier: 'PMS-1-00001',
				email: 'ana.munoz1@example.test',
				phone: '+1-512-555-0101',
				active: 'false',
				_lastUpdated: 'le2026-11-20T10:00:00.123Z',
				_sort: 'family',
				_count: 100,
			}),
		]);
		expect(output).toEqual(items([simplePatient()]));
	});

	it.each([
		[
			'fhirPractitioner',
			'practitioner',
			{ name: 'smith', identifier: 'http://hl7.org/fhir/sid/us-npi|1234567890', active: true },
			{ name: 'smith', identifier: 'http://hl7.org/fhir/sid/us-npi|1234567890', active: 'true' },
		],
		[
			'fhirSchedule',
			'schedule',
			{ actor: ids.practitioner, active: true },
			{ actor: `Practitioner/${ids.practitioner}`, active: 'true' },
		],
		[
			'fhirSlot',
			'slot',
			{ schedule: ids.schedule, startFrom: '2026-12-01', status: ['free'] },
			{ schedule: `Schedule/${ids.schedule}`, start: 'ge2026-12-01', status: 'free' },
		],
	])('%s Search sends its typed filters to /fhir/%s', async (resource, path, filters, qs) => {
		const { requests } = await runHeyDonto({
			parameters: { resource, operation: 'search', siteId: SITE, returnAll: true, filters },
			responses: [{ body: bundle(path, []) }],
		});
		expect(requests).toEqual([get(`${FHIR}/${path}`, { ...qs, _count: 100 })]);
	});

	it('FHIR Other Resource searches the type in lower case, with _sort as written', async () => {
		const allergy = {
			resourceType: 'AllergyIntolerance',
			id: 'al-1',
			code: { text: 'Penicillin' },
		};
		const { output, requests } = await runHeyDonto({
			parameters: {
				resource: 'fhirOther',
				operation: 'search',
				siteId: SITE,
				resourceType: 'AllergyIntolerance',
				returnAll: true,
				sortText: '-_lastUpdated',
				filters: { lastUpdatedFrom: '2026-11-01' },
				additionalParameters: { parameter: [{ name: 'patient', value: `Patient/${ids.patient}` }] },
			},
			responses: [{ body: bundle('allergyintolerance', [allergy]) }],
		});
		expect(requests).toEqual([
			get(`${FHIR}/allergyintolerance`, {
				_lastUpdated: 'ge2026-11-01',
				patient: `Patient/${ids.patient}`,
				_sort: '-_lastUpdated',
				_count: 100,
			}),
		]);
		expect(output).toEqual(
			items([{ id: 'al-1', resourceType: 'AllergyIntolerance', resource: allergy }]),
		);
	});

	it('a next link without a _page_token is followed as given', async () => {
		const next = `${BASE}${FHIR}/patient?_getpages=abc&_offset=1`;
		const first = { ...bundle('patient', [patient()]), link: [{ relation: 'next', url: next }] };
		const { output, requests } = await runHeyDonto({
			parameters: {
				resource: 'fhirPatient',
				operation: 'search',
				siteId: SITE,
				returnAll: true,
				output: 'raw',
			},
			responses: [{ body: first }, { body: bundle('patient', [patient(ids.patient2)]) }],
		});
		expect(requests).toEqual([
			get(`${FHIR}/patient`, { _count: 100 }),
			{ method: 'GET', url: next, headers: AUTH, json: true, timeout: TIMEOUT },
		]);
		expect(output).toEqual(items([patient(), patient(ids.patient2)]));
	});

	it('a next link given twice fails instead of reading the same page forever', async () => {
		const page = bundle('patient', [patient()], { next: 'same' });
		const { error, requests } = await failHeyDonto({
			parameters: { resource: 'fhirPatient', operation: 'search', siteId: SITE, returnAll: true },
			responses: [{ body: page }, { body: page }],
		});
		expect(requests).toHaveLength(2);
		expect(error.message).toBe('HeyDonto gave the same next page twice');
	});

	it('an answer that is not a Bundle fails with what came back', async () => {
		const { error } = await failHeyDonto({
			parameters: { resource: 'fhirPatient', operation: 'search', siteId: SITE, returnAll: true },
			responses: [{ body: { data: [] } }],
		});
		expect(error.message).toBe('HeyDonto answered a FHIR search without a Bundle');
		expect(error.description).toBe('Expected {"resourceType": "Bundle", ...}, got {"data":[]}.');
	});

	it("an OperationOutcome becomes the error's message, with the status and a hint", async () => {
		const { error } = await failHeyDonto({
			parameters: {
				resource: 'fhirAppointment',
				operation: 'search',
				siteId: SITE,
				returnAll: true,
				additionalParameters: { parameter: [{ name: 'name:fuzzy', value: 'x' }] },
			},
			responses: [
				{
					status: 400,
					body: {
						resourceType: 'OperationOutcome',
						issue: [
							{ severity: 'error', code: 'not-supported', diagnostics: 'Unknown modifier :fuzzy' },
							{ severity: 'error', code: 'invalid', details: { text: 'Bad search' } },
						],
					},
				},
			],
		});
		expect(error.message).toBe(
			'The HeyDonto API answered 400: Unknown modifier :fuzzy; Bad search',
		);
		expect(error.description).toBe(
			'HeyDonto rejected the request: fix the fields named in the message.',
		);
		expect(error.httpCode).toBe('400');
	});

	it.each([
		[
			{ filters: { patient: 'not an id' } },
			'Invalid value for "Patient ID": expected a FHIR ID (1 to 64 letters, digits, dashes or dots, such as 0c6e1f5a-3b7d-4c1e-9a2b-5d8e7f6a1b2c), but got "not an id"',
		],
		[
			{ filters: { startFrom: 'next week' } },
			'Invalid value for "Start From": expected a date and time such as 2026-03-02T09:30:00, but got "next week"',
		],
		[
			{ filters: { status: ['booked', 'done'] } },
			'Invalid value for "Status": expected one of arrived, booked, cancelled, checked-in, entered-in-error, fulfilled, noshow, pending, proposed, waitlist, but got "done"',
		],
		[
			{ additionalParameters: { parameter: [{ name: '_count', value: '5' }] } },
			'Invalid value for "Additional Parameters › Parameter 1 › Name": expected a parameter other than _count and _page_token (the node sets them: Options › Page Size, and the paging), but got "_count"',
		],
		[
			{ additionalParameters: { parameter: [{ name: 'bad name', value: '5' }] } },
			'Invalid value for "Additional Parameters › Parameter 1 › Name": expected a FHIR search parameter name such as name:exact, but got "bad name"',
		],
		[
			{ sort: { rules: [{ field: 'birthdate', dir: 'asc' }] } },
			'Invalid value for "Sort › Field": expected one of date, status, _lastUpdated, _id, but got "birthdate"',
		],
		[
			{ siteId: { __rl: true, mode: 'id', value: 'abc' } },
			'Invalid value for "Site": expected a numeric ID (a whole number such as 42), but got "abc"',
		],
	])('bad input fails before any request: %j', async (parameters, message) => {
		const { error, requests } = await failHeyDonto({
			parameters: {
				resource: 'fhirAppointment',
				operation: 'search',
				siteId: SITE,
				returnAll: true,
				...parameters,
			},
		});
		expect(requests).toEqual([]);
		expect(error.message).toBe(message);
	});

	it('an unknown Resource Type of FHIR Other Resource fails before any request', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: {
				resource: 'fhirOther',
				operation: 'search',
				siteId: SITE,
				resourceType: 'Dentist',
				returnAll: true,
			},
		});
		expect(requests).toEqual([]);
		expect(error.message).toMatch(/^Invalid value for "Resource Type": expected one of Account, /);
	});
});

const kinds = [
	['fhirAppointment', 'appointment', 'Appointment', 'Appointment ID'],
	['fhirPatient', 'patient', 'Patient', 'Patient ID'],
	['fhirPractitioner', 'practitioner', 'Practitioner', 'Practitioner ID'],
	['fhirSchedule', 'schedule', 'Schedule', 'Schedule ID'],
	['fhirSlot', 'slot', 'Slot', 'Slot ID'],
] as const;

describe('HeyDonto › FHIR get and delete', () => {
	it.each(kinds)('%s Get reads /fhir/%s/{id}, raw', async (resource, path, type) => {
		const answer = { resourceType: type, id: 'r-1', meta: { versionId: '3' } };
		const { output, requests } = await runHeyDonto({
			parameters: { resource, operation: 'get', siteId: SITE, resourceId: 'r-1', output: 'raw' },
			responses: [{ body: answer }],
		});
		expect(requests).toEqual([get(`${FHIR}/${path}/r-1`)]);
		expect(output).toEqual(items([answer]));
	});

	it('Get outputs the simplified resource by default', async () => {
		const { output } = await runHeyDonto({
			parameters: {
				resource: 'fhirPatient',
				operation: 'get',
				siteId: SITE,
				resourceId: ids.patient,
			},
			responses: [{ body: patient() }],
		});
		expect(output).toEqual(items([simplePatient()]));
	});

	it('FHIR Other Resource Get reads the type in lower case', async () => {
		const answer = { resourceType: 'Encounter', id: 'enc.1' };
		const { output, requests } = await runHeyDonto({
			parameters: {
				resource: 'fhirOther',
				operation: 'get',
				siteId: SITE,
				resourceType: 'Encounter',
				resourceId: 'enc.1',
				output: 'raw',
			},
			responses: [{ body: answer }],
		});
		expect(requests).toEqual([get(`${FHIR}/encounter/enc.1`)]);
		expect(output).toEqual(items([answer]));
	});

	it('a missing resource is a 404 naming the site and the resource; Continue On Fail makes it an error item', async () => {
		const { output } = await runHeyDonto({
			parameters: { resource: 'fhirPatient', operation: 'get', siteId: SITE, resourceId: 'gone-1' },
			continueOnFail: true,
			responses: [{ status: 404, body: outcome('not-found', 'Patient/gone-1 not found') }],
		});
		expect(output).toEqual(
			items([
				{
					error: 'The HeyDonto API answered 404: Patient/gone-1 not found',
					description:
						'Either the site with ID 1 or the patient with ID gone-1 does not exist or is not visible to this credential. Check both IDs.',
					httpCode: '404',
				},
			]),
		);
	});

	it('a bad FHIR ID fails before any request', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: { resource: 'fhirSlot', operation: 'get', siteId: SITE, resourceId: 'a/b' },
		});
		expect(requests).toEqual([]);
		expect(error.message).toBe(
			'Invalid value for "Slot ID": expected a FHIR ID (1 to 64 letters, digits, dashes or dots, such as 0c6e1f5a-3b7d-4c1e-9a2b-5d8e7f6a1b2c), but got "a/b"',
		);
	});

	it.each(kinds)('%s Delete sends DELETE /fhir/%s/{id}', async (resource, path, type) => {
		const { output, requests } = await runHeyDonto({
			parameters: { resource, operation: 'delete', siteId: SITE, resourceId: 'r-1' },
			responses: [{ status: 204, body: '' }],
		});
		expect(requests).toEqual([send('DELETE', `${FHIR}/${path}/r-1`)]);
		expect(output).toEqual(items([{ resourceType: type, id: 'r-1', deleted: true }]));
	});

	it('FHIR Other Resource Delete', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: {
				resource: 'fhirOther',
				operation: 'delete',
				siteId: SITE,
				resourceType: 'Observation',
				resourceId: 'obs-1',
			},
			responses: [{ status: 204, body: '' }],
		});
		expect(requests).toEqual([send('DELETE', `${FHIR}/observation/obs-1`)]);
		expect(output).toEqual(items([{ resourceType: 'Observation', id: 'obs-1', deleted: true }]));
	});
});
