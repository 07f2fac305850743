/**
 * HeyDonto FHIR in a real n8n (`n8n execute` of imported workflows) against the sandbox's FHIR R4 store:
 * a search with Return All over several Bundles, and a patient and an appointment created, updated and
 * read back.
 */
import type { IDataObject } from 'n8n-workflow';

import { execute, sandbox } from './harness';

beforeEach(async () => {
	await sandbox.reset();
});

const fhirRequests = async () =>
	(await sandbox.requests())
		.filter((request) => request.path.includes('/fhir/'))
		.map((request) => ({
			method: request.method,
			path: request.path,
			query: decodeURIComponent(request.rawQuery),
			status: request.status,
		}));

describe('HeyDonto FHIR in n8n', () => {
	it('Search with Return All reads every Bundle by its next link: one item per appointment of December', async () => {
		const run = await execute('hdE2eFhirSrch001');
		expect(run.exitCode).toBe(0);
		const all = (await sandbox.fhirGet(1, 'Appointment')) as IDataObject[];
		const december = all.filter(
			(appointment) =>
				String(appointment.start) >= '2026-12-01' && String(appointment.start) < '2027-01-01',
		);
		expect(december.length).toBeGreaterThan(40);
		expect(run.json('Search Appointments')).toEqual(december);

		const requests = await fhirRequests();
		const pages = Math.ceil(december.length / 20);
		expect(requests).toHaveLength(pages);
		expect(requests[0]).toEqual({
			method: 'GET',
			path: '/site/1/fhir/appointment',
			query: 'date=ge2026-12-01&date=le2026-12-31&_count=20',
			status: 200,
		});
		for (const request of requests.slice(1)) {
			expect(request.query).toMatch(
				/^date=ge2026-12-01&date=le2026-12-31&_count=20&_page_token=[^&]+$/,
			);
			expect(request.status).toBe(200);
		}
	});

	it('creates a patient and an appointment, updates the appointment and finds it by the patient', async () => {
		const run = await execute('hdE2eFhirWrite01');
		expect(run.exitCode).toBe(0);
		const [practitioner] = run.json('Find Practitioner');
		const [patient] = run.json('Create Patient');
		expect(patient).toEqual({
			resourceType: 'Patient',
			id: expect.stringMatching(/^[A-Za-z0-9\-.]{1,64}$/),
			meta: { versionId: '1', lastUpdated: expect.any(String) },
			name: [{ use: 'official', family: 'Testperson', given: ['Erin', 'Jo'] }],
			birthDate: '1990-02-03',
			telecom: [
				{ system: 'email', use: 'home', value: 'erin.testperson@example.test' },
				{ system: 'phone', use: 'mobile', value: '+1-512-555-0142' },
			],
			gender: 'female',
		});
		const [created] = run.json('Create Appointment');
		const participants = [
			{
				required: 'required',
				status: 'accepted',
				actor: { reference: `Patient/${String(patient.id)}` },
			},
			{
				required: 'required',
				status: 'accepted',
				actor: { reference: `Practitioner/${String(practitioner.id)}` },
			},
		];
		expect(created).toEqual({
			resourceType: 'Appointment',
			id: expect.any(String),
			meta: { versionId: '1', lastUpdated: expect.any(String) },
			status: 'pending',
			start: '2026-12-15T10:00:00.000Z',
			end: '2026-12-15T10:30:00.000Z',
			participant: participants,
			appointmentType: { text: 'Check-up' },
			description: 'E2E check-up',
		});
		const [updated] = run.json('Update Appointment');
		expect(updated).toEqual({
			...created,
			meta: { versionId: '2', lastUpdated: expect.any(String) },
			status: 'booked',
			comment: 'Confirmed by phone',
		});
		expect(await sandbox.fhirGet(1, 'Appointment', String(created.id))).toEqual(updated);
		expect(run.json('Get Appointment')).toEqual([
			{
				id: created.id,
				resourceType: 'Appointment',
				status: 'booked',
				start: '2026-12-15T10:00:00.000Z',
				end: '2026-12-15T10:30:00.000Z',
				description: 'E2E check-up',
				comment: 'Confirmed by phone',
				type: 'Check-up',
				patientId: patient.id,
				practitionerId: practitioner.id,
				participants: [
					{
						type: 'Patient',
						id: patient.id,
						reference: `Patient/${String(patient.id)}`,
						status: 'accepted',
					},
					{
						type: 'Practitioner',
						id: practitioner.id,
						reference: `Practitioner/${String(practitioner.id)}`,
						status: 'accepted',
					},
				],
				lastUpdated: (updated.meta as IDataObject).lastUpdated,
				versionId: '2',
				resource: updated,
			},
		]);
		expect(run.json('Appointments of the Patient')).toEqual([updated]);
		expect((await fhirRequests()).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
			'GET /site/1/fhir/practitioner 200',
			'POST /site/1/fhir/patient 201',
			'POST /site/1/fhir/appointment 201',
			`GET /site/1/fhir/appointment/${String(created.id)} 200`,
			`PUT /site/1/fhir/appointment/${String(created.id)} 200`,
			`GET /site/1/fhir/appointment/${String(created.id)} 200`,
			'GET /site/1/fhir/appointment 200',
		]);
	});
});
