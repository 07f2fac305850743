import { failAerona, get, items, runAerona } from '../../helpers/aerona';

const payment = {
	id: 187941,
	patientId: 426709,
	practiceId: 9876,
	paymentMethod: 'Credit Card',
	amount: 140.5,
	paymentDate: '2022-01-19T13:34:21Z',
};
const invoice = { id: 337292, patientId: 426709, date: '2022-01-19', price: 25, status: 'Planned' };

describe('Aerona › Payment and Invoice', () => {
	it.each([
		['payment', 'paymentId', '/payments/187941', payment],
		['invoice', 'invoiceId', '/invoices/337292', invoice],
	])('%s → Get reads one record by ID', async (resource, idName, path, record) => {
		const { output, requests } = await runAerona({
			parameters: { resource, operation: 'get', [idName]: String(record.id) },
			responses: [{ body: record }],
		});
		expect(requests).toEqual([get(path)]);
		expect(output).toEqual(items([record]));
	});

	it.each([
		['payment', '/payments/search', payment],
		['invoice', '/invoices/search', invoice],
	])(
		'%s → Search sends the patient and the dates as YYYY-MM-DD',
		async (resource, path, record) => {
			const { output, requests } = await runAerona({
				parameters: {
					resource,
					operation: 'search',
					patientId: '426709',
					fromDate: '2021-01-01T00:00:00',
					toDate: '2022-02-01T18:30:00Z',
					returnAll: true,
				},
				responses: [{ body: [record, { ...record, id: record.id + 1 }] }],
			});
			expect(requests).toEqual([
				get(path, { patientId: 426709, fromDate: '2021-01-01', toDate: '2022-02-01' }),
			]);
			expect(output).toEqual(items([record, { ...record, id: record.id + 1 }]));
		},
	);

	it('Search without dates leaves them to Aerona (this month), and the limit cuts the list', async () => {
		const { output, requests } = await runAerona({
			parameters: {
				resource: 'payment',
				operation: 'search',
				patientId: '',
				fromDate: '',
				toDate: '',
				returnAll: false,
				limit: 1,
			},
			responses: [{ body: [payment, { ...payment, id: 2 }] }],
		});
		expect(requests).toEqual([get('/payments/search')]);
		expect(output).toEqual(items([payment]));
	});

	it.each([
		[
			{ fromDate: 'last month' },
			'Invalid value for "From Date": expected a date such as 2024-03-20, but got "last month"',
		],
		[
			{ fromDate: '2022-02-01', toDate: '2022-01-01' },
			'Invalid value for "To Date": expected a date on or after the From Date (2022-02-01), but got "2022-01-01"',
		],
		[
			{ patientId: '42a' },
			'Invalid value for "Patient": expected a numeric ID (a whole number such as 42), but got "42a"',
		],
	])('Search rejects bad input before any request: %j', async (overrides, message) => {
		const { error, requests } = await failAerona({
			parameters: {
				resource: 'invoice',
				operation: 'search',
				patientId: '',
				fromDate: '',
				toDate: '',
				returnAll: true,
				...overrides,
			},
		});
		expect(requests).toEqual([]);
		expect(error.message).toBe(message);
	});

	it('Get rejects an empty or non-numeric ID before any request', async () => {
		const { error, requests } = await failAerona({
			parameters: { resource: 'payment', operation: 'get', paymentId: 'abc' },
		});
		expect(requests).toEqual([]);
		expect(error.message).toBe(
			'Invalid value for "Payment ID": expected a numeric ID (a whole number such as 42), but got "abc"',
		);
	});
});
