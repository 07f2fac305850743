import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, returnAllAndLimit } from '../../../shared/describe';
import { readCollection, readCreateBody } from '../../../shared/fields';
import { collectOffsetPages } from '../../../shared/paginate';
import { invalidParameter, requireString } from '../../../shared/validate';
import type { Session } from '../../transport';
import type { Resource } from '../common';
import {
	ID,
	assertSomethingToUpdate,
	collection,
	fetchRecord,
	getRecord,
	operationPicker,
	patientLocator,
	readIds,
	send,
	updateKeeping,
} from '../common';
import {
	customFieldsProperty,
	nameFields,
	patientFields,
	patientKinds,
	phoneNumbersProperty,
	readCustomFields,
	underscored,
} from './fields';

/** Patient search pages with offset/limit; the largest page the seed shows is 100. */
export const PATIENT_PAGE_SIZE = 100;

const primary = nameFields.map((field) => ({ ...field, required: true }));
const updateFields = [...nameFields, ...patientFields].sort((a, b) =>
	a.displayName.localeCompare(b.displayName),
);

const searchFilters: INodeProperties[] = [
	{
		displayName: 'Date of Birth',
		name: 'dateBirth',
		type: 'dateTime',
		default: '',
		description: 'Only patients born on this day',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'Only patients with this email address',
	},
	{ ...nameFields[0], description: 'Only patients with this first name' },
	{
		displayName: 'Italian Fiscal Code',
		name: 'italianFiscalCode',
		type: 'string',
		default: '',
		placeholder: 'e.g. RSSMRA85T10A562S',
		description: 'Only the patient with this codice fiscale',
	},
	{ ...nameFields[1], description: 'Only patients with this last name' },
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		default: '',
		placeholder: 'e.g. 3471234567',
		description: 'Only patients with this phone number (without the prefix)',
	},
	{
		displayName: 'Phone Number Prefix',
		name: 'phoneNumberPrefix',
		type: 'string',
		default: '',
		placeholder: 'e.g. 0039',
		description: 'The country prefix of the phone number, as AlfaDocs stores it (e.g. 0039)',
	},
];

interface SearchPage {
	links?: { next?: unknown };
	total?: unknown;
	results?: unknown;
}

/**
 * Search answers `{links, total, offset, limit, results}`. Return All follows the next link (or the
 * offset when there is none), 100 patients a page; Limit asks only for what it needs.
 */
async function search(this: IExecuteFunctions, i: number, session: Session) {
	const qs = {
		...readCollection(this, i, 'filters', searchFilters, { dateBirth: 'date' }),
		...underscored(readCustomFields(this, i)),
	};
	return await collectOffsetPages(
		async ({ offset, limit, next }) => {
			const page = (await send(this, i, session, {
				endpoint: 'patient.search',
				qs: { ...qs, offset, limit },
				link: next,
			})) as SearchPage;
			return {
				items: Array.isArray(page?.results) ? (page.results as IDataObject[]) : [],
				total: typeof page?.total === 'number' ? page.total : undefined,
				next:
					typeof page?.links?.next === 'string' && page.links.next !== ''
						? page.links.next
						: undefined,
			};
		},
		{
			returnAll: this.getNodeParameter('returnAll', i) as boolean,
			limit: this.getNodeParameter('limit', i, 50) as number,
			maxPageSize: PATIENT_PAGE_SIZE,
		},
	);
}

function phoneNumbers(ctx: IExecuteFunctions, i: number) {
	const rows = ctx.getNodeParameter('phoneNumbers.phoneNumber', i, []) as IDataObject[];
	return rows.map((row, index) => {
		const label = `Phone Numbers › ${index + 1} › Number`;
		const number = requireString(ctx, i, label, row.number, 'a phone number such as 3471234567');
		const prefix = requireString(
			ctx,
			i,
			`Phone Numbers › ${index + 1} › Prefix`,
			row.prefix,
			'a country prefix such as +39',
		);
		return { ...row, prefix, number };
	});
}

async function create(this: IExecuteFunctions, i: number, session: Session) {
	const body: IDataObject = {
		...readCreateBody(this, i, primary, patientFields, patientKinds),
		...underscored(readCustomFields(this, i)),
	};
	const numbers = phoneNumbers(this, i);
	if (numbers.length > 0) body.phoneNumbers = numbers;
	return await getRecord(this, i, session, { endpoint: 'patient.create', body });
}

/** First and last name are required on update too (SEED): unchanged ones are read first. */
async function update(this: IExecuteFunctions, i: number, session: Session) {
	const call = readIds(this, i, ID.patient);
	const body = {
		...readCollection(this, i, 'updateFields', updateFields, patientKinds),
		...underscored(readCustomFields(this, i)),
	};
	assertSomethingToUpdate(this, i, body, ['Update Fields', 'Custom Fields']);
	return await updateKeeping(
		this,
		i,
		session,
		{ ...call, endpoint: 'patient.update', read: 'patient.get', body },
		['firstName', 'lastName'],
	);
}

async function updateCustomFields(this: IExecuteFunctions, i: number, session: Session) {
	const call = readIds(this, i, ID.patient);
	const data = readCustomFields(this, i);
	if (data.length === 0) {
		throw invalidParameter(this, i, 'Custom Fields', 'at least one custom field and its value', '');
	}
	const response = await send(this, i, session, {
		...call,
		endpoint: 'patient.updateCustomFields',
		body: { data },
	});
	return {
		patientId: call.params.patientId,
		customFields: data,
		...(response as IDataObject | undefined),
	};
}

export const patient: Resource = {
	description: [
		operationPicker(
			'patient',
			[
				{ name: 'Create', value: 'create', action: 'Create a patient' },
				{
					name: 'Get',
					value: 'get',
					action: 'Get a patient',
					description: 'Get a patient, with its custom fields (also works for deleted patients)',
				},
				{
					name: 'Search',
					value: 'search',
					action: 'Search patients',
					description:
						'Find patients by name, email, phone, fiscal code, birth date or custom fields',
				},
				{
					name: 'Update',
					value: 'update',
					action: 'Update a patient',
					description: 'Update a patient: only the fields you add change',
				},
				{
					name: 'Update Custom Fields',
					value: 'updateCustomFields',
					action: 'Update the custom fields of a patient',
				},
			],
			'search',
		),
		...forOperation('patient', 'search', [
			...returnAllAndLimit(),
			collection('filters', searchFilters),
			{ ...customFieldsProperty, description: 'Only patients with these custom field values' },
		]),
		...forOperation('patient', 'create', [
			...primary,
			collection('additionalFields', patientFields),
			phoneNumbersProperty,
			customFieldsProperty,
		]),
		...forOperation('patient', 'get', [patientLocator]),
		...forOperation('patient', 'update', [
			patientLocator,
			collection('updateFields', updateFields),
			customFieldsProperty,
		]),
		...forOperation('patient', 'updateCustomFields', [patientLocator, customFieldsProperty]),
	],
	operations: {
		search,
		create,
		get: fetchRecord('patient.get', ID.patient),
		update,
		updateCustomFields,
	},
};
