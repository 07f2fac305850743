import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { textField } from '../../../shared/describe';
import type { FieldKinds } from '../../../shared/fields';
import { invalidParameter } from '../../../shared/validate';
import { booleanField } from '../common';
import { numberField, phoneOptionalFields, prefixField } from '../phoneNumber/fields';

const text = textField;

export const nameFields: INodeProperties[] = [
	text('firstName', 'First Name', 'Mario', "The patient's first name"),
	text('lastName', 'Last Name', 'Rossi', "The patient's last name"),
];

/** The optional patient fields of AlfaDocs' API document (SEED), named as the API names them. */
export const patientFields: INodeProperties[] = [
	text('city', 'City', 'Milano', 'The city the patient lives in'),
	{
		displayName: 'Date of Birth',
		name: 'dateOfBirth',
		type: 'dateTime',
		default: '',
		description: "The patient's date of birth",
	},
	{
		displayName: 'Default Discount (%)',
		name: 'defaultDiscount',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0, maxValue: 100 },
		description: 'The discount the patient gets by default, in percent',
	},
	booleanField(
		'documentSignatureEmailPossible',
		'Document Signature Email Possible',
		'Whether documents may be sent to the patient by email for signature',
	),
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: "The patient's email address",
	},
	booleanField('emailEnabled', 'Email Enabled', 'Whether AlfaDocs may send the patient emails'),
	booleanField(
		'emailReminderPossible',
		'Email Reminder Possible',
		'Whether the patient may get reminders by email',
	),
	{
		displayName: 'Gender',
		name: 'gender',
		type: 'options',
		options: [
			{ name: 'Female', value: 'f' },
			{ name: 'Male', value: 'm' },
		],
		default: 'f',
		description: "The patient's gender",
	},
	text(
		'italianFiscalCode',
		'Italian Fiscal Code',
		'RSSMRA85T10A562S',
		"The patient's codice fiscale",
	),
	text('job', 'Job', 'Software Engineer', "The patient's occupation"),
	text('placeOfBirth', 'Place of Birth', 'Milano', 'The city the patient was born in'),
	text('postcode', 'Postcode', '20100', "The patient's postcode"),
	{
		displayName: 'Price List ID',
		name: 'priceListId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 283',
		description: 'The price list that applies to the patient',
	},
	text('province', 'Province', 'MI', "The patient's province"),
	booleanField(
		'smsReminderPossible',
		'SMS Reminder Possible',
		'Whether the patient may get reminders by SMS',
	),
	{
		displayName: 'Source ID',
		name: 'sourceId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 283',
		description: 'How the patient found the practice (the sources are set up in AlfaDocs)',
	},
	text('street', 'Street', 'Via Albertazzi 1', "The patient's street address"),
	{
		displayName: 'Yearly Numbering Number',
		name: 'yearlyNumberingNumber',
		type: 'number',
		default: 1,
		description: "The patient's number within the yearly numbering",
	},
	text('yearlyNumberingYear', 'Yearly Numbering Year', '2018', 'The year of the yearly numbering'),
];

export const patientKinds: FieldKinds = {
	dateOfBirth: 'date',
	defaultDiscount: { integer: [0, 100] },
	priceListId: 'id',
	sourceId: 'id',
	yearlyNumberingNumber: { integer: [0, 100000000] },
};

/** Custom patient fields: keys load from the archive's custom fields (technical names). */
export const customFieldsProperty: INodeProperties = {
	displayName: 'Custom Fields',
	name: 'customFields',
	type: 'fixedCollection',
	placeholder: 'Add Custom Field',
	typeOptions: { multipleValues: true },
	default: {},
	description: "Values of the archive's custom patient fields",
	options: [
		{
			displayName: 'Field',
			name: 'field',
			values: [
				{
					displayName: 'Field Name or ID',
					name: 'technicalName',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getPatientCustomFields' },
					default: '',
					description:
						'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				},
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
					description: 'The value of the field',
				},
			],
		},
	],
};

/**
 * The Custom Fields list as `[{technicalName, value}]`, technical names without the underscore patient
 * records put in front of them; a name that is not an identifier fails before any request.
 */
export function readCustomFields(
	ctx: IExecuteFunctions,
	itemIndex: number,
): Array<{ technicalName: string; value: string }> {
	const rows = ctx.getNodeParameter('customFields.field', itemIndex, []) as IDataObject[];
	return rows.map((row) => {
		const name = String(row.technicalName ?? '')
			.trim()
			.replace(/^_/, '');
		if (!/^[A-Za-z][\w-]*$/.test(name)) {
			throw invalidParameter(
				ctx,
				itemIndex,
				'Custom Fields › Field Name or ID',
				'the technical name of a custom patient field, such as personHeight',
				row.technicalName,
			);
		}
		return {
			technicalName: name,
			value: row.value === undefined || row.value === null ? '' : String(row.value),
		};
	});
}

/** Custom fields the way patient bodies and searches carry them: `_technicalName: value`. */
export function underscored(fields: Array<{ technicalName: string; value: string }>): IDataObject {
	return Object.fromEntries(fields.map(({ technicalName, value }) => [`_${technicalName}`, value]));
}

export const phoneNumbersProperty: INodeProperties = {
	displayName: 'Phone Numbers',
	name: 'phoneNumbers',
	type: 'fixedCollection',
	placeholder: 'Add Phone Number',
	typeOptions: { multipleValues: true },
	default: {},
	options: [
		{
			displayName: 'Phone Number',
			name: 'phoneNumber',
			values: [prefixField, numberField, ...phoneOptionalFields],
		},
	],
};
