import { refField } from './common';
import type { AhdsResource } from './types';

export const prescription: AhdsResource = {
	slug: 'prescription',
	value: 'prescription',
	displayName: 'Prescription',
	plural: 'prescriptions',
	idField: 'prescriptionId',
	source: 'DOCS',
	evidence: 'POST',
	fields: [
		refField('animalId', 'animal the prescription is for'),
		{
			name: 'items',
			type: 'json',
			description: 'The prescribed items, as a JSON array',
			placeholder: '[{"productId": "…", "quantity": 1}]',
		},
		refField('prescribingVetUserId', 'user (vet) who prescribed'),
		{ name: 'prescribedAt', type: 'dateTime', description: 'When it was prescribed' },
	],
};
