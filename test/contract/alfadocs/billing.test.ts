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

const liability = {
	id: 9,
	billId: 69215,
	date: '2026-02-01',
	amount: '120.50',
	relatedToInsurance: false,
	sistemaTsExpenseType: 'sp',
};

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

describe('AlfaDocs › Bill Liability', () => {
	it('Get Many lists the liabilities of a bill', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: { resource: 'billLiability', operation: 'getAll', billId: '69215' },
			responses: [{ body: ME }, { body: list([liability]) }],
		});
		expect(requests).toEqual([meRequest, expected('GET', `${P}/bills/69215/liabilities`)]);
		expect(output).toEqual(items([liability]));
	});

	it('Update sends only the given fields, typed (PATCH)', async () => {
		const updated = { ...liability, amount: '99.90', date: '2026-03-01' };
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'billLiability',
				operation: 'update',
				billId: '69215',
				liabilityId: '9',
				updateFields: { amount: 99.9, date: '2026-03-01T00:00:00', sistemaTsExpenseType: 'tk' },
			},
			responses: [{ body: ME }, { body: one(updated) }],
		});
		expect(requests).toEqual([
			meRequest,
			expected('PATCH', `${P}/bills/69215/liabilities/9`, {
				body: { amount: 99.9, date: '2026-03-01', sistemaTsExpenseType: 'tk' },
			}),
		]);
		expect(output).toEqual(items([updated]));
	});

	it('Update fails before any request with an expense type outside the list', async () => {
		expect(
			await refused({
				parameters: {
					resource: 'billLiability',
					operation: 'update',
					billId: '69215',
					liabilityId: '9',
					updateFields: { sistemaTsExpenseType: 'xx' },
				},
			}),
		).toBe(
			'Invalid value for "Sistema TS Expense Type": expected one of aa, ad, as, ct, fc, fv, ic, nn, pi, sp, sr, sr2, tk, tk2, but got "xx"',
		);
	});

	it('Delete outputs the liability and bill IDs with deleted: true', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'billLiability',
				operation: 'delete',
				billId: '69215',
				liabilityId: '9',
			},
			responses: [{ body: ME }, { status: 204 }],
		});
		expect(requests).toEqual([meRequest, expected('DELETE', `${P}/bills/69215/liabilities/9`)]);
		expect(output).toEqual(items([{ id: 9, billId: 69215, deleted: true }]));
	});

	it('a 404 on a liability names both IDs', async () => {
		const { error } = await failAlfaDocs({
			parameters: {
				resource: 'billLiability',
				operation: 'delete',
				billId: '69215',
				liabilityId: '10',
			},
			responses: [{ body: ME }, { status: 404, body: { error: 'Liability not found' } }],
		});
		expect(error.description).toBe(
			'Either the bill with ID 69215 or the liability with ID 10 does not exist in this archive. Check both IDs, and the Practice and Archive.',
		);
	});
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
					description: 'Set "End Date" to a date on or after the Start Date (2026-02-01).',
				},
				pairedItem: { item: 0 },
			},
			...items([transaction(5, '2026-01-05')], 1),
		]);
	});
});
