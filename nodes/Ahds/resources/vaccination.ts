import { refField } from './common';
import type { AhdsResource } from './types';

export const vaccination: AhdsResource = {
	slug: 'vaccination',
	value: 'vaccination',
	displayName: 'Vaccination',
	plural: 'vaccinations',
	idField: 'vaccinationId',
	idFieldInferred: true,
	source: 'DOCS',
	evidence: 'GET list',
	fields: [
		refField('animalId', 'vaccinated animal'),
		refField('productId', 'vaccine product'),
		refField('batchId', 'vaccine batch'),
		{ name: 'administeredAt', type: 'dateTime', description: 'When the vaccine was given' },
		{
			name: 'nextAdministrationDate',
			type: 'date',
			description: 'When the next dose is due, sent as YYYY-MM-DD',
		},
	],
};
