import { nameField, refField } from './common';
import type { AhdsResource } from './types';

export const breed: AhdsResource = {
	slug: 'breed',
	value: 'breed',
	displayName: 'Breed',
	plural: 'breeds',
	idField: 'breedId',
	source: 'DOCS',
	evidence: 'POST, DELETE',
	fields: [
		nameField('breed', 'Labrador Retriever'),
		refField('speciesId', 'species of the breed'),
		{ name: 'code', type: 'string', description: 'Code of the breed', placeholder: 'e.g. LAB' },
		{ name: 'breedCode', type: 'string', description: 'Breed code of an external registry' },
	],
};
