import { nameField } from './common';
import type { AhdsResource } from './types';

export const species: AhdsResource = {
	slug: 'species',
	value: 'species',
	displayName: 'Species',
	plural: 'species',
	idField: 'speciesId',
	source: 'DOCS',
	evidence: 'POST, GET list, GET one',
	fields: [
		nameField('species', 'Canine'),
		{
			name: 'code',
			type: 'string',
			description: 'Code of the species',
			placeholder: 'e.g. CANINE',
		},
		{
			name: 'aliases',
			type: 'stringList',
			description: 'Other names of the species, separated by commas (e.g. Dog, Canis familiaris)',
		},
	],
};
