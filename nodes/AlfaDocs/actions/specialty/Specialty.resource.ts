import { listResource } from '../lists';

export const specialty = listResource({
	value: 'specialty',
	plural: 'specialties',
	endpoint: 'specialty.getAll',
});
