import { fillPath } from '../../nodes/shared/endpoints';

describe('fillPath', () => {
	it('URL-encodes every value', () => {
		expect(fillPath('/patients/{patientId}/notes/{name}', { patientId: 42, name: 'a/b c' })).toBe(
			'/patients/42/notes/a%2Fb%20c',
		);
	});

	it.each([['.'], ['..'], [' .. ']])(
		'refuses %p, which URL-encoding keeps and which would climb out of the path',
		(value) => {
			expect(() => fillPath('/patients/{patientId}', { patientId: value })).toThrow(
				`The path parameter "patientId" of /patients/{patientId} may not be "${value.trim()}"`,
			);
		},
	);

	it('refuses a missing or empty value', () => {
		expect(() => fillPath('/patients/{patientId}', {})).toThrow(
			'Missing path parameter "patientId" for /patients/{patientId}',
		);
		expect(() => fillPath('/patients/{patientId}', { patientId: '' })).toThrow(
			'Missing path parameter',
		);
	});
});
