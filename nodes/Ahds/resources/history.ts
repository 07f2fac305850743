import { refField } from './common';
import type { AhdsResource } from './types';

/** History: clinical history entries. */
export const history: AhdsResource = {
	slug: 'history',
	value: 'history',
	displayName: 'History Entry',
	plural: 'history entries',
	idField: 'historyId',
	source: 'DOCS',
	evidence: 'POST',
	fields: [
		refField('animalId', 'animal'),
		refField('consultId', 'consult the entry belongs to'),
		{ name: 'eventAt', type: 'dateTime', description: 'When the event happened' },
		{ name: 'comments', type: 'string', description: 'The clinical notes' },
		refField('vetId', 'vet who wrote the entry'),
	],
};
