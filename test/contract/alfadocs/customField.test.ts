import { P, expected, items, list, ME, meRequest, one, runAlfaDocs } from '../../helpers/alfadocs';

const run = async (resource: string, extra: object, body: unknown) =>
	await runAlfaDocs({
		parameters: { resource, operation: 'getAll', returnAll: true, ...extra },
		responses: [{ body: ME }, { body }],
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
