import { deleteById } from '../../../shared/operations';
import { heyDonto } from '../../transport';
import { userId } from './fields';

export const { description, execute } = deleteById(heyDonto, {
	resource: 'user',
	operation: ['delete', 'resendInvitation'],
	endpoint: 'user.delete',
	ids: [userId],
});
