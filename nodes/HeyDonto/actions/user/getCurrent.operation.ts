import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { heyDonto } from '../../transport';

/** No parameters: the user is the credential's. */
export const description: INodeProperties[] = [];

export async function execute(this: IExecuteFunctions, i: number) {
	return await heyDonto.record.call(this, { endpoint: 'auth.currentUser', itemIndex: i });
}
