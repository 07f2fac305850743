import { windowedGetAll } from '../windowed';
import { directionOptions } from './fields';

/** Transactions' dateStart/dateEnd are typed date-time: each window covers whole days. */
export const { description, execute } = windowedGetAll({
	resource: 'transaction',
	endpoint: 'transaction.getAll',
	filters: [
		{
			displayName: 'Bill ID',
			name: 'billId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 69215',
			description: 'Only transactions of this bill',
		},
		{
			displayName: 'Direction',
			name: 'direction',
			type: 'options',
			options: directionOptions,
			default: 'incoming',
			description: 'Only transactions in this direction',
		},
	],
	filterKinds: { billId: 'id' },
	dateQuery: (window) => ({
		dateStart: `${window.start} 00:00:00`,
		dateEnd: `${window.end} 23:59:59`,
	}),
});
