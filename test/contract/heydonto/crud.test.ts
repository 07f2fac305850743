import type { IDataObject } from 'n8n-workflow';

import {
	byId,
	failHeyDonto,
	fromList,
	get,
	items,
	runHeyDonto,
	send,
} from '../../helpers/heydonto';

/**
 * The eight record types with the five usual operations. Each case states its literal paths, the
 * parameters a user sets and the exact query or body that must go out.
 */
interface CrudCase {
	resource: string;
	/** The collection path, e.g. /brands or /site/7/assistant. */
	path: string;
	/** Parameters every operation needs (the site of site-scoped records). */
	scope?: IDataObject;
	idParameter: string;
	id: IDataObject | string;
	idValue: number;
	paged: boolean;
	getAll: { parameters: IDataObject; qs: IDataObject };
	create: { parameters: IDataObject; body: IDataObject };
	record: IDataObject;
	update: { parameters: IDataObject; body: IDataObject };
}

const perio = {
	practitionerId: 11,
	patientId: 12,
	perioMeasureNum: 13,
	perioExamNum: 14,
	sequenceType: 4,
	intTooth: 3,
	toothValue: -1,
	mBvalue: 3,
	bvalue: 2,
	dBvalue: 4,
	mLvalue: 3,
	lvalue: 2,
	dLvalue: 105,
};

const cases: CrudCase[] = [
	{
		resource: 'brand',
		path: '/brands',
		idParameter: 'brandId',
		id: fromList(5),
		idValue: 5,
		paged: true,
		getAll: {
			parameters: {
				filters: { title: 'Smile', organizationId: '1, 2', clientAccountId: '10' },
				sort: { rules: [{ field: 'title', dir: 'asc' }] },
			},
			qs: {
				clientAccountId: [10],
				organizationId: [1, 2],
				title: 'Smile',
				'sortBy[0][field]': 'title',
				'sortBy[0][dir]': 'asc',
			},
		},
		create: {
			parameters: {
				title: 'Bright Smile',
				additionalFields: {
					organizationId: '3',
					isEnabled: false,
					organizationTitle: 'HealthCorp',
				},
			},
			body: {
				title: 'Bright Smile',
				organizationId: 3,
				isEnabled: false,
				organizationTitle: 'HealthCorp',
			},
		},
		record: {
			id: 5,
			title: 'Old',
			organizationId: 3,
			isEnabled: true,
			createdAt: 'x',
			updatedAt: 'y',
		},
		update: {
			parameters: { updateFields: { title: 'New' } },
			body: { title: 'New', organizationId: 3, isEnabled: true },
		},
	},
	{
		resource: 'organization',
		path: '/organization',
		idParameter: 'organizationId',
		id: byId(8),
		idValue: 8,
		paged: true,
		getAll: {
			parameters: { filters: { title: 'Health', isEnabled: false, clientAccountId: [10, '20'] } },
			qs: { clientAccountId: [10, 20], isEnabled: false, title: 'Health' },
		},
		create: {
			parameters: {
				title: 'HealthCorp',
				additionalFields: { website: 'https://h.example', clientAccountId: '10' },
			},
			body: { title: 'HealthCorp', website: 'https://h.example', clientAccountId: 10 },
		},
		record: {
			id: 8,
			title: 'HealthCorp',
			website: 'https://h.example',
			isEnabled: true,
			clientAccountId: 10,
		},
		update: {
			parameters: { updateFields: { isEnabled: false } },
			body: {
				title: 'HealthCorp',
				website: 'https://h.example',
				isEnabled: false,
				clientAccountId: 10,
			},
		},
	},
	{
		resource: 'practiceManagementSystem',
		path: '/practice-management-system',
		idParameter: 'practiceManagementSystemId',
		id: byId(2),
		idValue: 2,
		paged: true,
		getAll: {
			parameters: { filters: { title: 'Dent', isEnabled: true } },
			qs: { isEnabled: true, title: 'Dent' },
		},
		create: {
			parameters: { title: 'Open Dental', additionalFields: { isCloudBased: false } },
			body: { title: 'Open Dental', isCloudBased: false },
		},
		record: { id: 2, title: 'Open Dental', isCloudBased: false, isEnabled: true },
		update: {
			parameters: { updateFields: { isCloudBased: true } },
			body: { title: 'Open Dental', isCloudBased: true, isEnabled: true },
		},
	},
	{
		resource: 'dentalService',
		path: '/dental-service',
		idParameter: 'dentalServiceId',
		id: fromList(4),
		idValue: 4,
		paged: true,
		getAll: { parameters: { filters: { title: 'Implant' } }, qs: { title: 'Implant' } },
		create: {
			parameters: { title: 'Implants', additionalFields: {} },
			body: { title: 'Implants' },
		},
		record: { id: 4, title: 'Implants', isEnabled: true },
		update: {
			parameters: { updateFields: { title: 'Dental Implants' } },
			body: { title: 'Dental Implants', isEnabled: true },
		},
	},
	{
		resource: 'code',
		path: '/code',
		idParameter: 'codeId',
		id: '17',
		idValue: 17,
		paged: true,
		getAll: {
			parameters: {
				filters: { title: 'evaluation' },
				sort: { rules: [{ field: 'code', dir: 'desc' }] },
			},
			qs: { title: 'evaluation', 'sortBy[0][field]': 'code', 'sortBy[0][dir]': 'desc' },
		},
		create: {
			parameters: {
				code: 'D0120',
				title: 'Periodic oral evaluation',
				additionalFields: { category: 'Diagnostic' },
			},
			body: { code: 'D0120', title: 'Periodic oral evaluation', category: 'Diagnostic' },
		},
		record: {
			id: 17,
			code: 'D0120',
			title: 'Periodic oral evaluation',
			category: 'Diagnostic',
			categoryCode: 'D0100-D0999',
		},
		update: {
			parameters: { updateFields: { isEnabled: false } },
			body: {
				code: 'D0120',
				title: 'Periodic oral evaluation',
				category: 'Diagnostic',
				categoryCode: 'D0100-D0999',
				isEnabled: false,
			},
		},
	},
	{
		resource: 'appointmentType',
		path: '/appointment-type',
		idParameter: 'appointmentTypeId',
		id: '6',
		idValue: 6,
		paged: false,
		getAll: { parameters: {}, qs: {} },
		create: {
			parameters: { title: 'New Patient Exam', additionalFields: { isEnabled: true } },
			body: { title: 'New Patient Exam', isEnabled: true },
		},
		record: { id: 6, title: 'New Patient Exam', isEnabled: true },
		update: {
			parameters: { updateFields: { title: 'Exam' } },
			body: { title: 'Exam', isEnabled: true },
		},
	},
	{
		resource: 'siteAssistant',
		path: '/site/7/assistant',
		scope: { siteId: fromList(7) },
		idParameter: 'assistantId',
		id: '3',
		idValue: 3,
		paged: false,
		getAll: { parameters: {}, qs: {} },
		create: {
			parameters: {
				assistantName: 'Front Desk',
				additionalFields: { assistantInstructions: 'Be kind.' },
			},
			body: { siteId: 7, assistantName: 'Front Desk', assistantInstructions: 'Be kind.' },
		},
		record: { id: 3, siteId: 7, assistantName: 'Front Desk', assistantInstructions: 'Be kind.' },
		update: {
			parameters: { updateFields: { assistantInstructions: 'Be brief.' } },
			body: { siteId: 7, assistantName: 'Front Desk', assistantInstructions: 'Be brief.' },
		},
	},
	{
		resource: 'periomeasure',
		path: '/site/7/periomeasure',
		scope: { siteId: byId(7) },
		idParameter: 'periomeasureId',
		id: '21',
		idValue: 21,
		paged: false,
		getAll: { parameters: {}, qs: {} },
		// The documented create body lists siteId (issue 9): the node sends the path's Site.
		create: {
			parameters: { ...perio, additionalFields: { secDateTEntry: '2024-05-01T10:00:00+02:00' } },
			body: { siteId: 7, ...perio, secDateTEntry: '2024-05-01T08:00:00.000Z' },
		},
		record: { id: 21, siteId: 7, ...perio, secDateTEntry: '2024-05-01T08:00:00.000Z' },
		update: {
			parameters: { updateFields: { bvalue: 5 } },
			body: { siteId: 7, ...perio, bvalue: 5, secDateTEntry: '2024-05-01T08:00:00.000Z' },
		},
	},
];

describe.each(cases)('HeyDonto › $resource', (c) => {
	const base = { resource: c.resource, ...c.scope };
	const record = (n: number) => ({ ...c.record, id: n });
	const withId = { [c.idParameter]: c.id };

	if (c.paged) {
		it('Get Many with Return All pages 100 at a time and sends the filters', async () => {
			const first = Array.from({ length: 100 }, (_, n) => record(n + 1));
			const { output, requests } = await runHeyDonto({
				parameters: { ...base, operation: 'getAll', returnAll: true, ...c.getAll.parameters },
				responses: [
					{ body: { data: first, meta: { total: 102 } } },
					{ body: { data: [record(101), record(102)], meta: { total: 102 } } },
				],
			});
			expect(requests).toEqual([
				get(c.path, { ...c.getAll.qs, page: 0, pageSize: 100 }),
				get(c.path, { ...c.getAll.qs, page: 1, pageSize: 100 }),
			]);
			expect(output).toEqual(items([...first, record(101), record(102)]));
		});
	} else {
		it('Get Many reads the bare array in one request and applies the limit', async () => {
			const { output, requests } = await runHeyDonto({
				parameters: {
					...base,
					operation: 'getAll',
					returnAll: false,
					limit: 2,
					...c.getAll.parameters,
				},
				responses: [{ body: [record(1), record(2), record(3)] }],
			});
			expect(requests).toEqual([get(c.path)]);
			expect(output).toEqual(items([record(1), record(2)]));
		});
	}

	it('Create posts the typed body', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: { ...base, operation: 'create', ...c.create.parameters },
			responses: [{ status: 201, body: record(c.idValue) }],
		});
		expect(requests).toEqual([send('POST', c.path, c.create.body)]);
		expect(output).toEqual(items([record(c.idValue)]));
	});

	it('Get reads one record by ID', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: { ...base, operation: 'get', ...withId },
			responses: [{ body: record(c.idValue) }],
		});
		expect(requests).toEqual([get(`${c.path}/${c.idValue}`)]);
		expect(output).toEqual(items([record(c.idValue)]));
	});

	it('Update reads the record and PUTs it back with only the given fields changed', async () => {
		const updated = { ...record(c.idValue), ...c.update.body };
		const { output, requests } = await runHeyDonto({
			parameters: { ...base, operation: 'update', ...withId, ...c.update.parameters },
			responses: [{ body: record(c.idValue) }, { body: updated }],
		});
		expect(requests).toEqual([
			get(`${c.path}/${c.idValue}`),
			send('PUT', `${c.path}/${c.idValue}`, c.update.body),
		]);
		expect(output).toEqual(items([updated]));
	});

	it('Delete answers { id, deleted: true }', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: { ...base, operation: 'delete', ...withId },
			responses: [{ status: 204, body: '' }],
		});
		expect(requests).toEqual([send('DELETE', `${c.path}/${c.idValue}`)]);
		expect(output).toEqual(items([{ id: c.idValue, deleted: true }]));
	});

	it('a non-numeric ID fails before any request', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: {
				...base,
				operation: 'get',
				[c.idParameter]: typeof c.id === 'string' ? 'x1' : byId('x1'),
			},
		});
		expect(error.message).toMatch(
			/^Invalid value for ".+": expected a numeric ID \(a whole number such as 42\), but got "x1"$/,
		);
		expect(requests).toEqual([]);
	});
});

describe('HeyDonto › record-specific checks', () => {
	it('a periomeasure tooth outside 1-32 fails before any request', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: {
				resource: 'periomeasure',
				operation: 'create',
				siteId: byId(7),
				...perio,
				intTooth: 33,
				additionalFields: {},
			},
		});
		expect(error.message).toBe(
			'Invalid value for "Tooth": expected a whole number from 1 to 32, but got 33',
		);
		expect(requests).toEqual([]);
	});

	it('a 404 on a site-scoped record names both IDs', async () => {
		const { error } = await failHeyDonto({
			parameters: {
				resource: 'siteAssistant',
				operation: 'get',
				siteId: byId(7),
				assistantId: '99',
			},
			responses: [
				{ status: 404, body: { statusCode: 404, message: 'Assistant with ID 99 not found' } },
			],
		});
		expect(error.message).toBe('The HeyDonto API answered 404: Assistant with ID 99 not found');
		expect(error.description).toBe(
			'Either the site with ID 7 or the site assistant with ID 99 does not exist or is not visible to this credential. Check both IDs.',
		);
	});

	it('Create refuses an empty required title before any request', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: { resource: 'brand', operation: 'create', title: '  ', additionalFields: {} },
		});
		expect(error.message).toBe('Invalid value for "Title": expected a value, but got "  "');
		expect(requests).toEqual([]);
	});

	// Issue 9: an expression may give a value of another type than its parameter's.
	it.each([
		[
			'an object for a text field',
			{ title: { a: 1 } },
			'"Title": expected a text, but got {"a":1}',
		],
		[
			'a list for a text field',
			{ title: ['A', 'B'] },
			'"Title": expected a text, but got ["A","B"]',
		],
		[
			'text for a boolean',
			{ title: 'Smile', additionalFields: { isEnabled: 'yes' } },
			'"Is Enabled": expected true or false, but got "yes"',
		],
		[
			'a list for a boolean',
			{ title: 'Smile', additionalFields: { isEnabled: [true] } },
			'"Is Enabled": expected true or false, but got [true]',
		],
	])(
		'Create refuses %s before any request, naming the parameter',
		async (_case, given, expected) => {
			const { error, requests } = await failHeyDonto({
				parameters: { resource: 'brand', operation: 'create', additionalFields: {}, ...given },
			});
			expect(error.message).toBe(`Invalid value for ${expected}`);
			expect(error.description).toMatch(
				/^Change "(Title|Is Enabled)", or fix the expression that sets it for this item\.$/,
			);
			expect(requests).toEqual([]);
		},
	);

	it('Create sends a number or a boolean an expression gives for a text field as its text, and "true" as true', async () => {
		const { requests } = await runHeyDonto({
			parameters: {
				resource: 'brand',
				operation: 'create',
				title: 2024,
				additionalFields: { isEnabled: 'true' },
			},
			responses: [{ status: 201, body: { id: 3 } }],
		});
		expect(requests).toEqual([send('POST', '/brands', { title: '2024', isEnabled: true })]);
	});
});
