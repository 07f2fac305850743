import { nameField } from './common';
import type { AhdsResource } from './types';

/** Care protocols. */
export const standardofcare: AhdsResource = {
	slug: 'standardofcare',
	value: 'standardOfCare',
	displayName: 'Standard of Care',
	plural: 'standards of care',
	idField: 'standardofcareId',
	source: 'DOCS',
	evidence: 'POST (path from the tag slug)',
	fields: [
		nameField('standard of care', 'Puppy vaccination course'),
		{ name: 'steps', type: 'json', description: 'The steps of the protocol, as a JSON array' },
		{
			name: 'applicableSpecies',
			type: 'stringList',
			description: 'Species the protocol applies to, separated by commas',
		},
	],
};
