import {
	P,
	byId,
	expected,
	refused,
	fromList,
	items,
	list,
	ME,
	meRequest,
	one,
	runAlfaDocs,
} from '../../helpers/alfadocs';

const transaction = (id: number, date: string) => ({
	id,
	direction: 'incoming',
	amount: 80,
	date,
	billId: 69215,
	accountId: 1,
	paymentTypeId: 2,
	createdAt: `${date} 10:00:00`,
	deleted: false,
	verified: true,
	relatedToInsurance: false,
	sistemaTsExpenseType: 'sp',
});

describe('AlfaDocs › Transaction', () => {
	it('Get Many asks whole days, 31 at a time, as date-times, and drops a transaction seen twice', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'transaction',
				operation: 'getAll',
				startDate: '2026-01-01T00:00:00',
				endDate: '2026-02-15T00:00:00',
				returnAll: true,
				filters: { direction: 'incoming', billId: '69215' },
			},
			responses: [
				{ body: ME },
				{ body: list([transaction(1, '2026-01-31')]) },
				{ body: list([transaction(1, '2026-01-31'), transaction(2, '2026-02-10')]) },
			],
		});
		const window = (dateStart: string, dateEnd: string) =>
			expected('GET', `${P}/transactions`, {
				qs: { dateStart, dateEnd, direction: 'incoming', billId: 69215 },
			});
		expect(requests).toEqual([
			meRequest,
			window('2026-01-01 00:00:00', '2026-01-31 23:59:59'),
			window('2026-02-01 00:00:00', '2026-02-15 23:59:59'),
		]);
		expect(output).toEqual(items([transaction(1, '2026-01-31'), transaction(2, '2026-02-10')]));
	});

	it('Create sends the seed body: amount, date, direction, account, payment type, expense type', async () => {
		const created = transaction(77, '2026-02-10');
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'transaction',
				operation: 'create',
				amount: 80,
				date: '2026-02-10T00:00:00',
				direction: 'incoming',
				accountId: fromList(1),
				paymentTypeId: byId(2),
				sistemaTsExpenseType: 'sp',
				additionalFields: { billId: '69215', relatedToInsurance: false },
			},
			responses: [{ body: ME }, { body: one(created) }],
		});
		expect(requests).toEqual([
			meRequest,
			expected('POST', `${P}/transactions`, {
				body: {
					amount: 80,
					date: '2026-02-10',
					direction: 'incoming',
					accountId: 1,
					paymentTypeId: 2,
					sistemaTsExpenseType: 'sp',
					billId: 69215,
					relatedToInsurance: false,
				},
			}),
		]);
		expect(output).toEqual(items([created]));
	});

	it('Create fails before any request with an expense type outside the list', async () => {
		expect(
			await refused({
				parameters: {
					resource: 'transaction',
					operation: 'create',
					amount: 80,
					date: '2026-02-10',
					direction: 'incoming',
					accountId: byId(1),
					paymentTypeId: byId(2),
					sistemaTsExpenseType: 'TICKET',
					additionalFields: {},
				},
			}),
		).toBe(
			'Invalid value for "Sistema TS Expense Type": expected one of aa, ad, as, ct, fc, fv, ic, nn, pi, sp, sr, sr2, tk, tk2, but got "TICKET"',
		);
	});

	it('Get Many with Continue On Fail turns a bad range into an error item and goes on', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: (i) => ({
				resource: 'transaction',
				operation: 'getAll',
				startDate: i === 0 ? '2026-02-01' : '2026-01-01',
				endDate: '2026-01-10',
				returnAll: true,
				filters: {},
			}),
			items: [{ json: {} }, { json: {} }],
			continueOnFail: true,
			responses: [{ body: ME }, { body: list([transaction(5, '2026-01-05')]) }],
		});
		expect(requests).toHaveLength(2);
		expect(output).toEqual([
			{
				json: {
					error:
						'Invalid value for "End Date": expected a date on or after the Start Date (2026-02-01), but got "2026-01-10"',
					description: 'Change "End Date", or fix the expression that sets it for this item.',
				},
				pairedItem: { item: 0 },
			},
			...items([transaction(5, '2026-01-05')], 1),
		]);
	});
});
