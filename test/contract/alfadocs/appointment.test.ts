import {
	P,
	byId,
	expected,
	failAlfaDocs,
	refused,
	fromList,
	items,
	list,
	ME,
	meRequest,
	one,
	runAlfaDocs,
} from '../../helpers/alfadocs';

const appointment = (id: number, date: string, extra: object = {}) => ({
	id,
	date,
	patientId: 69215,
	emailReminder: false,
	smsReminder: true,
	description: 'Controllo',
	allDay: false,
	type: 'inPractice',
	state: 'confirmed',
	duration: 30,
	colorId: 3,
	chairId: 2,
	operatorId: 5,
	createdThroughBooking: false,
	createdThroughApi: true,
	firstVisit: 'no',
	...extra,
});

const getAll = (extra: object = {}) => ({
	resource: 'appointment',
	operation: 'getAll',
	startDate: '2026-01-01',
	endDate: '2026-03-31',
	returnAll: true,
	...extra,
});

describe('AlfaDocs › Appointment', () => {
	it('Get Many over 90 days asks GET /me once, then three 30-day windows, and joins them', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: getAll({ filters: { state: 'confirmed', patientId: '69215' } }),
			responses: [
				{ body: ME },
				{
					body: list([
						appointment(1, '2026-01-05 09:00:00'),
						appointment(2, '2026-01-30 10:00:00'),
					]),
				},
				{ body: list([appointment(3, '2026-02-14 11:00:00')]) },
				{ body: list([appointment(4, '2026-03-31 16:30:00')]) },
			],
		});
		const window = (dateStart: string, dateEnd: string) =>
			expected('GET', `${P}/appointments`, {
				qs: { dateStart, dateEnd, state: 'confirmed', patientId: 69215 },
			});
		expect(requests).toEqual([
			meRequest,
			window('2026-01-01', '2026-01-30'),
			window('2026-01-31', '2026-03-01'),
			window('2026-03-02', '2026-03-31'),
		]);
		expect(output).toEqual(
			items([
				appointment(1, '2026-01-05 09:00:00'),
				appointment(2, '2026-01-30 10:00:00'),
				appointment(3, '2026-02-14 11:00:00'),
				appointment(4, '2026-03-31 16:30:00'),
			]),
		);
	});

	it('Get Many for one year sends exactly 13 window requests and drops an appointment two windows return', async () => {
		const responses = [
			{ body: ME },
			...Array.from({ length: 13 }, (_, index) => ({
				body: list([
					appointment(index + 1, '2025-01-01 09:00:00'),
					appointment(100, '2025-06-01 09:00:00'),
				]),
			})),
		];
		const { output, requests } = await runAlfaDocs({
			parameters: getAll({ startDate: '2025-01-01', endDate: '2025-12-31' }),
			responses,
		});
		const windows = requests
			.slice(1)
			.map((request) => new URL(request.url).searchParams)
			.map((query) => [query.get('dateStart'), query.get('dateEnd')]);
		expect(windows).toHaveLength(13);
		expect(windows[0]).toEqual(['2025-01-01', '2025-01-30']);
		expect(windows[12]).toEqual(['2025-12-27', '2025-12-31']);
		expect(output.map((item) => item.json.id)).toEqual([
			1, 100, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
		]);
	});

	it('Get Many with a limit stops asking for windows once it has enough', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: getAll({ returnAll: false, limit: 2 }),
			responses: [
				{ body: ME },
				{
					body: list([
						appointment(1, '2026-01-02 09:00:00'),
						appointment(2, '2026-01-03 09:00:00'),
						appointment(3, '2026-01-04 09:00:00'),
					]),
				},
			],
		});
		expect(requests).toHaveLength(2);
		expect(output).toEqual(
			items([appointment(1, '2026-01-02 09:00:00'), appointment(2, '2026-01-03 09:00:00')]),
		);
	});

	it('Get Many uses the chosen practice and archive without asking GET /me', async () => {
		const { requests } = await runAlfaDocs({
			parameters: getAll({
				startDate: '2026-01-01',
				endDate: '2026-01-10',
				practiceAndArchive: 'choose',
				practiceId: byId(8),
				archiveId: fromList(12),
			}),
			responses: [{ body: list([]) }],
		});
		expect(requests).toEqual([
			expected('GET', '/practices/8/archives/12/appointments', {
				qs: { dateStart: '2026-01-01', dateEnd: '2026-01-10' },
			}),
		]);
	});

	it('asks GET /me once for all input items', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: { resource: 'appointment', operation: 'get', appointmentId: '33963' },
			items: [{ json: {} }, { json: {} }],
			responses: [
				{ body: ME },
				{ body: one(appointment(33963, '2026-01-05 09:00:00')) },
				{ body: one(appointment(33963, '2026-01-05 09:00:00')) },
			],
		});
		expect(requests).toEqual([
			meRequest,
			expected('GET', `${P}/appointments/33963`),
			expected('GET', `${P}/appointments/33963`),
		]);
		expect(output).toEqual([
			...items([appointment(33963, '2026-01-05 09:00:00')], 0),
			...items([appointment(33963, '2026-01-05 09:00:00')], 1),
		]);
	});

	it('Get Many fails before any request when the end date is before the start date', async () => {
		expect(
			await refused({
				parameters: getAll({ startDate: '2026-03-31', endDate: '2026-01-01' }),
			}),
		).toBe(
			'Invalid value for "End Date": expected a date on or after the Start Date (2026-03-31), but got "2026-01-01"',
		);
	});

	it('Get Many fails before any request when a date is not a date', async () => {
		expect(
			await refused({
				parameters: getAll({ startDate: 'next tuesday' }),
			}),
		).toBe(
			'Invalid value for "Start Date": expected a date such as 2024-03-20, but got "next tuesday"',
		);
	});

	it('Create sends the date in local time, the color, the patient and the additional fields typed', async () => {
		const created = appointment(33964, '2026-03-02 09:30:00');
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'appointment',
				operation: 'create',
				date: '2026-03-02T09:30:00',
				colorId: fromList(3),
				patientId: byId(69215),
				additionalFields: {
					chairId: '2',
					operatorId: 5,
					duration: 45,
					state: 'confirmed',
					type: 'telehealth',
					smsReminder: true,
					description: 'Controllo',
				},
			},
			responses: [{ body: ME }, { body: one(created) }],
		});
		expect(requests).toEqual([
			meRequest,
			expected('POST', `${P}/appointments`, {
				body: {
					date: '2026-03-02 09:30:00',
					colorId: 3,
					patientId: 69215,
					chairId: 2,
					operatorId: 5,
					duration: 45,
					state: 'confirmed',
					type: 'telehealth',
					smsReminder: true,
					description: 'Controllo',
				},
			}),
		]);
		expect(output).toEqual(items([created]));
	});

	it('Create converts a date-time with an offset to the workflow time zone', async () => {
		const { requests } = await runAlfaDocs({
			parameters: {
				resource: 'appointment',
				operation: 'create',
				date: '2026-07-01T07:15:00.000Z',
				colorId: byId(3),
				patientId: { __rl: true, mode: 'list', value: '' },
				additionalFields: {},
			},
			timezone: 'Europe/Rome',
			responses: [{ body: ME }, { body: one(appointment(1, '2026-07-01 09:15:00')) }],
		});
		expect(requests[1].body).toEqual({ date: '2026-07-01 09:15:00', colorId: 3 });
	});

	it('Create fails before any request without a color', async () => {
		expect(
			await refused({
				parameters: {
					resource: 'appointment',
					operation: 'create',
					date: '2026-03-02T09:30:00',
					colorId: { __rl: true, mode: 'list', value: '' },
					additionalFields: {},
				},
			}),
		).toBe('Invalid value for "Color": expected a numeric ID, but it is empty');
	});

	it('Update reads the appointment and sends its date and color with the changes (PATCH)', async () => {
		const current = appointment(33963, '2026-01-05 09:00:00');
		const updated = { ...current, state: 'cancelled' };
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'appointment',
				operation: 'update',
				appointmentId: '33963',
				updateFields: { state: 'cancelled', description: 'Cancelled by phone' },
			},
			responses: [{ body: ME }, { body: one(current) }, { body: one(updated) }],
		});
		expect(requests).toEqual([
			meRequest,
			expected('GET', `${P}/appointments/33963`),
			expected('PATCH', `${P}/appointments/33963`, {
				body: {
					date: '2026-01-05 09:00:00',
					colorId: 3,
					state: 'cancelled',
					description: 'Cancelled by phone',
				},
			}),
		]);
		expect(output).toEqual(items([updated]));
	});

	it('Update with a new date and color sends them in AlfaDocs format without reading first', async () => {
		const current = appointment(33963, '2026-01-06 15:00:00', { colorId: 4 });
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'appointment',
				operation: 'update',
				appointmentId: '33963',
				updateFields: { date: '2026-01-06T15:00:00', colorId: '4' },
			},
			responses: [{ body: ME }, { body: one(current) }],
		});
		expect(requests).toEqual([
			meRequest,
			expected('PATCH', `${P}/appointments/33963`, {
				body: { date: '2026-01-06 15:00:00', colorId: 4 },
			}),
		]);
		expect(output).toEqual(items([current]));
	});

	it('Update fails before any request when Update Fields is empty', async () => {
		expect(
			await refused({
				parameters: {
					resource: 'appointment',
					operation: 'update',
					appointmentId: '1',
					updateFields: {},
				},
			}),
		).toBe('Nothing to update: "Update Fields" is empty');
	});

	it('Get Care Plan Entries lists the entries of an appointment', async () => {
		const entry = { entryId: 132, price: 6000, label: 'Apicectomia mesiale', done: 'false' };
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'appointment',
				operation: 'getCarePlanEntries',
				appointmentId: '33963',
			},
			responses: [{ body: ME }, { body: list([entry]) }],
		});
		expect(requests).toEqual([
			meRequest,
			expected('GET', `${P}/appointments/33963/care-plan-entries`),
		]);
		expect(output).toEqual(items([entry]));
	});

	it('a 404 names the appointment and the archive in the hint', async () => {
		const { error } = await failAlfaDocs({
			parameters: { resource: 'appointment', operation: 'get', appointmentId: '999' },
			responses: [{ body: ME }, { status: 404, body: { error: 'Appointment not found' } }],
		});
		expect(error.message).toBe('The AlfaDocs API answered 404: Appointment not found');
		expect(error.description).toBe(
			'No appointment with ID 999 exists in this archive. Check the Appointment ID (or pick it from the list), and the Practice and Archive.',
		);
	});
});
