import { operationPicker, resourceOf } from '../../../shared/operation';
import { getById, list } from '../../../shared/operations';
import { alfaDocs } from '../../transport';
import { ID } from '../common';
import * as add from './add.operation';
import * as update from './update.operation';

export const phoneNumber = resourceOf(
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
	{
		getAll: list(alfaDocs, {
			resource: 'phoneNumber',
			endpoint: 'phoneNumber.getAll',
			ids: [ID.patient],
			paging: false,
		}),
		add,
		get: getById(alfaDocs, {
			resource: 'phoneNumber',
			endpoint: 'phoneNumber.get',
			ids: [ID.patient, ID.phoneNumber],
		}),
		update,
	},
);
