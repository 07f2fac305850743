import {
	P,
	byId,
	expected,
	refused,
	items,
	list,
	ME,
	meRequest,
	one,
	runAlfaDocs,
} from '../../helpers/alfadocs';

describe('AlfaDocs › Phone Number', () => {
	const phone = {
		id: '3',
		prefix: '+39',
		number: '3471234567',
		label: 'Cellulare',
		smsEnabled: true,
	};

	it('Get Many lists the numbers of a patient', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: { resource: 'phoneNumber', operation: 'getAll', patientId: byId(42) },
			responses: [{ body: ME }, { body: list([phone]) }],
		});
		expect(requests).toEqual([meRequest, expected('GET', `${P}/patients/42/phone-numbers`)]);
		expect(output).toEqual(items([phone]));
	});

	it('Add sends prefix, number and the additional fields', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'phoneNumber',
				operation: 'add',
				patientId: byId(42),
				prefix: '+39',
				number: '3471234567',
				additionalFields: { label: 'Cellulare', smsEnabled: true },
			},
			responses: [{ body: ME }, { body: one(phone) }],
		});
		expect(requests).toEqual([
			meRequest,
			expected('POST', `${P}/patients/42/phone-numbers`, {
				body: { prefix: '+39', number: '3471234567', label: 'Cellulare', smsEnabled: true },
			}),
		]);
		expect(output).toEqual(items([phone]));
	});

	it('Add fails before any request without a number', async () => {
		expect(
			await refused({
				parameters: {
					resource: 'phoneNumber',
					operation: 'add',
					patientId: byId(42),
					prefix: '+39',
					number: '',
					additionalFields: {},
				},
			}),
		).toBe('Invalid value for "Number": expected a value, but it is empty');
	});

	it('Get reads one number', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'phoneNumber',
				operation: 'get',
				patientId: byId(42),
				phoneNumberId: '3',
			},
			responses: [{ body: ME }, { body: one(phone) }],
		});
		expect(requests).toEqual([meRequest, expected('GET', `${P}/patients/42/phone-numbers/3`)]);
		expect(output).toEqual(items([phone]));
	});

	it('Update keeps the current prefix and number when only the label changes (PATCH)', async () => {
		const updated = { ...phone, label: 'Casa' };
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'phoneNumber',
				operation: 'update',
				patientId: byId(42),
				phoneNumberId: '3',
				updateFields: { label: 'Casa' },
			},
			responses: [{ body: ME }, { body: one(phone) }, { body: one(updated) }],
		});
		expect(requests).toEqual([
			meRequest,
			expected('GET', `${P}/patients/42/phone-numbers/3`),
			expected('PATCH', `${P}/patients/42/phone-numbers/3`, {
				body: { prefix: '+39', number: '3471234567', label: 'Casa' },
			}),
		]);
		expect(output).toEqual(items([updated]));
	});
});
