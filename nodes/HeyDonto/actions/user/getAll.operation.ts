import type { IExecuteFunctions } from 'n8n-workflow';

import { toOneOf } from '../../../shared/choices';
import {
	collection,
	forOperation,
	forVersions,
	readReturnAllAndLimit,
	returnAllAndLimit,
} from '../../../shared/describe';
import { readCollection } from '../../../shared/fields';
import { heyDonto } from '../../transport';
import { V1_1, idListField, legacyClientAccounts, legacyClientAccountsQuery } from '../common';
import { roleOptions } from './fields';

const CLIENT_ACCOUNTS = 'Only users of these client accounts';

const filters = [idListField('clientAccountId', 'Client Account IDs', CLIENT_ACCOUNTS)];

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
	...legacyClientAccounts(CLIENT_ACCOUNTS),
	...returnAllAndLimit(),
	...forVersions([collection('filters', filters)], V1_1),
]);

export async function execute(this: IExecuteFunctions, i: number) {
	const qs = {
		userRole: toOneOf(this, i, 'Role', this.getNodeParameter('userRole', i), roleOptions),
		...legacyClientAccountsQuery(this, i),
		...readCollection(this, i, 'filters', filters, { clientAccountId: 'idList' }),
	};
	return await heyDonto.list.call(
		this,
		{ endpoint: 'user.getAll', qs, itemIndex: i },
		readReturnAllAndLimit(this, i),
	);
}
