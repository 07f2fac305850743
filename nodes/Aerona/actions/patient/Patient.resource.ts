import type { INodeProperties } from 'n8n-workflow';

import { practiceLocator } from '../common';
import { getByIdOperation, listOperation, resourceOf } from '../operations';
import * as create from './create.operation';
import { dobField, forenameField, surnameField } from './fields';
import * as update from './update.operation';

const operationPicker: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['patient'] } },
	options: [
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
	default: 'get',
};

export const patient = resourceOf(operationPicker, {
	create,
	get: getByIdOperation('patient', 'patient.get', 'patientId', 'Patient'),
	search: listOperation({
		resource: 'patient',
		operation: 'search',
		endpoint: 'patient.search',
		filters: [
			dobField,
			{ ...forenameField, description: 'Only patients with this first name' },
			practiceLocator('Only patients of this practice', false),
			{ ...surnameField, description: 'Only patients with this last name' },
		],
		kinds: { practiceId: 'id', dob: 'date' },
	}),
	update,
});
