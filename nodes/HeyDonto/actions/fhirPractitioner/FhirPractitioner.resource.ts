import { ID, LAST_UPDATED } from '../fhir/codes';
import { nameField } from '../fhir/fields';
import type { PersonExamples } from '../fhir/person';
import { contactFilters, nameFields, nameFilters, personFields } from '../fhir/person';
import { fhirResource } from '../fhir/resource';

const practitioner: PersonExamples = {
	one: 'practitioner',
	family: 'Smith',
	given: 'Jane',
	identifier: 'http://hl7.org/fhir/sid/us-npi|1234567890',
	email: 'jane@example.com',
	use: 'work',
};

/** FHIR Practitioners of a site (DOCS show their read: GET /site/{siteId}/fhir/practitioner/{id}). */
export const fhirPractitioner = fhirResource({
	value: 'fhirPractitioner',
	type: 'Practitioner',
	one: 'FHIR practitioner',
	plural: 'FHIR practitioners',
	filters: [...nameFilters(practitioner), ...contactFilters(practitioner)],
	sortKeys: [
		LAST_UPDATED,
		{ name: 'Family Name', value: 'family' },
		{ name: 'Given Name', value: 'given' },
		ID,
		{ name: 'Name', value: 'name' },
	],
	primary: nameFields(practitioner),
	optional: [
		...personFields(practitioner),
		nameField('prefix', 'Prefixes', 'Prefixes of the official name, separated by commas', 'Dr.'),
	],
});
