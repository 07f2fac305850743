import type { IDataObject } from 'n8n-workflow';

import {
	AHDS,
	UUID,
	UUID_2,
	V4,
	failAhds,
	items,
	page,
	request,
	runAhds,
	site,
} from '../../helpers/ahds';

/** "Other Resource": any AHDS resource by its path name, with the same six operations. */
const base = { resource: 'other', siteId: site, resourcePath: 'reminder' };
const reminder = (id: string, fields: IDataObject = {}) => ({ reminderId: id, ...fields });

describe('AHDS › Other Resource', () => {
	it('Create posts the JSON body, adding a v4 UUID under <path name>Id when it has none', async () => {
		const { output, requests } = await runAhds({
			parameters: {
				...base,
				operation: 'create',
				idFieldName: '',
				jsonBody: '{"animalId": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "reason": "Dental check"}',
			},
			responses: [{ status: 201, body: reminder(UUID, { reason: 'Dental check' }) }],
		});
		const body = requests[0].body as IDataObject;
		expect(body.reminderId).toMatch(V4);
		expect(requests).toEqual([
			request('POST', `${AHDS}/reminder`, {
				body: { reminderId: body.reminderId, animalId: UUID_2, reason: 'Dental check' },
			}),
		]);
		expect(output).toEqual(items([reminder(UUID, { reason: 'Dental check' })]));
	});

	it('Create derives the ID field from a dashed path name, or takes the one given, and keeps a UUID the body has', async () => {
		const derived = await runAhds({
			parameters: { ...base, resourcePath: 'treatment-plan', operation: 'create', jsonBody: {} },
			responses: [{ status: 201, body: {} }],
		});
		expect(Object.keys(derived.requests[0].body as IDataObject)).toEqual(['treatmentPlanId']);
		expect(derived.requests[0].url).toBe(`http://heydonto.test${AHDS}/treatment-plan`);

		const named = await runAhds({
			parameters: {
				...base,
				operation: 'create',
				idFieldName: 'lineId',
				jsonBody: { lineId: UUID, note: 'x' },
			},
			responses: [{ status: 201, body: {} }],
		});
		expect(named.requests[0].body).toEqual({ lineId: UUID, note: 'x' });
		expect(named.output).toEqual(items([{ lineId: UUID, note: 'x' }]));
	});

	it('Get, Update (PATCH), Replace (PUT) and Delete address the record by its ID', async () => {
		const get = await runAhds({
			parameters: { ...base, operation: 'get', recordId: UUID },
			responses: [{ body: reminder(UUID) }],
		});
		expect(get.requests).toEqual([request('GET', `${AHDS}/reminder/${UUID}`)]);
		expect(get.output).toEqual(items([reminder(UUID)]));

		const update = await runAhds({
			parameters: {
				...base,
				operation: 'update',
				recordId: UUID,
				jsonBody: '{"reason": "Recheck"}',
			},
			responses: [{ body: reminder(UUID, { reason: 'Recheck' }) }],
		});
		expect(update.requests).toEqual([
			request('PATCH', `${AHDS}/reminder/${UUID}`, { body: { reason: 'Recheck' } }),
		]);
		expect(update.output).toEqual(items([reminder(UUID, { reason: 'Recheck' })]));

		const replace = await runAhds({
			parameters: {
				...base,
				operation: 'replace',
				recordId: UUID,
				jsonBody: { animalId: UUID_2, reason: 'Recheck' },
			},
			responses: [{ status: 204, body: '' }],
		});
		expect(replace.requests).toEqual([
			request('PUT', `${AHDS}/reminder/${UUID}`, { body: { animalId: UUID_2, reason: 'Recheck' } }),
		]);
		expect(replace.output).toEqual(items([{ id: UUID, animalId: UUID_2, reason: 'Recheck' }]));

		const remove = await runAhds({
			parameters: { ...base, operation: 'delete', recordId: UUID },
			responses: [{ status: 204, body: '' }],
		});
		expect(remove.requests).toEqual([request('DELETE', `${AHDS}/reminder/${UUID}`)]);
		expect(remove.output).toEqual(items([{ id: UUID, deleted: true }]));
	});

	it('Get Many sends the field filters, a free sort field and pages', async () => {
		const first = Array.from({ length: 50 }, (_, n) => reminder(`r-${n}`));
		const { output, requests } = await runAhds({
			parameters: {
				...base,
				operation: 'getAll',
				returnAll: true,
				queryFilters: {
					filter: [
						{ field: 'animalId', value: UUID_2 },
						{ field: 'reason', value: 'Vaccination due' },
					],
				},
				options: { sortBy: 'dueDate', sortOrder: 'asc', pageSize: 50 },
			},
			responses: [page(first, 60, 0, 50), page([reminder('r-50')], 60, 1, 50)],
		});
		const qs = (p: number) => ({
			animalId: UUID_2,
			reason: 'Vaccination due',
			sortBy: 'dueDate',
			sortOrder: 'asc',
			page: p,
			pageSize: 50,
		});
		expect(requests).toEqual([
			request('GET', `${AHDS}/reminder`, { qs: qs(0) }),
			request('GET', `${AHDS}/reminder`, { qs: qs(1) }),
		]);
		expect(output).toEqual(items([...first, reminder('r-50')]));
	});

	it.each([
		[
			'a path name with a slash',
			{ ...base, resourcePath: 'contact/../users', operation: 'get', recordId: UUID },
			'Invalid value for "Resource Path Name": expected a resource path name of letters, digits and dashes, such as reminder, but got "contact/../users"',
		],
		[
			'an empty path name',
			{ ...base, resourcePath: ' ', operation: 'getAll', returnAll: true },
			'Invalid value for "Resource Path Name": expected a resource path name such as reminder, but got " "',
		],
		[
			'an empty record ID',
			{ ...base, operation: 'delete', recordId: '' },
			'Invalid value for "Record ID": expected the ID of the record, but it is empty',
		],
		[
			'a filter without a field name',
			{
				...base,
				operation: 'getAll',
				returnAll: true,
				queryFilters: { filter: [{ field: '', value: 'x' }] },
			},
			'Invalid value for "Filters › Filter 1 › Field": expected a field name, but it is empty',
		],
		[
			'a JSON body that does not parse',
			{ ...base, operation: 'create', jsonBody: 'reason: x' },
			'Invalid JSON in "Body (JSON)": ',
		],
	])('%s fails before any request', async (_, parameters, message) => {
		const { error, requests } = await failAhds({ parameters });
		if (message.endsWith(': ')) expect(error.message.startsWith(message)).toBe(true);
		else expect(error.message).toBe(message);
		expect(requests).toEqual([]);
	});

	it.each(['.', '..'])(
		'refuses "%s" as the Record ID before any request (the URL would leave its path)',
		async (recordId) => {
			const { error, requests } = await failAhds({
				parameters: { ...base, operation: 'get', recordId },
			});
			expect(requests).toEqual([]);
			expect(error.message).toBe(
				`Invalid value for "Record ID": expected the ID of the record, not "." or "..", but got "${recordId}"`,
			);
		},
	);

	it('a 409 on Create says to leave the ID out of the body', async () => {
		const { error } = await failAhds({
			parameters: { ...base, operation: 'create', jsonBody: { reminderId: UUID } },
			responses: [{ status: 409, body: { statusCode: 409, message: 'Reminder exists' } }],
		});
		expect(error.description).toBe(
			'A record with this ID already exists. Leave the ID out of the JSON body to have a new UUID generated, or use Update or Replace to change the existing record.',
		);
	});

	it('a 404 on an unknown path name says to check it', async () => {
		const { error } = await failAhds({
			parameters: {
				...base,
				resourcePath: 'remindr',
				operation: 'getAll',
				returnAll: false,
				limit: 5,
			},
			responses: [
				{ status: 404, body: { statusCode: 404, message: 'Cannot GET /site/7/ahds/v1/remindr' } },
			],
		});
		expect(error.message).toBe('The AHDS API answered 404: Cannot GET /site/7/ahds/v1/remindr');
		expect(error.description).toBe(
			'Check the Site (ID 7) and the resource path name "remindr". If the path is right, AHDS may not be served at http://heydonto.test: set Options › Base URL.',
		);
	});
});
