import type { IExecuteFunctions } from 'n8n-workflow';

import { toOneOf } from '../../../shared/choices';
import { forOperation, readReturnAllAndLimit, returnAllAndLimit } from '../../../shared/describe';
import { toIdList } from '../../../shared/lists';
import { heyDonto } from '../../transport';
import { idListField } from '../common';
import { roleOptions } from './fields';

export const description = forOperation('user', 'getAll', [
	{
		displayName: 'Role',
		name: 'userRole',
		type: 'options',
		options: roleOptions,
		default: 'SITE_USER',
		required: true,
		description: 'The role of the users to list (HeyDonto lists one role at a time)',
	},
	idListField('clientAccountIds', 'Client Account IDs', 'Only users of these client accounts'),
	...returnAllAndLimit(),
]);

export async function execute(this: IExecuteFunctions, i: number) {
	const qs = {
		userRole: toOneOf(this, i, 'Role', this.getNodeParameter('userRole', i), roleOptions),
		clientAccountId: toIdList(
			this,
			i,
			'Client Account IDs',
			this.getNodeParameter('clientAccountIds', i, ''),
		),
	};
	return await heyDonto.list.call(
		this,
		{ endpoint: 'user.getAll', qs, itemIndex: i },
		readReturnAllAndLimit(this, i),
	);
}
