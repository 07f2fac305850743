import { refField } from './common';
import type { AhdsResource } from './types';

/** Links between contacts (family and other relations). */
export const contactAssociation: AhdsResource = {
	slug: 'contact-association',
	value: 'contactAssociation',
	displayName: 'Contact Association',
	plural: 'contact associations',
	idField: 'contactAssociationId',
	idFieldInferred: true,
	source: 'DOCS',
	evidence: 'POST, GET list, GET one, PATCH',
	fields: [
		refField('contactId', 'contact'),
		refField('associatedContactId', 'associated contact'),
		{
			name: 'associationClass',
			type: 'options',
			values: ['family', 'other'],
			description: 'Class of the association',
		},
		{
			name: 'associationType',
			type: 'string',
			description: 'Kind of association',
			placeholder: 'e.g. spouse',
		},
	],
};
