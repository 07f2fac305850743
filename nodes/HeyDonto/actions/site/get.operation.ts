import { getById } from '../../../shared/operations';
import { heyDonto } from '../../transport';
import { siteId } from '../common';

export const { description, execute } = getById(heyDonto, {
	resource: 'site',
	endpoint: 'site.get',
	ids: [siteId],
});
