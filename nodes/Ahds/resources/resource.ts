import { nameField } from './common';
import type { AhdsResource } from './types';

/** Schedulable resources: vets, rooms, equipment. */
export const resource: AhdsResource = {
	slug: 'resource',
	value: 'schedulableResource',
	displayName: 'Schedulable Resource',
	plural: 'schedulable resources',
	idField: 'resourceId',
	source: 'DOCS',
	evidence: 'POST',
	fields: [
		nameField('resource', 'Consult Room 1'),
		{
			name: 'resourceType',
			type: 'string',
			description: 'Kind of resource',
			placeholder: 'e.g. room',
		},
	],
};
