import { list } from '../../../shared/operations';
import { aerona } from '../../transport';

export const { description, execute } = list(aerona, {
	resource: 'practice',
	endpoint: 'practice.getAll',
});
