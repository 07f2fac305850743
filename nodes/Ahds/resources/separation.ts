import type { AhdsResource } from './types';

/** Ownership, location and grouping separations. */
export const separation: AhdsResource = {
	slug: 'separation',
	value: 'separation',
	displayName: 'Separation',
	plural: 'separations',
	idField: 'separationId',
	idFieldInferred: true,
	source: 'DOCS',
	evidence: 'GET list',
	fields: [
		{
			name: 'category',
			type: 'options',
			values: ['ownership', 'location', 'grouping', 'other'],
			description: 'Kind of separation',
		},
	],
};
