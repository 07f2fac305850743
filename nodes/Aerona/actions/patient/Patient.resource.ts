import { operationPicker, resourceOf } from '../../../shared/operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as search from './search.operation';
import * as update from './update.operation';

export const patient = resourceOf(
	operationPicker(
		'patient',
		[
			{
				name: 'Create',
				value: 'create',
				action: 'Create a patient',
				description: 'Register a patient',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a patient',
				description: "Get a patient's complete record by ID",
			},
			{
				name: 'Search',
				value: 'search',
				action: 'Search patients',
				description: 'Search patients by name, date of birth or practice',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a patient',
				description: 'Update a patient: only the fields you add change',
			},
		],
		'get',
	),
	{ create, get, search, update },
);
