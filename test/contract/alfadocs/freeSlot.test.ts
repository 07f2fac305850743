import {
	P,
	expected,
	refused,
	items,
	list,
	ME,
	meRequest,
	runAlfaDocs,
} from '../../helpers/alfadocs';

describe('AlfaDocs › Free Slot', () => {
	it('Get Many sends the start in local time, the duration and the operators as 1,2,3', async () => {
		const slots = [
			{ chairId: 1, date: '2026-03-02', operatorId: 5, time: '09:00:00' },
			{ chairId: 1, date: '2026-03-02', operatorId: 5, time: '09:30:00' },
		];
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'freeSlot',
				operation: 'getAll',
				startDate: '2026-03-02T08:00:00',
				duration: 30,
				returnAll: false,
				limit: 1,
				options: { endDate: '2026-03-06T18:00:00', operatorIds: [5, '6'] },
			},
			responses: [{ body: ME }, { body: list(slots) }],
		});
		expect(requests).toEqual([
			meRequest,
			expected('GET', `${P}/free-slots`, {
				qs: {
					startDate: '2026-03-02 08:00:00',
					duration: 30,
					endDate: '2026-03-06 18:00:00',
					operatorIds: '5,6',
				},
			}),
		]);
		expect(output).toEqual(items([slots[0]]));
	});

	it('Get Many fails before any request with a duration that is not a whole number of minutes', async () => {
		expect(
			await refused({
				parameters: {
					resource: 'freeSlot',
					operation: 'getAll',
					startDate: '2026-03-02T08:00:00',
					duration: 12.5,
					returnAll: true,
					options: {},
				},
			}),
		).toBe(
			'Invalid value for "Duration (Minutes)": expected a whole number from 1 to 1440, but got 12.5',
		);
	});
});
