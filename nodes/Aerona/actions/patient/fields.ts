import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { textField } from '../../../shared/describe';
import type { FieldKinds } from '../../../shared/fields';
import { toApiFields, unwrapLocators } from '../../../shared/fields';
import { idOf } from '../../../shared/ids';
import { toJson } from '../../../shared/validate';
import { patientLocator, practiceLocator } from '../common';

/** The patient Get and Update take: searched by name "From List", or by ID. */
export const patientId = idOf(patientLocator('The patient, searched by name or given by ID'));

/**
 * The patient fields Aerona's API document shows (SEED; its patient record is cut off after
 * address3). Anything else Aerona takes (postcode, phone, email, ...) goes in "Other Fields (JSON)",
 * sent as given.
 */
const text = textField;

/**
 * Aerona publishes no list of its gender, title, patient type, source and referrer numbers: they are
 * the numbers a patient record shows (Patient → Get).
 */
const aeronaId = (name: string, displayName: string, what: string, example: number) =>
	({
		displayName,
		name,
		type: 'number',
		default: 0,
		placeholder: `e.g. ${example}`,
		description: `Aerona's number for the ${what}, as Patient → Get shows it in "${name}" (Aerona publishes no list)`,
	}) as INodeProperties;

export const forenameField = text('forename', 'Forename', 'Mary', "The patient's first name");
export const surnameField = text('surname', 'Surname', 'Simpson', "The patient's last name");

export const dobField: INodeProperties = {
	displayName: 'Date of Birth',
	name: 'dob',
	type: 'dateTime',
	default: '',
	description: 'Only the date is used',
};

export const otherFieldsField: INodeProperties = {
	displayName: 'Other Fields (JSON)',
	name: 'otherFields',
	type: 'json',
	default: '{}',
	description:
		'More fields of the Aerona patient record, sent as given, e.g. {"postcode": "BT47 3AB"}. The seed documents only the fields above.',
};

/** Every optional patient field, alphabetised (Additional Fields on create). */
export const optionalPatientFields: INodeProperties[] = [
	text('address1', 'Address Line 1', 'The Cottage', 'First line of the address'),
	text('address2', 'Address Line 2', 'Killylane', 'Second line of the address'),
	text('address3', 'Address Line 3', 'Eglinton', 'Third line of the address'),
	dobField,
	aeronaId('genderId', 'Gender ID', "patient's gender", 2),
	text('knownAs', 'Known As', 'Tom', 'The name the patient goes by'),
	text('maidenName', 'Maiden Name', 'Jones', "The patient's maiden name"),
	text('occupation', 'Occupation', 'Teacher', "The patient's occupation"),
	otherFieldsField,
	aeronaId('patientTypeId', 'Patient Type ID', 'patient type', 1),
	aeronaId('referrerId', 'Referrer ID', 'referrer', 28),
	aeronaId('sourceId', 'Source ID', 'source the patient came from', 4),
	aeronaId('titleId', 'Title ID', 'title (Mr, Mrs, ...)', 1),
];

/** Update Fields: the optional fields plus the ones create requires, alphabetised. */
export const updatablePatientFields: INodeProperties[] = [
	...optionalPatientFields.slice(0, 4),
	forenameField,
	...optionalPatientFields.slice(4, 10),
	practiceLocator('The practice the patient belongs to', false),
	...optionalPatientFields.slice(10, 12),
	surnameField,
	...optionalPatientFields.slice(12),
];

const maxId = 99999999999;
export const patientKinds: FieldKinds = {
	practiceId: 'id',
	dob: 'date',
	genderId: { integer: [0, maxId] },
	patientTypeId: { integer: [0, maxId] },
	referrerId: { integer: [0, maxId] },
	sourceId: { integer: [0, maxId] },
	titleId: { integer: [0, maxId] },
};

/** A collection of patient fields as a request body; "Other Fields (JSON)" is merged in. */
export function patientBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	values: IDataObject,
	properties: INodeProperties[],
): IDataObject {
	const { otherFields, ...rest } = unwrapLocators(values);
	const body = toApiFields(ctx, itemIndex, rest, properties, patientKinds);
	const isEmptyJson =
		otherFields === undefined ||
		(typeof otherFields === 'string' && ['', '{}'].includes(otherFields.trim()));
	if (isEmptyJson) return body;
	return {
		...(toJson(ctx, itemIndex, 'Other Fields (JSON)', otherFields, 'object') as IDataObject),
		...body,
	};
}
