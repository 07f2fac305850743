import { P, expected, items, list, ME, meRequest, runAlfaDocs } from '../../helpers/alfadocs';

const run = async (resource: string, extra: object, body: unknown) =>
	await runAlfaDocs({
		parameters: { resource, operation: 'getAll', returnAll: true, ...extra },
		responses: [{ body: ME }, { body }],
	});

describe('AlfaDocs › reference lists', () => {
	it.each([
		['account', 'accounts', { id: 33963, name: 'Banca', deleted: false }],
		['chair', 'chairs', { id: 1, name: 'Poltrona 1', deleted: false }],
		['color', 'colors', { id: 3, backgroundColor: 'e91e63', textColor: 'ffffff' }],
		['paymentType', 'payment-types', { id: 2, name: 'Contante', deleted: false }],
		[
			'specialty',
			'specialties',
			{ id: 5, name: 'Prevenzione', sequenceNumber: '3', deleted: false, operatorIds: [177] },
		],
	])('%s → Get Many reads GET %s', async (resource, path, record) => {
		const { output, requests } = await run(resource, {}, list([record]));
		expect(requests).toEqual([meRequest, expected('GET', `${P}/${path}`)]);
		expect(output).toEqual(items([record]));
	});

	it('Operator → Get Many sends the API filters and cuts the answer to the limit', async () => {
		const operators = [1, 2, 3].map((id) => ({
			id,
			name: `Dott. ${id}`,
			italianFiscalCode: 'X',
			sequenceNumber: id,
			deleted: false,
		}));
		const { output, requests } = await run(
			'operator',
			{
				returnAll: false,
				limit: 2,
				filters: { ignoreDeleted: true, italianFiscalCode: 'RSSMRA85T10A562S' },
			},
			list(operators),
		);
		expect(requests).toEqual([
			meRequest,
			expected('GET', `${P}/operators`, {
				qs: { ignoreDeleted: true, italianFiscalCode: 'RSSMRA85T10A562S' },
			}),
		]);
		expect(output).toEqual(items(operators.slice(0, 2)));
	});

	it('Appointment Booking Reason → Get Many filters by specialty in the node (the API has no such filter)', async () => {
		const reasons = [
			{ id: 5, specialtyId: 820, description: 'Visita di Controllo', duration: '30' },
			{ id: 6, specialtyId: 821, description: 'Igiene', duration: '45' },
		];
		const { output, requests } = await run(
			'bookingReason',
			{ filters: { specialtyId: 821 } },
			list(reasons),
		);
		expect(requests).toEqual([meRequest, expected('GET', `${P}/appointments/booking-reasons`)]);
		expect(output).toEqual(items([reasons[1]]));
	});
});
