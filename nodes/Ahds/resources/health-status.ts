import type { AhdsResource } from './types';

/** Health status: vitals and exam findings. */
export const healthStatus: AhdsResource = {
	slug: 'health-status',
	value: 'healthStatus',
	displayName: 'Health Status',
	plural: 'health statuses',
	idField: 'healthStatusId',
	idFieldInferred: true,
	source: 'DOCS',
	evidence: 'POST, PUT',
	fields: [
		{ name: 'temperature', type: 'number', description: 'Body temperature' },
		{ name: 'heartRate', type: 'number', description: 'Heart rate in beats per minute' },
		{ name: 'respiratoryRate', type: 'number', description: 'Breaths per minute' },
		{
			name: 'mucousMembraneColor',
			type: 'string',
			description: 'Colour of the mucous membranes',
			placeholder: 'e.g. Pink',
		},
		{ name: 'painScore', type: 'number', description: 'Pain score' },
	],
};
