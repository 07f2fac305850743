import { listResource } from '../lists';

export const color = listResource({ value: 'color', plural: 'colors', endpoint: 'color.getAll' });
