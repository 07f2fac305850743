import { nameField, refField } from './common';
import type { AhdsResource } from './types';

export const herd: AhdsResource = {
	slug: 'herd',
	value: 'herd',
	displayName: 'Herd',
	plural: 'herds',
	idField: 'herdId',
	source: 'DOCS',
	evidence: 'PUT /herd/{herdId}',
	fields: [
		nameField('herd', 'North Paddock Ewes'),
		{ name: 'herdType', type: 'string', description: 'Kind of herd', placeholder: 'e.g. Sheep' },
		refField('ownerId', 'contact who owns the herd'),
		refField('locationId', 'location of the herd'),
		{ name: 'estimatedCount', type: 'integer', description: 'Estimated number of animals' },
	],
};
