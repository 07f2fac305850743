import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/describe';
import { idParameter } from '../../../shared/validate';
import { heyDontoRequest } from '../../transport';
import { userIdField } from './fields';

/** Delete and Resend Invitation: both take only the user ID. */
export const description = updateDisplayOptions(
	{ show: { resource: ['user'], operation: ['delete', 'resendInvitation'] } },
	[userIdField],
);

export async function executeDelete(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const userId = idParameter(this, i, 'userId', 'User ID');
	await heyDontoRequest.call(this, {
		endpoint: 'user.delete',
		params: { userId },
		itemIndex: i,
		subject: { label: 'User', id: userId },
	});
	return { id: userId, deleted: true };
}

export async function executeResendInvitation(
	this: IExecuteFunctions,
	i: number,
): Promise<IDataObject> {
	const userId = idParameter(this, i, 'userId', 'User ID');
	const response = await heyDontoRequest.call(this, {
		endpoint: 'user.resendInvitation',
		params: { userId },
		itemIndex: i,
		subject: { label: 'User', id: userId },
	});
	return { userId, invitationSent: true, ...(response as IDataObject | undefined) };
}

export async function executeGetCurrent(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return (await heyDontoRequest.call(this, {
		endpoint: 'auth.currentUser',
		itemIndex: i,
	})) as IDataObject;
}
