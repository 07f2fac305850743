import {
	P,
	expected,
	refused,
	items,
	list,
	ME,
	meRequest,
	one,
	runAlfaDocs,
} from '../../helpers/alfadocs';

const bill = (id: number, date: string) => ({
	id,
	carePlanId: 132,
	companyId: 1,
	operatorId: 5,
	type: 'full',
	direction: 'outgoing',
	date,
	net: 120.5,
	stamp: 2,
	numberIncludingPrefix: `FT-${id}`,
	createdAt: date,
});

describe('AlfaDocs › Bill', () => {
	it('Get Many splits 62 days into two 31-day windows and sends the filters', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'bill',
				operation: 'getAll',
				startDate: '2026-01-01',
				endDate: '2026-03-03',
				returnAll: true,
				filters: { type: 'full', direction: 'outgoing', carePlanId: '132' },
			},
			responses: [
				{ body: ME },
				{ body: list([bill(1, '2026-01-10 00:00:00')]) },
				{ body: list([bill(2, '2026-02-20 00:00:00'), bill(3, '2026-03-03 00:00:00')]) },
			],
		});
		const window = (dateStart: string, dateEnd: string) =>
			expected('GET', `${P}/bills`, {
				qs: { dateStart, dateEnd, type: 'full', direction: 'outgoing', carePlanId: 132 },
			});
		expect(requests).toEqual([
			meRequest,
			window('2026-01-01', '2026-01-31'),
			window('2026-02-01', '2026-03-03'),
		]);
		expect(output).toEqual(
			items([
				bill(1, '2026-01-10 00:00:00'),
				bill(2, '2026-02-20 00:00:00'),
				bill(3, '2026-03-03 00:00:00'),
			]),
		);
	});

	it('Get reads one bill', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: { resource: 'bill', operation: 'get', billId: '69215' },
			responses: [{ body: ME }, { body: one(bill(69215, '2026-01-10 00:00:00')) }],
		});
		expect(requests).toEqual([meRequest, expected('GET', `${P}/bills/69215`)]);
		expect(output).toEqual(items([bill(69215, '2026-01-10 00:00:00')]));
	});

	it('Validate Payment Link outputs the bill ID and whether the link is valid', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: { resource: 'bill', operation: 'validatePaymentLink', billId: '69215' },
			responses: [{ body: ME }, { body: one({ isValid: true }) }],
		});
		expect(requests).toEqual([
			meRequest,
			expected('GET', `${P}/bills/69215/payment-link/validate`),
		]);
		expect(output).toEqual(items([{ billId: 69215, isValid: true }]));
	});

	it('Get fails before any request with a bill ID that is not a number', async () => {
		expect(
			await refused({
				parameters: { resource: 'bill', operation: 'get', billId: 'FT-12' },
			}),
		).toBe(
			'Invalid value for "Bill ID": expected a numeric ID (a whole number such as 42), but got "FT-12"',
		);
	});
});
