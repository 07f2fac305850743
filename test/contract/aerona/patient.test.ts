import { byId, failAerona, fromList, get, items, runAerona, send } from '../../helpers/aerona';

const mary = {
	practiceId: 9876,
	patientTypeId: 1,
	sourceId: 4,
	referrerId: 28,
	genderId: 2,
	titleId: 0,
	forename: 'Mary',
	surname: 'Simpson',
	maidenName: 'Jones',
	occupation: 'Teacher',
	dob: '2000-09-13',
	knownAs: 'Tom',
	address1: 'The Cottage',
	address2: 'Killylane',
	address3: 'Eglinton',
	postcode: 'BT47 3AB',
};

describe('Aerona › Patient', () => {
	it('Get reads the complete record', async () => {
		const { output, requests } = await runAerona({
			parameters: { resource: 'patient', operation: 'get', patientId: '426709' },
			responses: [{ body: mary }],
		});
		expect(requests).toEqual([get('/patients/426709')]);
		expect(output).toEqual(items([mary]));
	});

	it('Create sends the required and additional fields, Other Fields (JSON) merged in, and outputs a bare ID as { id }', async () => {
		const { output, requests } = await runAerona({
			parameters: {
				resource: 'patient',
				operation: 'create',
				practiceId: fromList(9876),
				forename: 'Mary',
				surname: 'Simpson',
				additionalFields: {
					dob: '2000-09-13',
					titleId: 0,
					genderId: 2,
					address1: 'The Cottage',
					otherFields: '{"postcode": "BT47 3AB", "forename": "ignored"}',
				},
			},
			responses: [{ body: 426910 }],
		});
		expect(requests).toEqual([
			send('POST', '/patients', {
				postcode: 'BT47 3AB',
				dob: '2000-09-13',
				titleId: 0,
				genderId: 2,
				address1: 'The Cottage',
				practiceId: 9876,
				forename: 'Mary',
				surname: 'Simpson',
			}),
		]);
		expect(output).toEqual(items([{ id: 426910 }]));
	});

	it('Create outputs a record answer as it is', async () => {
		const { output } = await runAerona({
			parameters: {
				resource: 'patient',
				operation: 'create',
				practiceId: byId(9876),
				forename: 'Ann',
				surname: 'Lee',
				additionalFields: {},
			},
			responses: [{ body: { id: 7, forename: 'Ann', surname: 'Lee', practiceId: 9876 } }],
		});
		expect(output).toEqual(items([{ id: 7, forename: 'Ann', surname: 'Lee', practiceId: 9876 }]));
	});

	it.each([
		[{ surname: '' }, 'Invalid value for "Surname": expected a value, but it is empty'],
		[
			{ additionalFields: { dob: '13/09/2000' } },
			'Invalid value for "Date of Birth": expected a date such as 2024-03-20, but got "13/09/2000"',
		],
		[
			{ additionalFields: { otherFields: '[1, 2]' } },
			'Invalid value for "Other Fields (JSON)": expected a JSON object, but got "[1, 2]"',
		],
		[
			{ additionalFields: { genderId: -1 } },
			'Invalid value for "Gender ID": expected a whole number from 0 to 99999999999, but got -1',
		],
	])('Create rejects bad input before any request: %j', async (overrides, message) => {
		const { error, requests } = await failAerona({
			parameters: {
				resource: 'patient',
				operation: 'create',
				practiceId: fromList(9876),
				forename: 'Mary',
				surname: 'Simpson',
				additionalFields: {},
				...overrides,
			},
		});
		expect(requests).toEqual([]);
		expect(error.message).toBe(message);
	});

	it('Update reads the patient and sends the whole record back with the changes', async () => {
		const { output, requests } = await runAerona({
			parameters: {
				resource: 'patient',
				operation: 'update',
				patientId: '426709',
				updateFields: {
					surname: 'Smith',
					practiceId: byId(9877),
					otherFields: '{"postcode": "BT1 1AA"}',
				},
			},
			responses: [{ body: mary }, { body: true }],
		});
		expect(requests).toEqual([
			get('/patients/426709'),
			send('PUT', '/patients/426709', {
				...mary,
				surname: 'Smith',
				practiceId: 9877,
				postcode: 'BT1 1AA',
			}),
		]);
		expect(output).toEqual(items([{ success: true }]));
	});

	it('Update with no fields fails before any request', async () => {
		const { error, requests } = await failAerona({
			parameters: {
				resource: 'patient',
				operation: 'update',
				patientId: '426709',
				updateFields: {},
			},
		});
		expect(requests).toEqual([]);
		expect(error.message).toBe('Nothing to update: "Update Fields" is empty');
		expect(error.description).toBe('Add at least one field to "Update Fields".');
	});

	it('Update of a missing patient stops at the read, naming the ID', async () => {
		const { error, requests } = await failAerona({
			parameters: {
				resource: 'patient',
				operation: 'update',
				patientId: '9',
				updateFields: { knownAs: 'Bo' },
			},
			responses: [{ status: 404, body: { status: 404, message: 'Patient not found' } }],
		});
		expect(requests).toEqual([get('/patients/9')]);
		expect(error.message).toBe('The Aerona API answered 404: Patient not found');
		expect(error.description).toBe(
			'No patient with ID 9 exists or is visible to this Aerona user. Check the Patient ID.',
		);
	});

	it('Search sends the filters (inferred names) and outputs one item per patient', async () => {
		const { output, requests } = await runAerona({
			parameters: {
				resource: 'patient',
				operation: 'search',
				returnAll: true,
				filters: { surname: 'Simpson', dob: '2000-09-13', practiceId: fromList(9876) },
			},
			responses: [{ body: [mary] }],
		});
		expect(requests).toEqual([
			get('/patients/search', { dob: '2000-09-13', practiceId: 9876, surname: 'Simpson' }),
		]);
		expect(output).toEqual(items([mary]));
	});
});
