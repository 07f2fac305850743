import { operationPicker, resourceOf } from '../../../shared/operation';
import { getById } from '../../../shared/operations';
import { alfaDocs } from '../../transport';
import { ID } from '../common';
import * as create from './create.operation';
import * as search from './search.operation';
import * as update from './update.operation';
import * as updateCustomFields from './updateCustomFields.operation';

export const patient = resourceOf(
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
	{
		search,
		create,
		get: getById(alfaDocs, { resource: 'patient', endpoint: 'patient.get', ids: [ID.patient] }),
		update,
		updateCustomFields,
	},
);
