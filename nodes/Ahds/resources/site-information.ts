import type { AhdsResource } from './types';

export const siteInformation: AhdsResource = {
	slug: 'site-information',
	value: 'siteInformation',
	displayName: 'Site Information',
	plural: 'site information records',
	idField: 'siteInformationId',
	source: 'DOCS',
	evidence: 'POST',
	fields: [
		{
			name: 'practiceType',
			type: 'string',
			description: 'Kind of practice',
			placeholder: 'e.g. small animal',
		},
		{ name: 'prefix', type: 'string', description: 'Prefix of the practice' },
		{
			name: 'timezone',
			type: 'string',
			description: 'IANA time zone of the site',
			placeholder: 'e.g. America/Chicago',
		},
		{ name: 'version', type: 'string', description: 'Version of the practice system' },
	],
};
