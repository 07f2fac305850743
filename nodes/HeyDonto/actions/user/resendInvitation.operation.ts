import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readIds } from '../../../shared/ids';
import { heyDonto } from '../../transport';
import { userId } from './fields';

/** The User ID parameter, which Delete and Resend Invitation share. */
export { description } from './delete.operation';

export async function execute(this: IExecuteFunctions, i: number) {
	const { params, subject } = readIds(this, i, userId);
	const response = await heyDonto.request.call(this, {
		endpoint: 'user.resendInvitation',
		params,
		itemIndex: i,
		subject,
	});
	return { userId: params.userId, invitationSent: true, ...(response as IDataObject | undefined) };
}
