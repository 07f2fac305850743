import { refField } from './common';
import type { AhdsResource } from './types';

/** Consult: a visit. */
export const consult: AhdsResource = {
	slug: 'consult',
	value: 'consult',
	displayName: 'Consult',
	plural: 'consults',
	idField: 'consultId',
	source: 'DOCS',
	evidence: 'POST, GET one',
	fields: [
		refField('animalId', 'animal seen'),
		{ name: 'consultedAt', type: 'dateTime', description: 'When the consult took place' },
		refField('vetId', 'vet who saw the animal'),
		{
			name: 'presentingProblems',
			type: 'stringList',
			description: 'The presenting problems, separated by commas',
		},
	],
};
