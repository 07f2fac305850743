import type { AhdsResource } from './types';

/** Wellness plans and packages. No fields in the excerpt. */
export const wellnessResource: AhdsResource = {
	slug: 'wellness-resource',
	value: 'wellnessResource',
	displayName: 'Wellness Resource',
	plural: 'wellness resources',
	idField: 'wellnessResourceId',
	idFieldInferred: true,
	source: 'DOCS',
	evidence: 'POST (path from the tag slug); no fields in the excerpt',
	fields: [],
};
