import { listSearch } from '../../../nodes/Aerona/methods';
import { aeronaLoadOptions, get } from '../../helpers/aerona';

describe('Aerona › pickers "From list"', () => {
	it('Practice lists every practice, filtered by name and sorted', async () => {
		const { api, ctx } = aeronaLoadOptions([
			{
				body: [
					{ id: 2, name: 'Riverside Dental' },
					{ id: 1, practiceName: 'Main Street Dental' },
					{ id: 3, name: 'Hill Clinic' },
				],
			},
		]);
		const result = await listSearch.searchPractices.call(ctx, 'dental');
		expect(api.requests).toEqual([get('/practices')]);
		expect(result).toEqual({
			results: [
				{ name: 'Main Street Dental (ID 1)', value: '1' },
				{ name: 'Riverside Dental (ID 2)', value: '2' },
			],
		});
	});

	it("Clinician narrows the list to the node's practice and names people by their names", async () => {
		const { api, ctx } = aeronaLoadOptions(
			[{ body: [{ userId: 34567, title: 'Dr', forename: 'Ann', surname: 'Lee' }, { id: 8 }] }],
			{ practiceId: { __rl: true, mode: 'list', value: '9876' } },
		);
		const result = await listSearch.searchClinicians.call(ctx);
		expect(api.requests).toEqual([get('/clinicians', { practiceId: 9876 })]);
		expect(result.results).toEqual([
			{ name: 'Dr Ann Lee (ID 34567)', value: '34567' },
			{ name: 'Unnamed (ID 8)', value: '8' },
		]);
	});

	it('Appointment Type ignores a practice given as an expression', async () => {
		const { api, ctx } = aeronaLoadOptions(
			[{ body: [{ appointmentTypeId: 1864, description: 'Check-up' }] }],
			{ filters: { practiceId: { __rl: true, mode: 'id', value: '={{ $json.practiceId }}' } } },
		);
		const result = await listSearch.searchAppointmentTypes.call(ctx, 'check');
		expect(api.requests).toEqual([get('/appointment-types')]);
		expect(result.results).toEqual([{ name: 'Check-up (ID 1864)', value: '1864' }]);
	});
});
