import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { readParameters, toApiFields } from '../../../shared/fields';
import { idParameter } from '../../../shared/validate';
import type { Session } from '../../transport';
import type { Resource } from '../common';
import {
	assertSomethingToUpdate,
	booleanField,
	getRecord,
	getRecords,
	idField,
	operationPicker,
	patientLocator,
	patientOf,
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

const phoneOf = (ctx: IExecuteFunctions, i: number) => {
	const { patientId, subject: patient } = patientOf(ctx, i);
	const phoneNumberId = idParameter(ctx, i, 'phoneNumberId', 'Phone Number ID');
	return {
		params: { patientId, phoneNumberId },
		subject: { label: 'Phone Number', id: phoneNumberId, parent: patient },
	};
};

async function getAll(this: IExecuteFunctions, i: number, session: Session) {
	const { patientId, subject } = patientOf(this, i);
	return await getRecords(this, i, session, {
		endpoint: 'phoneNumber.getAll',
		params: { patientId },
		subject,
	});
}

async function add(this: IExecuteFunctions, i: number, session: Session) {
	const { patientId, subject } = patientOf(this, i);
	const body = {
		...readParameters(this, i, primary),
		...toApiFields(
			this,
			i,
			this.getNodeParameter('additionalFields', i, {}) as IDataObject,
			phoneOptionalFields,
		),
	};
	return await getRecord(this, i, session, {
		endpoint: 'phoneNumber.add',
		params: { patientId },
		body,
		subject,
	});
}

async function get(this: IExecuteFunctions, i: number, session: Session) {
	const { params, subject } = phoneOf(this, i);
	return await getRecord(this, i, session, { endpoint: 'phoneNumber.get', params, subject });
}

/** Prefix and number are required on update too (SEED), so unchanged ones come from the current record. */
async function update(this: IExecuteFunctions, i: number, session: Session) {
	const { params, subject } = phoneOf(this, i);
	const updates = toApiFields(
		this,
		i,
		this.getNodeParameter('updateFields', i, {}) as IDataObject,
		updateFields,
	);
	assertSomethingToUpdate(this, i, updates);
	const needsCurrent = updates.prefix === undefined || updates.number === undefined;
	const current = needsCurrent
		? await getRecord(this, i, session, { endpoint: 'phoneNumber.get', params, subject })
		: {};
	return await getRecord(this, i, session, {
		endpoint: 'phoneNumber.update',
		params,
		body: { prefix: current.prefix, number: current.number, ...updates },
		subject,
	});
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
			{
				displayName: 'Additional Fields',
				name: 'additionalFields',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: phoneOptionalFields,
			},
		]),
		...forOperation('phoneNumber', 'get', [patientLocator, phoneNumberIdField]),
		...forOperation('phoneNumber', 'update', [
			patientLocator,
			phoneNumberIdField,
			{
				displayName: 'Update Fields',
				name: 'updateFields',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: updateFields,
			},
		]),
	],
	operations: { getAll, add, get, update },
};
