import type { IExecuteFunctions } from 'n8n-workflow';

import { isUuid, toBaseUrl, toDecimalString, toUuid } from '../../nodes/shared/validate';
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
