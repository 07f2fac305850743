import { directionOptions } from '../transaction/fields';
import { windowedGetAll } from '../windowed';

/** The bills of a date range of any length, asked 31 days at a time. */
export const { description, execute } = windowedGetAll({
	resource: 'bill',
	endpoint: 'bill.getAll',
	filters: [
		{
			displayName: 'Care Plan ID',
			name: 'carePlanId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 132',
			description: 'Only bills of this care plan',
		},
		{
			displayName: 'Direction',
			name: 'direction',
			type: 'options',
			options: directionOptions,
			default: 'outgoing',
			description: 'Only bills in this direction',
		},
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: [
				{ name: 'Credit Note', value: 'credit' },
				{ name: 'Full', value: 'full' },
				{ name: 'Partial', value: 'partial' },
				{ name: 'Proforma', value: 'proforma' },
			],
			default: 'full',
			description: 'Only bills of this type',
		},
	],
	filterKinds: { carePlanId: 'id' },
	dateQuery: (window) => ({ dateStart: window.start, dateEnd: window.end }),
});
