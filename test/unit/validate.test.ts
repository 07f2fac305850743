import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { fillPath } from '../../nodes/shared/endpoints';
import { toApiFields } from '../../nodes/shared/fields';
import {
	isUuid,
	toBaseUrl,
	toDecimalString,
	toPathSegment,
	toUuid,
} from '../../nodes/shared/validate';
import { toOneOf } from '../../nodes/shared/choices';
import { toTextList, toUuidList } from '../../nodes/shared/lists';
import { TEST_NODE } from '../helpers/fakeN8n';

const ctx = { getNode: () => TEST_NODE } as unknown as IExecuteFunctions;
const A = '3f2b8c1e-9d4a-4e6b-8f0c-1a2b3c4d5e6f';
const B = '7C9E6679-7425-40DE-944B-E07FC1F90AE7';

const failure = (run: () => unknown) => {
	try {
		run();
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('expected a failure');
};

describe('UUID checks', () => {
	it('accept any UUID version in either case, trimmed', () => {
		expect(isUuid(A)).toBe(true);
		expect(isUuid(B)).toBe(true);
		expect(isUuid(`${A}x`)).toBe(false);
		expect(isUuid(42)).toBe(false);
		expect(toUuid(ctx, 0, 'Contact ID', ` ${A} `)).toBe(A);
	});

	it('name the parameter and show an example when the value is not a UUID', () => {
		expect(failure(() => toUuid(ctx, 0, 'Contact ID', 'abc'))).toBe(
			'Invalid value for "Contact ID": expected a UUID such as 123e4567-e89b-12d3-a456-426614174000, but got "abc"',
		);
		expect(failure(() => toUuid(ctx, 0, 'Contact ID', ''))).toBe(
			'Invalid value for "Contact ID": expected a UUID such as 123e4567-e89b-12d3-a456-426614174000, but it is empty',
		);
	});

	it('read UUID lists from text or arrays', () => {
		expect(toUuidList(ctx, 0, 'Resource IDs', `${A}, ${B}\n`)).toEqual([A, B]);
		expect(toUuidList(ctx, 0, 'Resource IDs', [A])).toEqual([A]);
		expect(toUuidList(ctx, 0, 'Resource IDs', '')).toEqual([]);
		expect(failure(() => toUuidList(ctx, 0, 'Resource IDs', `${A}, 12`))).toBe(
			`Invalid value for "Resource IDs": expected a list of UUIDs separated by commas (e.g. 123e4567-e89b-12d3-a456-426614174000), but got "${A}, 12"`,
		);
	});
});

describe('other value checks', () => {
	it('text lists split on commas and new lines', () => {
		expect(toTextList(ctx, 0, 'Aliases', 'Dog,\n Canis familiaris ,')).toEqual([
			'Dog',
			'Canis familiaris',
		]);
		expect(toTextList(ctx, 0, 'Aliases', ['Dog', 2])).toEqual(['Dog', '2']);
		expect(failure(() => toTextList(ctx, 0, 'Aliases', [{}]))).toBe(
			'Invalid value for "Aliases": expected a list of texts separated by commas, but got [{}]',
		);
	});

	it('decimal amounts stay text, as money is sent', () => {
		expect(toDecimalString(ctx, 0, 'Amount', 120.5)).toBe('120.5');
		expect(toDecimalString(ctx, 0, 'Amount', ' 100.00 ')).toBe('100.00');
		expect(failure(() => toDecimalString(ctx, 0, 'Amount', '1,000'))).toBe(
			'Invalid value for "Amount": expected a decimal amount such as 100.00, but got "1,000"',
		);
	});

	it('one of a set of values', () => {
		expect(toOneOf(ctx, 0, 'Sort Order', 'asc', ['asc', 'desc'])).toBe('asc');
		expect(failure(() => toOneOf(ctx, 0, 'Sort Order', 'up', ['asc', 'desc']))).toBe(
			'Invalid value for "Sort Order": expected one of asc, desc, but got "up"',
		);
	});

	it('base URLs: http(s) only, trailing slashes dropped', () => {
		expect(toBaseUrl(ctx, 0, 'Base URL', 'https://api.example.com/v2//')).toBe(
			'https://api.example.com/v2',
		);
		expect(toBaseUrl(ctx, 0, 'Base URL', 'http://127.0.0.1:3901')).toBe('http://127.0.0.1:3901');
		for (const bad of ['ftp://x.example', 'api.example.com', 'https://', 'https://a b.com']) {
			expect(failure(() => toBaseUrl(ctx, 0, 'Base URL', bad))).toMatch(
				/^Invalid value for "Base URL": expected an http or https address/,
			);
		}
	});
});

describe('typed parameters (issue 9): what an expression gives is checked against the parameter type', () => {
	const properties: INodeProperties[] = [
		{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		{ displayName: 'Count', name: 'count', type: 'number', default: 0 },
		{ displayName: 'Active', name: 'active', type: 'boolean', default: false },
		{
			displayName: 'Sequence',
			name: 'sequence',
			type: 'options',
			default: 4,
			options: [
				{ name: 'Mobility', value: 0 },
				{ name: 'Probing', value: 4 },
			],
		},
		{
			displayName: 'Tags',
			name: 'tags',
			type: 'multiOptions',
			default: [],
			options: [
				{ name: 'A', value: 'a' },
				{ name: 'B', value: 'b' },
			],
		},
		{
			displayName: 'Operator',
			name: 'operator',
			type: 'options',
			default: '',
			typeOptions: { loadOptionsMethod: 'getOperators' },
		},
	];
	const fields = (values: IDataObject) => toApiFields(ctx, 0, values, properties);

	it('takes what fits, converting text the way a user means it', () => {
		expect(
			fields({
				name: 12,
				count: '3.5',
				active: 'false',
				sequence: '4',
				tags: ['b'],
				operator: 'anything',
			}),
		).toEqual({
			name: '12',
			count: 3.5,
			active: false,
			sequence: 4,
			tags: ['b'],
			operator: 'anything',
		});
	});

	it.each([
		[{ name: { a: 1 } }, '"Name": expected a text, but got {"a":1}'],
		[{ count: 'many' }, '"Count": expected a number, but got "many"'],
		[{ count: [1] }, '"Count": expected a number, but got [1]'],
		[{ active: [true] }, '"Active": expected true or false, but got [true]'],
		[{ sequence: 9 }, '"Sequence": expected one of 0, 4, but got 9'],
		[{ tags: 'a' }, '"Tags": expected a list, but got "a"'],
		[{ tags: ['a', 'z'] }, '"Tags": expected one of a, b, but got "z"'],
	])('refuses %j, naming the parameter', (values, expected) => {
		expect(failure(() => fields(values))).toBe(`Invalid value for ${expected}`);
	});

	it('refuses "." and ".." as a path segment; fillPath refuses them too, as a last line', () => {
		expect(toPathSegment(ctx, 0, 'Name', ' summary ')).toBe('summary');
		expect(failure(() => toPathSegment(ctx, 0, 'Name', '..'))).toBe(
			'Invalid value for "Name": expected a value, not "." or "..", but got ".."',
		);
		expect(fillPath('/ui-elements/{name}', { name: '.x' })).toBe('/ui-elements/.x');
		expect(fillPath('/ui-elements/{name}', { name: 'a/..' })).toBe('/ui-elements/a%2F..');
		expect(failure(() => fillPath('/ui-elements/{name}', { name: '..' }))).toBe(
			'The path parameter "name" of /ui-elements/{name} may not be ".."',
		);
	});
});
