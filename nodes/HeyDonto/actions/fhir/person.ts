import { GENDERS } from './codes';
import type { FhirField } from './fields';
import { contactField, elementField, identifierField, nameField } from './fields';
import type { SearchFilter } from './search';
import { booleanFilter, textFilter } from './search';

/**
 * What Patients and Practitioners share (FHIR gives both a HumanName, ContactPoints, identifiers and
 * an active flag): their search parameters and typed fields, worded for each.
 */
export interface PersonExamples {
	/** "patient", "practitioner". */
	one: string;
	family: string;
	given: string;
	identifier: string;
	email: string;
	/** The `use` of a new phone or email: home for patients, work for practitioners. */
	use: 'home' | 'work';
}

const plural = (words: PersonExamples) =>
	`${words.one.charAt(0).toUpperCase()}${words.one.slice(1)}s`;

export const nameFilters = (words: PersonExamples): SearchFilter[] => [
	textFilter(
		'name',
		'Name',
		`${plural(words)} with a name part (given, family...) starting with this text`,
		words.family.toLowerCase(),
	),
	textFilter(
		'family',
		'Family Name',
		`${plural(words)} whose family name starts with this text`,
		words.family,
	),
	textFilter(
		'given',
		'Given Name',
		`${plural(words)} with a given name starting with this text`,
		words.given,
	),
];

export const contactFilters = (words: PersonExamples): SearchFilter[] => [
	textFilter(
		'identifier',
		'Identifier',
		`${plural(words)} with this identifier: a value, or system|value`,
		words.identifier,
	),
	textFilter('email', 'Email', `${plural(words)} with this email address`, words.email),
	textFilter('phone', 'Phone', `${plural(words)} with this phone number`, '+1-512-555-0100'),
	booleanFilter(
		'active',
		'Active',
		`Whether to return only active ${words.one} records (on) or only inactive ones (off)`,
	),
];

/** Create's top-level fields: the official name. */
export const nameFields = (words: PersonExamples): FhirField[] => [
	nameField(
		'family',
		'Family Name',
		'The family name (surname) of the official name',
		words.family,
	),
	nameField(
		'given',
		'Given Names',
		'The given names of the official name, separated by commas',
		words.given,
	),
];

export const personFields = (words: PersonExamples): FhirField[] => [
	elementField('active', 'Active', 'boolean', `Whether the ${words.one} record is in active use`),
	contactField('email', 'Email', words.use, words.email),
	elementField('gender', 'Gender', GENDERS, 'The administrative gender'),
	identifierField(`The ${words.one}'s identifier`, words.identifier),
	contactField('phone', 'Phone', words.use === 'home' ? 'mobile' : 'work', '+1-512-555-0100'),
];
