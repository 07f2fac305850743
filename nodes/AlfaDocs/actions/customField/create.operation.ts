import type { INodeProperties } from 'n8n-workflow';

import type { FieldKinds } from '../../../shared/fields';
import { create } from '../../../shared/operations';
import { alfaDocs } from '../../transport';

export const objectTypeHint = 'The kind of record the field belongs to, e.g. patient or care_plan';

const primary: INodeProperties[] = [
	{
		displayName: 'Object Type',
		name: 'objectType',
		type: 'string',
		default: 'patient',
		required: true,
		placeholder: 'e.g. patient',
		description: objectTypeHint,
	},
	{
		displayName: 'Label',
		name: 'label',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Person Height',
		description: 'The label users see in AlfaDocs',
	},
	{
		displayName: 'Technical Name',
		name: 'technicalName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. personHeight',
		description:
			'The name used in the API; patient records carry the value under it with an underscore in front (e.g. _personHeight)',
	},
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'Dropdown', value: 'dropdown' },
			{ name: 'Single Checkbox', value: 'single_checkbox' },
			{ name: 'Single Line Text', value: 'single_line_text' },
		],
		default: 'single_line_text',
		required: true,
		description:
			'The kind of input (AlfaDocs names these three as examples; an expression can set another)',
	},
];

const optional: INodeProperties[] = [
	{
		displayName: 'Choices',
		name: 'choices',
		type: 'string',
		default: '',
		placeholder: 'e.g. Small, Medium, Large',
		description: 'The choices of a dropdown, comma-separated (or an expression returning an array)',
	},
	{
		displayName: 'Sequence Number',
		name: 'sequenceNumber',
		type: 'number',
		default: 1,
		description: 'The position of the field in AlfaDocs forms',
	},
];

const kinds: FieldKinds = {
	sequenceNumber: { integer: [0, 100000] },
	choices: {
		expected: 'a comma-separated list or an array',
		convert: (_ctx, _i, _label, value) =>
			Array.isArray(value)
				? value.map(String)
				: String(value)
						.split(',')
						.map((choice) => choice.trim())
						.filter((choice) => choice !== ''),
	},
};

export const { description, execute } = create(alfaDocs, {
	resource: 'customField',
	endpoint: 'customField.create',
	primary,
	optional: optional,
	kinds: kinds,
});
