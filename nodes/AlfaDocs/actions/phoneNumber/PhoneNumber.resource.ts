import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { readCollection, readCreateBody } from '../../../shared/fields';
import type { Session } from '../../transport';
import type { Resource } from '../common';
import {
	ID,
	assertSomethingToUpdate,
	booleanField,
	collection,
	fetchRecord,
	fetchRecords,
	getRecord,
	idField,
	operationPicker,
	patientLocator,
	readIds,
	updateKeeping,
} from '../common';

export const prefixField: INodeProperties = {
	displayName: 'Prefix',
	name: 'prefix',
	type: 'string',
	default: '+39',
	placeholder: 'e.g. +39',
	description: 'The country prefix',
};

export const numberField: INodeProperties = {
	displayName: 'Number',
	name: 'number',
	type: 'string',
	default: '',
	placeholder: 'e.g. 3471234567',
	description: 'The number without the country prefix',
};

export const phoneOptionalFields: INodeProperties[] = [
	{
		displayName: 'Label',
		name: 'label',
		type: 'string',
		default: '',
		placeholder: 'e.g. Cellulare',
		description: 'What the number is (mobile, home...)',
	},
	booleanField('smsEnabled', 'SMS Enabled', 'Whether the number can receive SMS'),
];

const phoneNumberIdField = idField('phoneNumberId', 'Phone Number ID');
const primary = [
	{ ...prefixField, required: true },
	{ ...numberField, required: true },
];
const updateFields = [numberField, prefixField, ...phoneOptionalFields].sort((a, b) =>
	a.displayName.localeCompare(b.displayName),
);

async function add(this: IExecuteFunctions, i: number, session: Session) {
	const call = readIds(this, i, ID.patient);
	const body = readCreateBody(this, i, primary, phoneOptionalFields);
	return await getRecord(this, i, session, { ...call, endpoint: 'phoneNumber.add', body });
}

/** Prefix and number are required on update too (SEED): unchanged ones are read first. */
async function update(this: IExecuteFunctions, i: number, session: Session) {
	const call = readIds(this, i, ID.patient, ID.phoneNumber);
	const body = readCollection(this, i, 'updateFields', updateFields);
	assertSomethingToUpdate(this, i, body);
	return await updateKeeping(
		this,
		i,
		session,
		{ ...call, endpoint: 'phoneNumber.update', read: 'phoneNumber.get', body },
		['prefix', 'number'],
	);
}

export const phoneNumber: Resource = {
	description: [
		operationPicker(
			'phoneNumber',
			[
				{ name: 'Add', value: 'add', action: 'Add a phone number to a patient' },
				{ name: 'Get', value: 'get', action: 'Get a phone number of a patient' },
				{
					name: 'Get Many',
					value: 'getAll',
					action: 'Get many phone numbers',
					description: 'Get the phone numbers of a patient',
				},
				{
					name: 'Update',
					value: 'update',
					action: 'Update a phone number of a patient',
					description: 'Update a phone number: only the fields you add change',
				},
			],
			'getAll',
		),
		...forOperation('phoneNumber', 'getAll', [patientLocator]),
		...forOperation('phoneNumber', 'add', [
			patientLocator,
			...primary,
			collection('additionalFields', phoneOptionalFields),
		]),
		...forOperation('phoneNumber', 'get', [patientLocator, phoneNumberIdField]),
		...forOperation('phoneNumber', 'update', [
			patientLocator,
			phoneNumberIdField,
			collection('updateFields', updateFields),
		]),
	],
	operations: {
		getAll: fetchRecords('phoneNumber.getAll', ID.patient),
		add,
		get: fetchRecord('phoneNumber.get', ID.patient, ID.phoneNumber),
		update,
	},
};
