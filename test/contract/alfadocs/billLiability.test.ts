import {
	P,
	expected,
	failAlfaDocs,
	refused,
	items,
	list,
	ME,
	meRequest,
	one,
	runAlfaDocs,
} from '../../helpers/alfadocs';

const liability = {
	id: 9,
	billId: 69215,
	date: '2026-02-01',
	amount: '120.50',
	relatedToInsurance: false,
	sistemaTsExpenseType: 'sp',
};

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
