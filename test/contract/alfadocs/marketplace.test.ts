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

	it.each(['.', '..', ' .. '])(
		'Update UI Elements refuses "%s" as the UI element name before any request (the URL would leave its path)',
		async (name) => {
			expect(
				await refused({
					parameters: {
						resource: 'marketplace',
						operation: 'updatePracticeUiElements',
						uiElementName: name,
						elements: { element: [{ title: 'a', value: 'b' }] },
					},
				}),
			).toBe(
				`Invalid value for "UI Element Name": expected a value, not "." or "..", but got "${name}"`,
			);
		},
	);

	it('Update UI Elements refuses an element title an expression made an object', async () => {
		expect(
			await refused({
				parameters: {
					resource: 'marketplace',
					operation: 'updateAppUiElements',
					uiElementName: 'summary',
					elements: {
						element: [
							{ title: 'ok', value: 'fine' },
							{ title: { a: 1 }, value: 'x' },
						],
					},
				},
			}),
		).toBe('Invalid value for "Elements › Element 2 › Title": expected a text, but got {"a":1}');
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
