import { decodeBracketForm, formPairs, splitBracketKey } from '../../nodes/shared/brackets';

describe('decodeBracketForm', () => {
	it('turns indexed bracket keys into an array of nested events', () => {
		const body =
			'0%5Bevent%5D=appointment_created&0%5BobjectId%5D=12345&0%5Bdata%5D%5Bcreated_entity%5D%5Bid%5D=12345' +
			'&0%5Bdata%5D%5Bcreated_entity%5D%5BarchiveId%5D=67890&1[event]=patient_updated&1[data][updated_entity][lastName]=De+Luca';
		expect(decodeBracketForm(body)).toEqual([
			{
				event: 'appointment_created',
				objectId: '12345',
				data: { created_entity: { id: '12345', archiveId: '67890' } },
			},
			{ event: 'patient_updated', data: { updated_entity: { lastName: 'De Luca' } } },
		]);
	});

	it('reads the flat key/value object a plain form parser gives, repeated keys included', () => {
		expect(
			decodeBracketForm({
				'0[event]': 'patient_created',
				'0[data][tags][]': ['a', 'b'],
				plain: 'x',
			}),
		).toEqual({ 0: { event: 'patient_created', data: { tags: ['a', 'b'] } }, plain: 'x' });
	});

	it('orders sparse indexes, keeps strings as strings, and ignores prototype keys', () => {
		expect(decodeBracketForm('2[v]=0039&0[v]=1&__proto__[polluted]=1&a[constructor]=2')).toEqual({
			0: { v: '1' },
			2: { v: '0039' },
			a: {},
		});
		expect(({} as { polluted?: string }).polluted).toBeUndefined();
		expect(decodeBracketForm('2[v]=0039&0[v]=1')).toEqual([{ v: '1' }, { v: '0039' }]);
	});

	it('keeps keys with unbalanced brackets literally and decodes malformed escapes as text', () => {
		expect(splitBracketKey('a[b')).toEqual(['a[b']);
		expect(splitBracketKey('a[b][0][]')).toEqual(['a', 'b', '0', '']);
		expect(formPairs('a=%E0%A4%A&b')).toEqual([
			['a', '%E0%A4%A'],
			['b', ''],
		]);
	});
});
