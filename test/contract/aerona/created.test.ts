import { listSearch } from '../../../nodes/Aerona/methods';
import { aeronaLoadOptions, fromList, get, items, runAerona, send } from '../../helpers/aerona';

const appointment = {
	resource: 'appointment',
	operation: 'create',
	practiceId: fromList(9876),
	userId: fromList(34567),
	appointmentTypeId: fromList(1864),
	appointmentStatusId: 1,
	appointmentTime: '2023-01-19T13:30:00Z',
	duration: 30,
	patientId: fromList(426709),
};
const body = {
	practiceId: 9876,
	userId: 34567,
	appointmentTypeId: 1864,
	appointmentStatusId: 1,
	duration: 30,
	patientId: 426709,
	appointmentTime: '2023-01-19T13:30:00Z',
};

describe('Aerona › Create › Return Created Record', () => {
	it('reads the new appointment back and outputs it, its ID first', async () => {
		const record = { practiceId: 9876, patientId: 426709, appointmentStatusId: 1 };
		const { output, requests } = await runAerona({
			parameters: { ...appointment, options: { returnCreatedRecord: true } },
			responses: [{ body: 34234 }, { body: record }],
		});
		expect(requests).toEqual([send('POST', '/appointments', body), get('/appointments/34234')]);
		expect(output).toEqual(items([{ id: 34234, ...record }]));
	});

	it('is off by default: one request, the ID Aerona answers with', async () => {
		const { output, requests } = await runAerona({
			parameters: appointment,
			responses: [{ body: 34234 }],
		});
		expect(requests).toEqual([send('POST', '/appointments', body)]);
		expect(output).toEqual(items([{ id: 34234 }]));
	});

	it('reads a new patient back by its ID', async () => {
		const record = { practiceId: 9876, forename: 'Mary', surname: 'Simpson' };
		const { output, requests } = await runAerona({
			parameters: {
				resource: 'patient',
				operation: 'create',
				practiceId: fromList(9876),
				forename: 'Mary',
				surname: 'Simpson',
				options: { returnCreatedRecord: true },
			},
			responses: [{ body: 426710 }, { body: record }],
		});
		expect(requests).toEqual([
			send('POST', '/patients', { practiceId: 9876, forename: 'Mary', surname: 'Simpson' }),
			get('/patients/426710'),
		]);
		expect(output).toEqual(items([{ id: 426710, ...record }]));
	});
});

describe('Aerona › Patient "From list"', () => {
	const patients = [
		{ id: 426709, forename: 'Mary', surname: 'Simpson', dob: '2000-09-13' },
		{ id: 426800, forename: 'Tom', surname: 'Simms' },
	];

	it('searches one word as a surname, in the practice chosen in the node', async () => {
		const { api, ctx } = aeronaLoadOptions([{ body: patients }], {
			resource: 'appointment',
			operation: 'create',
			practiceId: fromList(9876),
		});
		const result = await listSearch.searchPatients.call(ctx, 'Sim');
		expect(api.requests).toEqual([get('/patients/search', { surname: 'Sim', practiceId: 9876 })]);
		expect(result.results).toEqual([
			{ name: 'Mary Simpson, born 2000-09-13 (ID 426709)', value: '426709' },
			{ name: 'Tom Simms (ID 426800)', value: '426800' },
		]);
	});

	it('searches two words as a forename and a surname', async () => {
		const { api, ctx } = aeronaLoadOptions([{ body: [patients[0]] }], {
			resource: 'patient',
			operation: 'get',
		});
		const result = await listSearch.searchPatients.call(ctx, 'Mary Simp');
		expect(api.requests).toEqual([get('/patients/search', { forename: 'Mary', surname: 'Simp' })]);
		expect(result.results).toHaveLength(1);
	});

	it('asks nothing of Aerona until a name is typed', async () => {
		const { api, ctx } = aeronaLoadOptions([], { resource: 'patient', operation: 'get' });
		expect(await listSearch.searchPatients.call(ctx, '  ')).toEqual({ results: [] });
		expect(api.requests).toEqual([]);
	});
});
