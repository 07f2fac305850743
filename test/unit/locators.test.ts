import { idField, idLocator } from '../../nodes/shared/locators';

const regexOf = (locator: ReturnType<typeof idLocator>) => {
	const byId = locator.modes?.find((mode) => mode.name === 'id');
	const rule = byId?.validation?.[0] as { properties: { regex: string } } | undefined;
	return new RegExp(`^${rule?.properties.regex}$`);
};

describe('shared locators', () => {
	it('a required locator accepts only digits "By ID"; an optional one may also stay empty', () => {
		const required = idLocator('practiceId', 'Practice', 'searchPractices');
		expect(required).toMatchObject({ required: true, default: { mode: 'list', value: '' } });
		expect(regexOf(required).test('9876')).toBe(true);
		expect(regexOf(required).test('')).toBe(false);
		expect(regexOf(required).test('98a')).toBe(false);
		const optional = idLocator('practiceId', 'Practice', 'searchPractices', { required: false });
		expect(optional.required).toBe(false);
		expect(regexOf(optional).test('')).toBe(true);
		expect(regexOf(optional).test('98a')).toBe(false);
		expect(optional.modes?.[0]).toMatchObject({
			name: 'list',
			typeOptions: { searchListMethod: 'searchPractices', searchable: true },
		});
	});

	it('an ID field describes what it identifies', () => {
		expect(idField('patientId', 'Patient ID')).toMatchObject({
			name: 'patientId',
			required: true,
			description: 'The numeric ID of the patient',
		});
	});
});
