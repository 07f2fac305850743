import type { AhdsResource } from './types';

/** Practice users. */
export const user: AhdsResource = {
	slug: 'user',
	value: 'user',
	displayName: 'User',
	plural: 'users',
	idField: 'userId',
	source: 'DOCS',
	evidence: 'POST, PATCH, PUT',
	fields: [
		{
			name: 'displayName',
			type: 'string',
			description: 'Name shown for the user',
			placeholder: 'e.g. Dr. Maya Patel',
		},
		{ name: 'isVeterinarian', type: 'boolean', description: 'Whether the user is a veterinarian' },
		{ name: 'isSalesperson', type: 'boolean', description: 'Whether the user sells products' },
	],
};
