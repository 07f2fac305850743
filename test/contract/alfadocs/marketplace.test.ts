import { P, expected, refused, items, ME, meRequest, runAlfaDocs } from '../../helpers/alfadocs';

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
