/**
 * Aerona in a real n8n: workflows run with `n8n execute` against the sandbox's Aerona (login with the
 * token in a response header, the 300-per-window limiter that invalidates tokens).
 */
import type { IDataObject } from 'n8n-workflow';

import { PREFIX } from './fixtures/aerona';
import { execute, sandbox } from './harness';

const control = async (method: string, path: string, body?: IDataObject) =>
	(await sandbox.call(method, path, body)) as IDataObject;

/** The Aerona requests the sandbox received, as "METHOD path?query status". */
const aeronaRequests = async () =>
	(await sandbox.requests())
		.filter((request) => request.path.startsWith(PREFIX))
		.map(
			(request) =>
				`${request.method} ${request.path.slice(PREFIX.length)}${request.rawQuery ? `?${request.rawQuery}` : ''} ${request.status}`,
		);

beforeEach(async () => {
	await sandbox.reset();
});

describe('Aerona node in n8n', () => {
	it('finds free slots, books the first one, confirms it and reads it back', async () => {
		const run = await execute('aeE2eBooking0001');
		expect(run.exitCode).toBe(0);
		const slots = run.json('Find Free Slots');
		expect(slots).toHaveLength(50);
		expect(slots[0]).toEqual({
			clinicianId: 34568,
			clinicianName: 'Dr Liam Doherty',
			practiceId: 9876,
			appointmentTypeId: 1864,
			startTime: '2026-03-02T08:00:00Z',
			endTime: '2026-03-02T08:30:00Z',
			duration: 30,
		});
		const [created] = run.json('Create Appointment');
		expect(created).toEqual({ id: expect.any(Number) });
		expect(run.json('Confirm')).toEqual([{ success: true }]);
		expect(run.json('Get Appointment')).toEqual([
			expect.objectContaining({
				id: created.id,
				userId: 34568,
				patientId: 426709,
				appointmentTime: '2026-03-02T08:00:00Z',
				appointmentStatusId: 2,
				appointmentNotes: 'Booked by the e2e test',
				createdByApi: true,
			}),
		]);
		const byType = run.json('Slots by Type');
		expect(byType.length).toBeGreaterThan(0);
		expect(
			byType.every(
				(slot) => slot.clinicianId === 34569 && String(slot.startTime) >= '2026-03-02T17:00',
			),
		).toBe(true);

		const requests = await aeronaRequests();
		expect(requests.filter((request) => request.startsWith('POST /login'))).toHaveLength(1);
		expect(requests).toEqual(
			expect.arrayContaining([
				'GET /find-appointment-slots?clinicianId=34568&practiceId=9876&appointmentTypeId=1864&searchStart=2026-03-02&timeOfDay=1 200',
				'GET /find-appointment-slots?clinicianTypeId=3&practiceId=9878&appointmentTypeId=1868&searchStart=2026-03-02&timeOfDay=3 200',
				'POST /appointments 200',
				`PUT /appointments/${created.id}/status 200`,
				`GET /appointments/${created.id} 200`,
			]),
		);
		const [create] = (await sandbox.requests()).filter(
			(request) => request.path === `${PREFIX}/appointments`,
		);
		expect(create.headers['aerona-auth-token']).toMatch(/^[0-9a-f]{48}$/);
		expect(create.body).toEqual({
			practiceId: 9876,
			userId: 34568,
			appointmentTypeId: 1864,
			appointmentStatusId: 1,
			appointmentTime: '2026-03-02T08:00:00Z',
			duration: 30,
			patientId: 426709,
			emergency: false,
			appointmentNotes: 'Booked by the e2e test',
		});
	});

	it('reads lists, creates and updates a patient, searches payments and gets an invoice', async () => {
		const run = await execute('aeE2eRecords0001');
		expect(run.exitCode).toBe(0);
		expect(run.json('Practices').map((practice) => practice.id)).toEqual([9876, 9877, 9878]);
		expect(run.json('Clinicians').map((clinician) => clinician.id)).toEqual([34567, 34568, 34569]);
		expect(run.json('Appointment Types').map((type) => type.name)).toEqual([
			'Check-up',
			'Filling',
			'Emergency Appointment',
		]);
		const [patient] = run.json('Create Patient');
		expect(patient).toEqual({ id: expect.any(Number) });
		expect(run.json('Update Patient')).toEqual([
			expect.objectContaining({
				id: patient.id,
				forename: 'Erin',
				knownAs: 'Ez',
				occupation: 'Pilot',
				postcode: 'BT47 1AA',
			}),
		]);
		expect(run.json('Get Patient')).toEqual([
			expect.objectContaining({
				id: patient.id,
				dob: '1990-05-17',
				address1: '1 Quay Road',
				knownAs: 'Ez',
			}),
		]);
		const found = run.json('Search Patients');
		expect(found).toEqual(expect.arrayContaining([expect.objectContaining({ id: 426709 })]));
		expect(found.every((one) => one.forename === 'Mary' && one.surname === 'Simpson')).toBe(true);
		const payments = run.json('Payments');
		expect(payments.length).toBeGreaterThan(0);
		expect(
			payments.every(
				(payment) => payment.patientId === 426709 && String(payment.paymentDate) < '2022-07',
			),
		).toBe(true);
		expect(run.json('Invoice')).toEqual([
			expect.objectContaining({ id: 337292, patientId: 426709 }),
		]);
		expect(await aeronaRequests()).toEqual(
			expect.arrayContaining([
				'GET /appointment-types?clinicianTypeId=1&onsiteOnly=true&practiceId=9877 200',
				'GET /payments/search?patientId=426709&fromDate=2022-01-01&toDate=2022-06-30 200',
				'GET /patients/search?forename=Mary&surname=Simpson 200',
			]),
		);
	});

	it('a clinician together with a clinician type stops the node before any request', async () => {
		const run = await execute('aeE2eBadInput001');
		expect(run.exitCode).not.toBe(0);
		expect(run.nodeError('Find Free Slots')?.message).toBe(
			'Set either "Clinician" or "Clinician Type", not both: Aerona finds the free slots of one clinician, or of every clinician of a type',
		);
		expect(await aeronaRequests()).toEqual([]);
	});

	it('keeps a run of 60 items within the credential budget: one login, never over the limit, no invalidated token', async () => {
		await control('POST', '/__sandbox/aerona/settings', { rateLimit: 20, rateWindowMs: 3000 });
		const run = await execute('aeE2eRateGuard01');
		expect(run.exitCode).toBe(0);
		const patients = run.json('Get Patient');
		expect(patients).toHaveLength(60);
		expect(new Set(patients.map((patient) => patient.id)).size).toBe(60);
		const usage = await control('GET', '/__sandbox/aerona/usage');
		expect(usage).toMatchObject({ invalidations: 0, rateLimit: 20, rateWindowMs: 3000 });
		expect(usage.peakInWindow).toBeLessThanOrEqual(20);
		// A token stored by an earlier run is unknown after the reset: then one 401 comes before the login.
		expect(usage.logins).toBe(1);
		expect(
			(usage.requests as IDataObject[]).filter((request) => request.status !== 200).length,
		).toBeLessThanOrEqual(2);
	});
});
