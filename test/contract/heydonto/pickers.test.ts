import { fromList, items, runHeyDonto, send } from '../../helpers/heydonto';

/** Brand, Organization and Site picked "From list" in Additional Fields: sent as numeric IDs. */
describe('HeyDonto › pickers in Additional Fields', () => {
	const created = { id: 151, name: 'Downtown Clinic' };
	const site = {
		resource: 'site',
		operation: 'create',
		name: 'Downtown Clinic',
		address: { value: { street: '123 Main St', city: 'New York', zipCode: '10001' } },
		googlePlaceId: 'ChIJN1t_tDeuEmsRUsoyG83frY4',
		practiceManagementSystemId: fromList(3),
	};
	const body = {
		name: 'Downtown Clinic',
		address: { street: '123 Main St', city: 'New York', zipCode: '10001' },
		googlePlaceId: 'ChIJN1t_tDeuEmsRUsoyG83frY4',
		practiceManagementSystemId: 3,
		dentalServiceIds: [],
		dentalPracticeIds: [],
	};

	it('Site › Create sends a picked Brand and Organization as IDs', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: {
				...site,
				additionalFields: { brandId: fromList(2), organizationId: fromList(5) },
			},
			responses: [{ status: 201, body: created }],
		});
		expect(requests).toEqual([send('POST', '/site', { ...body, brandId: 2, organizationId: 5 })]);
		expect(output).toEqual(items([created]));
	});

	it('Site › Create still reads a Brand ID saved as plain text, from before it was a picker', async () => {
		const { requests } = await runHeyDonto({
			parameters: { ...site, additionalFields: { brandId: '2', organizationId: '5' } },
			responses: [{ status: 201, body: created }],
		});
		expect(requests).toEqual([send('POST', '/site', { ...body, brandId: 2, organizationId: 5 })]);
	});

	it('User › Create sends a picked Brand, Organization and Site as IDs', async () => {
		const { requests } = await runHeyDonto({
			parameters: {
				resource: 'user',
				operation: 'create',
				email: 'jane@example.com',
				firstName: 'Jane',
				lastName: 'Doe',
				password: 'Initial-Passw0rd',
				role: 'SITE_USER',
				clientAccountId: '10',
				additionalFields: { siteId: fromList(42), brandId: fromList(2), organizationId: '5' },
			},
			responses: [{ status: 201, body: { id: 9 } }],
		});
		expect(requests).toEqual([
			send('POST', '/users', {
				email: 'jane@example.com',
				firstName: 'Jane',
				lastName: 'Doe',
				password: 'Initial-Passw0rd',
				role: 'SITE_USER',
				clientAccountId: [10],
				siteId: 42,
				brandId: 2,
				organizationId: 5,
			}),
		]);
	});
});
