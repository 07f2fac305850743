import { byId, failAerona, fromList, get, items, runAerona, send } from '../../helpers/aerona';

const create = (overrides: object = {}) => ({
	resource: 'appointment',
	operation: 'create',
	practiceId: fromList(9876),
	userId: fromList(34567),
	appointmentTypeId: byId(1864),
	appointmentStatusId: 7,
	appointmentTime: '2023-01-19T13:30:00Z',
	duration: 45,
	patientId: '426909',
	additionalFields: { emergency: false, appointmentNotes: 'Patient is nervous.' },
	...overrides,
});

const slots = (overrides: object = {}) => ({
	resource: 'appointment',
	operation: 'findFreeSlots',
	appointmentTypeId: fromList(1864),
	clinicianId: byId(34567),
	clinicianTypeId: 0,
	practiceId: fromList(9876),
	searchStart: '2022-04-01',
	timeOfDay: 0,
	...overrides,
});

const slot = (start: string) => ({
	clinicianId: 34567,
	practiceId: 9876,
	appointmentTypeId: 1864,
	startTime: start,
	duration: 45,
});

describe('Aerona › Appointment', () => {
	it('Create sends the documented body and turns the bare ID answer into { id }', async () => {
		const { output, requests } = await runAerona({
			parameters: create(),
			responses: [{ body: 34234 }],
		});
		expect(requests).toEqual([
			send('POST', '/appointments', {
				practiceId: 9876,
				userId: 34567,
				appointmentTypeId: 1864,
				appointmentStatusId: 7,
				appointmentTime: '2023-01-19T13:30:00Z',
				emergency: false,
				appointmentNotes: 'Patient is nervous.',
				duration: 45,
				patientId: 426909,
			}),
		]);
		expect(output).toEqual(items([{ id: 34234 }]));
	});

	it('Create converts a local time to UTC in whole seconds and leaves out unset fields', async () => {
		const { requests } = await runAerona({
			parameters: create({
				appointmentTime: '2023-06-01T09:15:30.250+02:00',
				additionalFields: {},
			}),
			responses: [{ body: 1 }],
		});
		expect(requests[0].body).toEqual({
			practiceId: 9876,
			userId: 34567,
			appointmentTypeId: 1864,
			appointmentStatusId: 7,
			appointmentTime: '2023-06-01T07:15:30Z',
			duration: 45,
			patientId: 426909,
		});
	});

	it('Create rejects a non-numeric patient ID and an unreadable time, naming the parameter, before any request', async () => {
		const badId = await failAerona({ parameters: create({ patientId: 'P-12' }) });
		expect(badId.requests).toEqual([]);
		expect(badId.error.message).toBe(
			'Invalid value for "Patient": expected a numeric ID (a whole number such as 42), but got "P-12"',
		);
		const badTime = await failAerona({ parameters: create({ appointmentTime: 'next tuesday' }) });
		expect(badTime.requests).toEqual([]);
		expect(badTime.error.message).toBe(
			'Invalid value for "Appointment Time": expected a date and time such as 2024-03-20T09:30:00Z, but got "next tuesday"',
		);
		const noClinician = await failAerona({ parameters: create({ userId: fromList('') }) });
		expect(noClinician.requests).toEqual([]);
		expect(noClinician.error.message).toBe(
			'Invalid value for "Clinician": expected a numeric ID, but it is empty',
		);
	});

	it('Update Status sends the status and turns the bare boolean answer into { success }', async () => {
		const { output, requests } = await runAerona({
			items: [{ json: {} }, { json: {} }],
			parameters: (i) => ({
				resource: 'appointment',
				operation: 'updateStatus',
				appointmentId: String(100 + i),
				appointmentStatusId: i === 0 ? 2 : 12,
			}),
			responses: [{ body: true }, { body: false }],
		});
		expect(requests).toEqual([
			send('PUT', '/appointments/100/status', { appointmentStatusId: 2 }),
			send('PUT', '/appointments/101/status', { appointmentStatusId: 12 }),
		]);
		expect(output).toEqual([...items([{ success: true }], 0), ...items([{ success: false }], 1)]);
	});

	it('Get reads one appointment; a 404 names the ID and says the path is inferred', async () => {
		const appointment = { id: 5, patientId: 426909, appointmentStatusId: 2 };
		const { output, requests } = await runAerona({
			parameters: { resource: 'appointment', operation: 'get', appointmentId: '5' },
			responses: [{ body: appointment }],
		});
		expect(requests).toEqual([get('/appointments/5')]);
		expect(output).toEqual(items([appointment]));

		const { error } = await failAerona({
			parameters: { resource: 'appointment', operation: 'get', appointmentId: '404' },
			responses: [
				{
					status: 404,
					body: { status: 404, error: 'Not Found', message: 'Appointment 404 not found' },
				},
			],
		});
		expect(error.message).toBe('The Aerona API answered 404: Appointment 404 not found');
		expect(error.description).toBe(
			'No appointment with ID 404 exists or is visible to this Aerona user. Check the Appointment ID. The path GET /appointments/{appointmentId} is inferred (Aerona does not publish it), so Aerona may use another one: see "Known gaps" in the package\'s README.',
		);
	});

	it('Find Free Slots for a clinician sends the documented query and outputs one item per slot', async () => {
		const found = [slot('2022-04-01T09:00:00Z'), slot('2022-04-01T09:45:00Z')];
		const { output, requests } = await runAerona({
			parameters: slots(),
			responses: [{ body: found }],
		});
		expect(requests).toEqual([
			get('/find-appointment-slots', {
				clinicianId: 34567,
				practiceId: 9876,
				appointmentTypeId: 1864,
				searchStart: '2022-04-01',
				timeOfDay: 0,
			}),
		]);
		expect(output).toEqual(items(found));
	});

	it('Find Free Slots for a clinician type sends the type and the practice, and the date only', async () => {
		const { output, requests } = await runAerona({
			parameters: slots({
				clinicianId: fromList(''),
				clinicianTypeId: 3,
				searchStart: '2022-04-01T23:30:00-05:00',
				timeOfDay: 2,
			}),
			responses: [{ body: [] }],
		});
		expect(requests).toEqual([
			get('/find-appointment-slots', {
				clinicianTypeId: 3,
				practiceId: 9876,
				appointmentTypeId: 1864,
				searchStart: '2022-04-01',
				timeOfDay: 2,
			}),
		]);
		expect(output).toEqual([]);
	});

	it.each([
		[
			'both a clinician and a clinician type',
			{ clinicianTypeId: 3 },
			'Set either "Clinician" or "Clinician Type", not both: Aerona finds the free slots of one clinician, or of every clinician of a type',
		],
		[
			'neither a clinician nor a clinician type',
			{ clinicianId: fromList('') },
			'Set "Clinician" or "Clinician Type": Aerona needs one of them to find free slots',
		],
		[
			'a clinician type without a practice',
			{ clinicianId: fromList(''), clinicianTypeId: 3, practiceId: fromList('') },
			'Invalid value for "Practice": expected a practice when searching by Clinician Type, but it is empty',
		],
		[
			'a search start that is not a date',
			{ searchStart: '31/31/2022' },
			'Invalid value for "Search Start": expected a date such as 2024-03-20, but got "31/31/2022"',
		],
		[
			'a non-numeric clinician ID',
			{ clinicianId: byId('dr-who') },
			'Invalid value for "Clinician": expected a numeric ID (a whole number such as 42), but got "dr-who"',
		],
	])('Find Free Slots rejects %s before any request', async (_, overrides, message) => {
		const { error, requests } = await failAerona({ parameters: slots(overrides) });
		expect(requests).toEqual([]);
		expect(error.message).toBe(message);
	});

	it('with Continue On Fail, a bad item becomes an error item and the others go on', async () => {
		const { output, requests } = await runAerona({
			items: [{ json: {} }, { json: {} }],
			continueOnFail: true,
			parameters: (i) => slots(i === 0 ? { clinicianTypeId: 1 } : {}),
			responses: [{ body: [slot('2022-04-04T10:00:00Z')] }],
		});
		expect(requests).toHaveLength(1);
		expect(output).toEqual([
			{
				json: {
					error:
						'Set either "Clinician" or "Clinician Type", not both: Aerona finds the free slots of one clinician, or of every clinician of a type',
					description: 'Clear "Clinician", or set "Clinician Type" to None.',
				},
				pairedItem: { item: 0 },
			},
			...items([slot('2022-04-04T10:00:00Z')], 1),
		]);
	});

	it("an API error carries Aerona's message, the status and a hint, without the token", async () => {
		const { error } = await failAerona({
			parameters: create(),
			responses: [
				{
					status: 400,
					body: {
						timestamp: '2023-01-19T13:30:00Z',
						status: 400,
						error: 'Bad Request',
						message: 'duration must be at most 480',
						path: '/AeronaAPI/v1/appointments',
					},
				},
			],
		});
		expect(error.message).toBe('The Aerona API answered 400: duration must be at most 480');
		expect(error.description).toBe(
			'Aerona rejected the request: fix the fields named in the message.',
		);
		expect(error.httpCode).toBe('400');
		expect(JSON.stringify(error)).not.toContain('aerona-token-1');
	});
});
