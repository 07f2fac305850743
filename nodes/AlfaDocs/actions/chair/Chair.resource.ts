import { listResource } from '../lists';

export const chair = listResource({ value: 'chair', plural: 'chairs', endpoint: 'chair.getAll' });
