import { ID, updateOperation } from '../common';
import { numberField, phoneOptionalFields, prefixField } from './fields';

/** Prefix and number are required on update too (SEED): unchanged ones are read first. */
export const { description, execute } = updateOperation({
	resource: 'phoneNumber',
	endpoint: 'phoneNumber.update',
	ids: [ID.patient, ID.phoneNumber],
	fields: [numberField, prefixField, ...phoneOptionalFields].sort((a, b) =>
		a.displayName.localeCompare(b.displayName),
	),
	keep: { read: 'phoneNumber.get', fields: ['prefix', 'number'] },
});
