import { byId, failHeyDonto, get, items, runHeyDonto } from '../../helpers/heydonto';

const slot = (n: number) => ({
	scheduleId: 's1',
	start: `2024-03-20T0${n}:00:00.000Z`,
	end: `2024-03-20T0${n}:30:00.000Z`,
});

describe('HeyDonto › Availability', () => {
	it('Get Open Slots sends the dates as YYYY-MM-DD with the options, and outputs one item per slot', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: {
				resource: 'availability',
				operation: 'getSlots',
				siteId: byId(7),
				startDate: '2024-03-20T00:00:00.000Z',
				endDate: '2024-03-22',
				returnAll: true,
				options: { practitionerId: 'pr-1', includeSchedule: true, includeLocation: false },
			},
			responses: [{ body: { data: [slot(1), slot(2), slot(3)] } }],
		});
		expect(requests).toEqual([
			get('/site/7/availability', {
				startDate: '2024-03-20',
				endDate: '2024-03-22',
				includeLocation: false,
				includeSchedule: true,
				practitionerId: 'pr-1',
			}),
		]);
		expect(output).toEqual(items([slot(1), slot(2), slot(3)]));
	});

	it('applies the limit to the slots', async () => {
		const { output } = await runHeyDonto({
			parameters: {
				resource: 'availability',
				operation: 'getSlots',
				siteId: byId(7),
				startDate: '2024-03-20',
				endDate: '2024-03-20',
				returnAll: false,
				limit: 1,
				options: {},
			},
			responses: [{ body: { data: [slot(1), slot(2)] } }],
		});
		expect(output).toEqual(items([slot(1)]));
	});

	it.each([
		[
			{ startDate: 'next tuesday', endDate: '2024-03-20' },
			'Invalid value for "Start Date": expected a date such as 2024-03-20, but got "next tuesday"',
		],
		[
			{ startDate: '2024-03-20', endDate: '' },
			'Invalid value for "End Date": expected a date such as 2024-03-20, but it is empty',
		],
		[
			{ startDate: '2024-03-21', endDate: '2024-03-20' },
			'Invalid value for "End Date": expected a date on or after the Start Date (2024-03-21), but got "2024-03-20"',
		],
	])('refuses bad dates before any request (%j)', async (dates, message) => {
		const { error, requests } = await failHeyDonto({
			parameters: {
				resource: 'availability',
				operation: 'getSlots',
				siteId: byId(7),
				returnAll: true,
				options: {},
				...dates,
			},
		});
		expect(error.message).toBe(message);
		expect(requests).toEqual([]);
	});
});
