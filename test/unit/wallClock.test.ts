import type { IExecuteFunctions } from 'n8n-workflow';

import { toWallClock } from '../../nodes/shared/dates';

const ctx = { getNode: () => ({ name: 'Test' }) } as unknown as IExecuteFunctions;
const wall = (value: unknown, zone = 'Europe/Rome') => toWallClock(ctx, 0, 'Date', value, zone);

describe('toWallClock', () => {
	it('sends a value without an offset as written', () => {
		expect(wall('2026-03-02T09:30:00')).toBe('2026-03-02 09:30:00');
		expect(wall('2026-03-02 09:30')).toBe('2026-03-02 09:30:00');
		expect(wall('2026-03-02')).toBe('2026-03-02 00:00:00');
	});

	it('converts a value with Z or an offset to the given zone, daylight saving included', () => {
		expect(wall('2026-01-15T08:30:00Z')).toBe('2026-01-15 09:30:00');
		expect(wall('2026-07-15T08:30:00.000Z')).toBe('2026-07-15 10:30:00');
		expect(wall('2026-07-15T08:30:00-04:00', 'America/New_York')).toBe('2026-07-15 08:30:00');
		expect(wall(new Date('2026-01-15T08:30:00Z'))).toBe('2026-01-15 09:30:00');
	});

	it('leaves empty values out and names the parameter for values that are not dates', () => {
		expect(wall('')).toBeUndefined();
		expect(() => wall('tomorrow morning')).toThrow(
			'Invalid value for "Date": expected a date and time such as 2024-03-20 09:30 or 2024-03-20T09:30:00, but got "tomorrow morning"',
		);
	});
});
