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

describe('AlfaDocs › Custom Field', () => {
	const field = {
		id: 8364,
		objectType: 'patient',
		label: 'Person Height',
		technicalName: 'personHeight',
		type: 'dropdown',
		choices: ['S', 'M'],
		sequenceNumber: 1,
	};

	it('Get Many filters by object type', async () => {
		const { output, requests } = await run(
			'customField',
			{ filters: { objectType: 'patient' } },
			list([field]),
		);
		expect(requests).toEqual([
			meRequest,
			expected('GET', `${P}/custom-fields`, { qs: { objectType: 'patient' } }),
		]);
		expect(output).toEqual(items([field]));
	});

	it('Create sends the field with its choices as an array', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'customField',
				operation: 'create',
				objectType: 'patient',
				label: 'Person Height',
				technicalName: 'personHeight',
				type: 'dropdown',
				additionalFields: { choices: 'S, M', sequenceNumber: 1 },
			},
			responses: [{ body: ME }, { body: one(field) }],
		});
		expect(requests).toEqual([
			meRequest,
			expected('POST', `${P}/custom-fields`, {
				body: {
					objectType: 'patient',
					label: 'Person Height',
					technicalName: 'personHeight',
					type: 'dropdown',
					choices: ['S', 'M'],
					sequenceNumber: 1,
				},
			}),
		]);
		expect(output).toEqual(items([field]));
	});
});

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

describe('AlfaDocs › Care Plan and Care Plan Entry', () => {
	it('Care Plan → Get reads the plan', async () => {
		const plan = {
			id: 132,
			branch: 'dentistry',
			name: 'Piano #1',
			state: 'estimate',
			isSigned: false,
		};
		const { output, requests } = await runAlfaDocs({
			parameters: { resource: 'carePlan', operation: 'get', carePlanId: '132' },
			responses: [{ body: ME }, { body: one(plan) }],
		});
		expect(requests).toEqual([meRequest, expected('GET', `${P}/care-plans/132`)]);
		expect(output).toEqual(items([plan]));
	});

	it('Care Plan → Get Signature Status reads {status, isSigned}', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: { resource: 'carePlan', operation: 'getSignatureStatus', carePlanId: '132' },
			responses: [{ body: ME }, { body: { status: 'success', isSigned: true } }],
		});
		expect(requests).toEqual([meRequest, expected('GET', `${P}/care-plans/132/signature-status`)]);
		expect(output).toEqual(items([{ carePlanId: 132, isSigned: true }]));
	});

	it('Care Plan Entry → Get reads one entry of a plan', async () => {
		const entry = { entryId: 9, price: 6000, label: 'Apicectomia mesiale' };
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'carePlanEntry',
				operation: 'get',
				carePlanId: '132',
				carePlanEntryId: '9',
			},
			responses: [{ body: ME }, { body: one(entry) }],
		});
		expect(requests).toEqual([
			meRequest,
			expected('GET', `${P}/care-plans/132/care-plan-entries/9`),
		]);
		expect(output).toEqual(items([entry]));
	});
});

describe('AlfaDocs › Marketplace', () => {
	it('Set Integration Status sends {status}', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: { resource: 'marketplace', operation: 'setIntegrationStatus', status: 'success' },
			responses: [{ body: ME }, { body: { status: 'success', data: [{ status: 'success' }] } }],
		});
		expect(requests).toEqual([
			meRequest,
			expected('POST', `${P}/marketplace/integration-status`, { body: { status: 'success' } }),
		]);
		expect(output).toEqual(
			items([{ integrationStatus: 'success', status: 'success', data: [{ status: 'success' }] }]),
		);
	});

	it.each([
		['updatePracticeUiElements', 'marketplace/ui-elements/summary'],
		['updateAppUiElements', 'marketplace/app/ui-elements/summary'],
	])('%s sends {data: [{title, value}]} to the UI element', async (operation, path) => {
		const data = [{ title: 'Last sync', value: '2 minutes ago' }];
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'marketplace',
				operation,
				uiElementName: 'summary',
				elements: { element: data },
			},
			responses: [{ body: ME }, { body: { status: 'success', data } }],
		});
		expect(requests).toEqual([meRequest, expected('PUT', `${P}/${path}`, { body: { data } })]);
		expect(output).toEqual(items([{ uiElementName: 'summary', status: 'success', data }]));
	});

	it('Update UI Elements fails before any request without elements', async () => {
		expect(
			await refused({
				parameters: {
					resource: 'marketplace',
					operation: 'updateAppUiElements',
					uiElementName: 'summary',
					elements: {},
				},
			}),
		).toBe(
			'Invalid value for "Elements": expected at least one element with a title and a value, but it is empty',
		);
	});
});
