import { codedField, nameField, refField } from './common';
import type { AhdsResource } from './types';

/** Animal: the patient record. */
export const animal: AhdsResource = {
	slug: 'animal',
	value: 'animal',
	displayName: 'Animal',
	plural: 'animals',
	idField: 'animalId',
	source: 'DOCS',
	evidence: 'GET list (animalcontroller_findall) and POST',
	fields: [
		nameField('animal', 'Bella'),
		codedField('species', 'species', { code: '448771007', system: 'http://snomed.info/sct' }),
		codedField('breed', 'breed', { code: 'labrador-retriever', system: 'urn:example:breeds' }),
		codedField('sex', 'sex', {
			code: 'female',
			system: 'http://hl7.org/fhir/administrative-gender',
		}),
		{ name: 'colour', type: 'string', description: 'Coat or skin colour', placeholder: 'e.g. Tan' },
		{
			name: 'microchipNumber',
			type: 'string',
			description: 'The microchip number',
			placeholder: 'e.g. 985112004512345',
		},
		refField('ownerContactId', 'contact who owns the animal'),
		refField('residenceContactId', 'contact the animal lives with'),
		{
			name: 'weight',
			type: 'quantity',
			description: 'Body weight as a quantity (value and unit, e.g. 12.5 kg)',
		},
		{ name: 'isDead', type: 'boolean', description: 'Whether the animal has died' },
		{ name: 'desexDate', type: 'date', description: 'Date the animal was desexed' },
		{ name: 'rabiesNumber', type: 'string', description: 'Rabies tag or certificate number' },
		{
			name: 'resuscitationStatus',
			type: 'string',
			description: 'Resuscitation instructions',
			placeholder: 'e.g. CPR',
		},
		refField('herdId', 'herd the animal belongs to'),
	],
};
