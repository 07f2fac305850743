import { listResource } from '../lists';

export const bookingReason = listResource({
	value: 'bookingReason',
	plural: 'appointment booking reasons',
	endpoint: 'bookingReason.getAll',
	localFilter: {
		displayName: 'Specialty Name or ID',
		name: 'specialtyId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getSpecialties' },
		default: '',
		description:
			'Only reasons of this specialty (filtered by the node; the API has no such filter). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		keep: (record, value) => String(record.specialtyId) === String(value),
	},
});
