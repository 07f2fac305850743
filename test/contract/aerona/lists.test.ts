import { byId, failAerona, fromList, get, items, runAerona } from '../../helpers/aerona';

const records = (count: number, label: string) =>
	Array.from({ length: count }, (_, index) => ({ id: index + 1, name: `${label} ${index + 1}` }));

describe('Aerona › Appointment Type, Clinician, Practice (Get Many)', () => {
	it('Appointment Type → Get Many sends every filter under its API name', async () => {
		const types = records(3, 'Check-up');
		const { output, requests } = await runAerona({
			parameters: {
				resource: 'appointmentType',
				operation: 'getAll',
				returnAll: true,
				filters: {
					practiceId: fromList(9876),
					clinicianTypeId: 3,
					includeDisabled: true,
					onsiteOnly: true,
				},
			},
			responses: [{ body: types }],
		});
		expect(requests).toEqual([
			get('/appointment-types', {
				clinicianTypeId: 3,
				includeDisabled: true,
				onsiteOnly: true,
				practiceId: 9876,
			}),
		]);
		expect(output).toEqual(items(types));
	});

	it('Appointment Type → Get Many without filters sends no query and cuts the list to the limit', async () => {
		const { output, requests } = await runAerona({
			parameters: { resource: 'appointmentType', operation: 'getAll', returnAll: false, limit: 2 },
			responses: [{ body: records(5, 'Type') }],
		});
		expect(requests).toEqual([get('/appointment-types')]);
		expect(output).toEqual(items(records(2, 'Type')));
	});

	it('Appointment Type → Get Many refuses Onsite Only together with Remote Only, before any request', async () => {
		const { error, requests } = await failAerona({
			parameters: {
				resource: 'appointmentType',
				operation: 'getAll',
				returnAll: true,
				filters: { onsiteOnly: true, remoteOnly: true },
			},
		});
		expect(requests).toEqual([]);
		expect(error.message).toBe(
			'Set either "Onsite Only" or "Remote Only", not both: no appointment type is both',
		);
	});

	it('Clinician → Get Many filters by practice and appointment type', async () => {
		const clinicians = [{ id: 34567, forename: 'Ann', surname: 'Lee', clinicianTypeId: 1 }];
		const { output, requests } = await runAerona({
			parameters: {
				resource: 'clinician',
				operation: 'getAll',
				returnAll: true,
				filters: { practiceId: byId(9876), appointmentTypeId: byId(1864) },
			},
			responses: [{ body: clinicians }],
		});
		expect(requests).toEqual([get('/clinicians', { appointmentTypeId: 1864, practiceId: 9876 })]);
		expect(output).toEqual(items(clinicians));
	});

	it('Clinician → Get Many rejects a non-numeric practice ID before any request', async () => {
		const { error, requests } = await failAerona({
			parameters: {
				resource: 'clinician',
				operation: 'getAll',
				returnAll: true,
				filters: { practiceId: byId('main-street') },
			},
		});
		expect(requests).toEqual([]);
		expect(error.message).toBe(
			'Invalid value for "Practice": expected a numeric ID (a whole number such as 42), but got "main-street"',
		);
	});

	it('Practice → Get Many reads the practice list (inferred path)', async () => {
		const practices = records(2, 'Practice');
		const { output, requests } = await runAerona({
			parameters: { resource: 'practice', operation: 'getAll', returnAll: true },
			responses: [{ body: practices }],
		});
		expect(requests).toEqual([get('/practices')]);
		expect(output).toEqual(items(practices));
	});

	it('a 404 on the inferred practice list says the path may be wrong', async () => {
		const { error } = await failAerona({
			parameters: { resource: 'practice', operation: 'getAll', returnAll: true },
			responses: [{ status: 404, body: 'Not Found' }],
		});
		expect(error.message).toBe('The Aerona API answered 404: Not Found');
		expect(error.description).toBe(
			'The path GET /practices is inferred (Aerona does not publish it), so Aerona may use another one: see "Known gaps" in the package\'s README.',
		);
	});
});
