import { listResource } from './lists';

/** The archive's reference lists: each is one Get Many. */
export const account = listResource({
	value: 'account',
	plural: 'accounts',
	endpoint: 'account.getAll',
});

export const bookingReason = listResource({
	value: 'bookingReason',
	plural: 'appointment booking reasons',
	endpoint: 'bookingReason.getAll',
	localFilters: [
		{
			displayName: 'Specialty Name or ID',
			name: 'specialtyId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getSpecialties' },
			default: '',
			description:
				'Only reasons of this specialty (filtered by the node; the API has no such filter). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			keep: (record, value) => String(record.specialtyId) === String(value),
		},
	],
});

export const chair = listResource({ value: 'chair', plural: 'chairs', endpoint: 'chair.getAll' });

export const color = listResource({ value: 'color', plural: 'colors', endpoint: 'color.getAll' });

export const operator = listResource({
	value: 'operator',
	plural: 'operators',
	endpoint: 'operator.getAll',
	queryFilters: [
		{
			displayName: 'Ignore Deleted',
			name: 'ignoreDeleted',
			type: 'boolean',
			default: true,
			description: 'Whether to leave out deleted operators (AlfaDocs includes them otherwise)',
		},
		{
			displayName: 'Italian Fiscal Code',
			name: 'italianFiscalCode',
			type: 'string',
			default: '',
			placeholder: 'e.g. RSSMRA85T10A562S',
			description: 'Only the operator with this codice fiscale',
		},
	],
});

export const paymentType = listResource({
	value: 'paymentType',
	plural: 'payment types',
	endpoint: 'paymentType.getAll',
});

export const specialty = listResource({
	value: 'specialty',
	plural: 'specialties',
	endpoint: 'specialty.getAll',
});
