import { nameField } from './common';
import type { AhdsResource } from './types';

export const country: AhdsResource = {
	slug: 'country',
	value: 'country',
	displayName: 'Country',
	plural: 'countries',
	idField: 'countryId',
	source: 'DOCS',
	evidence: 'POST',
	fields: [
		{ name: 'code', type: 'string', description: 'Country code', placeholder: 'e.g. US' },
		nameField('country', 'United States'),
	],
};
