import {
	MAX_FORM_DEPTH,
	decodeBracketForm,
	decodeBracketFormChecked,
	formPairs,
	nestedDeeperThan,
	splitBracketKey,
} from '../../nodes/shared/brackets';

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

	it(`decodes keys up to ${MAX_FORM_DEPTH} levels and reports deeper ones without decoding them`, () => {
		const fits = `a${'[b]'.repeat(MAX_FORM_DEPTH - 1)}`;
		const tooDeep = `c${'[d]'.repeat(MAX_FORM_DEPTH)}`;
		const { value, rejected, moreRejected } = decodeBracketFormChecked(
			`${fits}=1&${tooDeep}=2&e=3`,
		);
		let inner = (value as Record<string, unknown>).a;
		for (let level = 1; level < MAX_FORM_DEPTH - 1; level++)
			inner = (inner as Record<string, unknown>).b;
		expect(inner).toEqual({ b: '1' });
		expect((value as Record<string, unknown>).c).toBeUndefined();
		expect((value as Record<string, unknown>).e).toBe('3');
		expect(rejected).toEqual([
			{
				part: tooDeep,
				reason: `the key is nested ${MAX_FORM_DEPTH + 1} levels deep; at most ${MAX_FORM_DEPTH} are decoded`,
			},
		]);
		expect(moreRejected).toBe(0);
	});
});

describe('nestedDeeperThan', () => {
	it('measures nesting without recursion, 100,000 levels included', () => {
		let deep: unknown = 'leaf';
		for (let level = 0; level < 100000; level++) deep = [deep];
		expect(nestedDeeperThan(deep, 32)).toBe(true);
		expect(nestedDeeperThan({ a: { b: { c: 1 } } }, 3)).toBe(false);
		expect(nestedDeeperThan({ a: { b: { c: {} } } }, 3)).toBe(true);
		expect(nestedDeeperThan('text', 0)).toBe(false);
	});
});
