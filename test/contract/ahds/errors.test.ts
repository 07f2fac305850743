import type { IDataObject } from 'n8n-workflow';

import { AHDS, UUID, failAhds, items, request, runAhds, site } from '../../helpers/ahds';

/**
 * Bad input stops the node before any request, with an error naming the parameter and what it
 * expects; API failures carry AHDS's message, the status and a hint.
 */
const base = { resource: 'contact', siteId: site };

const badInput: Array<[string, IDataObject, string]> = [
	[
		'an invalid UUID',
		{ ...base, operation: 'get', contactId: '3f2b8c1e-not-a-uuid' },
		'Invalid value for "Contact": expected a UUID such as 123e4567-e89b-12d3-a456-426614174000, but got "3f2b8c1e-not-a-uuid"',
	],
	[
		'an invalid UUID on Create',
		{
			...base,
			operation: 'create',
			contactId: '12345',
			firstName: 'Jane',
			lastName: 'Doe',
			contactDetails: {},
			additionalFields: {},
		},
		'Invalid value for "Contact ID": expected a UUID such as 123e4567-e89b-12d3-a456-426614174000, but got "12345"',
	],
	[
		'a page size over 100',
		{ ...base, operation: 'getAll', returnAll: true, options: { pageSize: 250 } },
		'Invalid value for "Page Size": expected a whole number from 1 to 100, but got 250',
	],
	[
		'an unknown sort field',
		{ ...base, operation: 'getAll', returnAll: true, options: { sortBy: 'shoeSize' } },
		'Invalid value for "Sort By": expected one of createdAt, updatedAt, firstName, lastName, businessName, code, birthDate, driverLicenseExpiryDate, driverLicenseIssuer, driverLicenseNumber, but got "shoeSize"',
	],
	[
		'a JSON body that does not parse',
		{
			...base,
			operation: 'create',
			contactId: '',
			bodyMode: 'json',
			jsonBody: '{"firstName": "Jane",}',
		},
		'Invalid JSON in "Body (JSON)": ',
	],
	[
		'a JSON body that is not an object',
		{ ...base, operation: 'update', contactId: UUID, bodyMode: 'json', jsonBody: '[1, 2]' },
		'Invalid value for "Body (JSON)": expected a JSON object, but got "[1, 2]"',
	],
	[
		'an empty required field',
		{
			...base,
			operation: 'create',
			contactId: '',
			firstName: '  ',
			lastName: 'Doe',
			contactDetails: {},
			additionalFields: {},
		},
		'Invalid value for "First Name": expected a value, but got "  "',
	],
	[
		'a contact detail without its value',
		{
			...base,
			operation: 'create',
			contactId: '',
			firstName: 'Jane',
			lastName: 'Doe',
			contactDetails: {
				entry: [
					{
						name: 'Email',
						value: '',
						contactDetailTypeCode: 'email',
						contactDetailTypeSystem: 'x',
					},
				],
			},
			additionalFields: {},
		},
		'Invalid value for "Contact Details 1 › Value": expected a value, but it is empty',
	],
	[
		'a coded value without its system',
		{
			...base,
			operation: 'update',
			contactId: UUID,
			updateFields: { creditStatusConcept: { value: { code: 'OK', system: '' } } },
		},
		'Invalid value for "Credit Status Concept": expected a code and the URI of its code system, but got {"code":"OK","system":"","display":""}',
	],
	[
		'a date that is not a date',
		{ ...base, operation: 'update', contactId: UUID, updateFields: { birthDate: '31/31/1985' } },
		'Invalid value for "Birth Date": expected a date such as 2024-03-20, but got "31/31/1985"',
	],
	[
		'an option the API does not know',
		{ ...base, operation: 'update', contactId: UUID, updateFields: { creditStatus: 'MAYBE' } },
		'Invalid value for "Credit Status": expected one of OK, WARNING, STOP, but got "MAYBE"',
	],
	[
		'a filter UUID that is not a UUID',
		{ ...base, operation: 'getAll', returnAll: true, filters: { ownershipId: 'acme' } },
		'Invalid value for "Ownership ID": expected a UUID such as 123e4567-e89b-12d3-a456-426614174000, but got "acme"',
	],
	[
		'extensions that are not JSON',
		{ ...base, operation: 'update', contactId: UUID, updateFields: { extensions: '{oops' } },
		'Invalid JSON in "Extensions": ',
	],
	[
		'nothing to update',
		{ ...base, operation: 'update', contactId: UUID, bodyMode: 'fields', updateFields: {} },
		'Nothing to update: "Update Fields" is empty',
	],
	[
		'an empty JSON body on Update',
		{ ...base, operation: 'update', contactId: UUID, bodyMode: 'json', jsonBody: '{}' },
		'Nothing to update: "Body (JSON)" is empty',
	],
	[
		'a site that is not a number',
		{
			...base,
			siteId: { __rl: true, mode: 'id', value: 'north' },
			operation: 'get',
			contactId: UUID,
		},
		'Invalid value for "Site": expected a numeric ID (a whole number such as 42), but got "north"',
	],
	[
		'a base URL that is not a URL',
		{ ...base, operation: 'get', contactId: UUID, options: { baseUrl: 'api.example.com' } },
		'Invalid value for "Base URL": expected an http or https address such as https://api.example.com, but got "api.example.com"',
	],
];

describe('AHDS › bad input fails before any request', () => {
	it.each(badInput)('%s', async (_, parameters, message) => {
		const { error, requests } = await failAhds({ parameters });
		if (message.endsWith(': ')) expect(error.message.startsWith(message)).toBe(true);
		else expect(error.message).toBe(message);
		expect(error.constructor.name).toBe('NodeOperationError');
		expect(requests).toEqual([]);
	});

	it('with Continue On Fail, bad input becomes an error item linked to its input', async () => {
		const { output, requests } = await runAhds({
			continueOnFail: true,
			items: [{ json: {} }, { json: {} }],
			parameters: (i) => ({ ...base, operation: 'get', contactId: i === 0 ? 'nope' : UUID }),
			responses: [{ body: { contactId: UUID } }],
		});
		expect(requests).toEqual([request('GET', `${AHDS}/contact/${UUID}`)]);
		expect(output).toEqual([
			{
				json: {
					error:
						'Invalid value for "Contact": expected a UUID such as 123e4567-e89b-12d3-a456-426614174000, but got "nope"',
					description: 'Change "Contact", or fix the expression that sets it for this item.',
				},
				pairedItem: { item: 0 },
			},
			...items([{ contactId: UUID }], 1),
		]);
	});
});

describe('AHDS › API failures', () => {
	it('a 404 names the record and the site', async () => {
		const { error } = await failAhds({
			parameters: { ...base, operation: 'get', contactId: UUID },
			responses: [
				{ status: 404, body: { statusCode: 404, message: `Contact with ID ${UUID} not found` } },
			],
		});
		expect(error.message).toBe(`The AHDS API answered 404: Contact with ID ${UUID} not found`);
		expect(error.description).toBe(
			`No contact with ID ${UUID} exists in site 7, or the site is not visible to this credential. Check the Contact ID and the Site.`,
		);
		expect(error.httpCode).toBe('404');
	});

	it('a 404 on a list points at the site, the path name and the base URL', async () => {
		const { error } = await failAhds({
			parameters: { ...base, operation: 'getAll', returnAll: false, limit: 5 },
			responses: [{ status: 404, body: { statusCode: 404, message: 'Cannot GET /x' } }],
		});
		expect(error.description).toBe(
			'Check the Site (ID 7) and the resource path name "contact". If the path is right, AHDS may not be served at http://heydonto.test: set Options › Base URL.',
		);
	});

	it('a 409 on Create says the UUID is taken and how to get a new one', async () => {
		const { error } = await failAhds({
			parameters: {
				...base,
				operation: 'create',
				contactId: UUID,
				firstName: 'Jane',
				lastName: 'Doe',
				contactDetails: {},
				additionalFields: {},
			},
			responses: [
				{
					status: 409,
					body: {
						statusCode: 409,
						message: `Contact with ID ${UUID} already exists`,
						error: 'Conflict',
					},
				},
			],
		});
		expect(error.message).toBe(`The AHDS API answered 409: Contact with ID ${UUID} already exists`);
		expect(error.description).toBe(
			'A contact with this ID already exists. Leave "Contact ID" empty to have a new UUID generated, or use Update or Replace to change the existing record.',
		);
	});

	it('a 400 on Replace lists the messages and explains that Replace needs every field', async () => {
		const { error } = await failAhds({
			parameters: {
				...base,
				operation: 'replace',
				contactId: UUID,
				bodyMode: 'json',
				jsonBody: { firstName: 'Jane' },
			},
			responses: [
				{
					status: 400,
					body: {
						statusCode: 400,
						message: ['lastName should not be empty', 'contactDetails should not be empty'],
						error: 'Bad Request',
					},
				},
			],
		});
		expect(error.message).toBe(
			'The AHDS API answered 400: lastName should not be empty; contactDetails should not be empty',
		);
		expect(error.description).toBe(
			'AHDS rejected the body. Replace sends the whole record: give every field the API requires, or use Update to change only some fields.',
		);
	});

	it('a network failure names the host called and the Base URL option', async () => {
		const { error, requests } = await failAhds({
			parameters: { ...base, operation: 'delete', contactId: UUID },
			responses: [{ networkError: 'ENOTFOUND' }],
		});
		expect(requests).toHaveLength(1);
		expect(error.message).toBe(
			'Could not reach the AHDS API: The connection cannot be established, this usually occurs due to an incorrect host (domain) value',
		);
		expect(error.description).toBe(
			"Network error ENOTFOUND. The node calls http://heydonto.test. No production AHDS host is documented: set Options › Base URL, or check the HeyDonto credential's Environment or Base URL.",
		);
	});

	it('with Continue On Fail, an API failure becomes an error item with the status', async () => {
		const { output } = await runAhds({
			continueOnFail: true,
			parameters: { ...base, operation: 'get', contactId: UUID },
			responses: [
				{ status: 404, body: { statusCode: 404, message: `Contact with ID ${UUID} not found` } },
			],
		});
		expect(output).toEqual([
			{
				json: {
					error: `The AHDS API answered 404: Contact with ID ${UUID} not found`,
					description: `No contact with ID ${UUID} exists in site 7, or the site is not visible to this credential. Check the Contact ID and the Site.`,
					httpCode: '404',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('no token appears in an error', async () => {
		const { error } = await failAhds({
			parameters: { ...base, operation: 'get', contactId: UUID },
			responses: Array.from({ length: 3 }, () => ({
				status: 401,
				body: { statusCode: 401, message: 'Unauthorized' },
			})),
		});
		expect(error.message).toBe('The AHDS API answered 401: Unauthorized');
		expect(error.description).toBe(
			'Check the HeyDonto credential: the JWT may be expired or revoked, or the email and password are wrong.',
		);
		expect(JSON.stringify(error)).not.toMatch(/eyJ/);
	});
});
