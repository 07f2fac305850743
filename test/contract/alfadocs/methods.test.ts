import { listSearch, loadOptions } from '../../../nodes/AlfaDocs/methods';
import { P, alfaDocsLoadOptions, expected, list, ME, meRequest } from '../../helpers/alfadocs';

describe('AlfaDocs › pickers', () => {
	it('Patient "From list" searches by last name, 50 at a time, with the next offset as token', async () => {
		const patients = Array.from({ length: 50 }, (_, index) => ({
			id: index + 1,
			firstName: 'Mario',
			lastName: 'Rossi',
		}));
		const { api, ctx } = alfaDocsLoadOptions([
			{ body: ME },
			{ body: { links: {}, total: 120, offset: 50, limit: 50, results: patients } },
		]);
		const result = await listSearch.searchPatients.call(ctx, 'Rossi', '50');
		expect(api.requests).toEqual([
			meRequest,
			expected('GET', `${P}/patients`, { qs: { lastName: 'Rossi', offset: 50, limit: 50 } }),
		]);
		expect(result.results[0]).toEqual({ name: 'Rossi Mario (ID 1)', value: '1' });
		expect(result.results).toHaveLength(50);
		expect(result.paginationToken).toBe('100');
	});

	it('pickers use the chosen practice and archive without GET /me', async () => {
		const { api, ctx } = alfaDocsLoadOptions([{ body: list([{ id: 1, name: 'Banca' }]) }], {
			practiceAndArchive: 'choose',
			practiceId: { __rl: true, mode: 'id', value: '8' },
			archiveId: { __rl: true, mode: 'id', value: '12' },
		});
		const result = await listSearch.searchAccounts.call(ctx);
		expect(api.requests).toEqual([expected('GET', '/practices/8/archives/12/accounts')]);
		expect(result.results).toEqual([{ name: 'Banca (ID 1)', value: '1' }]);
	});

	it('Color, account and payment type lists filter by the search text', async () => {
		const { ctx } = alfaDocsLoadOptions([
			{ body: ME },
			{
				body: list([
					{ id: 3, backgroundColor: 'e91e63', textColor: 'ffffff' },
					{ id: 4, backgroundColor: '2196f3', textColor: 'ffffff' },
				]),
			},
			{ body: ME },
			{
				body: list([
					{ id: 2, name: 'Contante' },
					{ id: 5, name: 'Carta di credito' },
				]),
			},
		]);
		expect((await listSearch.searchColors.call(ctx, '2196')).results).toEqual([
			{ name: '#2196f3 on #ffffff (ID 4)', value: '4' },
		]);
		expect((await listSearch.searchPaymentTypes.call(ctx, 'carta')).results).toEqual([
			{ name: 'Carta di credito (ID 5)', value: '5' },
		]);
	});

	it('Practice and Archive "From list" offer the credential\'s own, from GET /me', async () => {
		const { ctx } = alfaDocsLoadOptions([{ body: ME }, { body: ME }]);
		expect((await listSearch.searchPractices.call(ctx)).results).toEqual([
			{ name: "Practice 7 (the credential's)", value: '7' },
		]);
		expect((await listSearch.searchArchives.call(ctx)).results).toEqual([
			{ name: "Archive 11 (the credential's)", value: '11' },
		]);
	});

	it('Chair, Operator, Color and Specialty dropdowns load sorted by name', async () => {
		const { api, ctx } = alfaDocsLoadOptions([
			{ body: ME },
			{
				body: list([
					{ id: 2, name: 'Poltrona 2' },
					{ id: 1, name: 'Poltrona 1' },
				]),
			},
			{ body: ME },
			{
				body: list([
					{ id: 5, name: 'Dott. Verdi' },
					{ id: 6, name: 'Dott. Bianchi' },
				]),
			},
			{ body: ME },
			{ body: list([{ id: 3, backgroundColor: 'e91e63', textColor: 'ffffff' }]) },
			{ body: ME },
			{ body: list([{ id: 820, name: 'Prevenzione' }]) },
		]);
		expect(await loadOptions.getChairs.call(ctx)).toEqual([
			{ name: 'Poltrona 1', value: 1 },
			{ name: 'Poltrona 2', value: 2 },
		]);
		expect(await loadOptions.getOperators.call(ctx)).toEqual([
			{ name: 'Dott. Bianchi', value: 6 },
			{ name: 'Dott. Verdi', value: 5 },
		]);
		expect(await loadOptions.getColors.call(ctx)).toEqual([
			{ name: '#e91e63 on #ffffff', value: 3 },
		]);
		expect(await loadOptions.getSpecialties.call(ctx)).toEqual([
			{ name: 'Prevenzione', value: 820 },
		]);
		expect(api.requests.filter((request) => request.url.includes('/operators'))[0].url).toBe(
			expected('GET', `${P}/operators`, { qs: { ignoreDeleted: true } }).url,
		);
	});

	it('custom patient fields load by label with the technical name as value', async () => {
		const { api, ctx } = alfaDocsLoadOptions([
			{ body: ME },
			{
				body: list([
					{
						id: 1,
						objectType: 'patient',
						label: 'Person Height',
						technicalName: 'personHeight',
						type: 'single_line_text',
					},
				]),
			},
		]);
		expect(await loadOptions.getPatientCustomFields.call(ctx)).toEqual([
			{
				name: 'Person Height',
				value: 'personHeight',
				description: '_personHeight (single_line_text)',
			},
		]);
		expect(api.requests[1]).toEqual(
			expected('GET', `${P}/custom-fields`, { qs: { objectType: 'patient' } }),
		);
	});
});
