import { listResource } from '../lists';

export const paymentType = listResource({
	value: 'paymentType',
	plural: 'payment types',
	endpoint: 'paymentType.getAll',
});
