import { operationPicker, resourceOf } from '../../../shared/operation';
import { list } from '../../../shared/operations';
import { alfaDocs } from '../../transport';
import * as create from './create.operation';
import { objectTypeHint } from './create.operation';

export const customField = resourceOf(
	operationPicker(
		'customField',
		[
			{
				name: 'Create',
				value: 'create',
				action: 'Create a custom field',
				description: 'Create a custom field for patients, care plans or other records',
			},
			{ name: 'Get Many', value: 'getAll', action: 'Get many custom fields' },
		],
		'getAll',
	),
	{
		getAll: list(alfaDocs, {
			resource: 'customField',
			endpoint: 'customField.getAll',
			filters: [
				{
					displayName: 'Object Type',
					name: 'objectType',
					type: 'string',
					default: 'patient',
					placeholder: 'e.g. patient',
					description: `Only fields of this object type. ${objectTypeHint}.`,
				},
			],
		}),
		create,
	},
);
