import { GENDERS, ID, LAST_UPDATED } from '../fhir/codes';
import { elementField } from '../fhir/fields';
import type { PersonExamples } from '../fhir/person';
import { contactFilters, nameFields, nameFilters, personFields } from '../fhir/person';
import { fhirResource } from '../fhir/resource';
import { codeFilter, dayFilter } from '../fhir/search';

const patient: PersonExamples = {
	one: 'patient',
	family: 'Muñoz',
	given: 'Ana, María',
	identifier: 'https://heydonto.com/fhir/sid/pms-patient-id|PMS-1-00001',
	email: 'ana@example.com',
	use: 'home',
};

/** FHIR Patients of a site (DOCS show their create: POST /site/{siteId}/fhir/patient). */
export const fhirPatient = fhirResource({
	value: 'fhirPatient',
	type: 'Patient',
	one: 'FHIR patient',
	plural: 'FHIR patients',
	filters: [
		...nameFilters(patient),
		dayFilter('birthdate', 'Birth Date', 'Patients born on this day'),
		codeFilter('gender', 'Gender', GENDERS, 'Patients of this administrative gender'),
		...contactFilters(patient),
	],
	sortKeys: [
		LAST_UPDATED,
		{ name: 'Birth Date', value: 'birthdate' },
		{ name: 'Family Name', value: 'family' },
		{ name: 'Gender', value: 'gender' },
		{ name: 'Given Name', value: 'given' },
		ID,
		{ name: 'Name', value: 'name' },
	],
	primary: nameFields(patient),
	optional: [
		...personFields(patient),
		elementField('birthDate', 'Birth Date', 'date', 'The date of birth (sent as YYYY-MM-DD)'),
	],
});
