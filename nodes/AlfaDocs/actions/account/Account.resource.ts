import { listResource } from '../lists';

export const account = listResource({
	value: 'account',
	plural: 'accounts',
	endpoint: 'account.getAll',
});
