import { create } from '../../../shared/operations';
import { alfaDocs } from '../../transport';
import { ID } from '../common';
import { numberField, phoneOptionalFields, prefixField } from './fields';

const primary = [
	{ ...prefixField, required: true },
	{ ...numberField, required: true },
];

export const { description, execute } = create(alfaDocs, {
	resource: 'phoneNumber',
	operation: 'add',
	ids: [ID.patient],
	endpoint: 'phoneNumber.add',
	primary,
	optional: phoneOptionalFields,
});
