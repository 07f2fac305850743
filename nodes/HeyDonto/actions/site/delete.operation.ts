import { deleteById } from '../../../shared/operations';
import { heyDonto } from '../../transport';
import { siteId } from '../common';

export const { description, execute } = deleteById(heyDonto, {
	resource: 'site',
	endpoint: 'site.delete',
	ids: [siteId],
});
