import type { IExecuteFunctions } from 'n8n-workflow';

import { collection, forOperation } from '../../../shared/describe';
import { readCreateBody } from '../../../shared/fields';
import { readIds } from '../../../shared/ids';
import type { Session } from '../../transport';
import { alfaDocs } from '../../transport';
import { ID } from '../common';
import { numberField, phoneOptionalFields, prefixField } from './fields';

const primary = [
	{ ...prefixField, required: true },
	{ ...numberField, required: true },
];

export const description = forOperation('phoneNumber', 'add', [
	ID.patient.property,
	...primary,
	collection('additionalFields', phoneOptionalFields),
]);

export async function execute(this: IExecuteFunctions, i: number, session: Session) {
	const ids = readIds(this, i, ID.patient);
	const body = readCreateBody(this, i, primary, phoneOptionalFields);
	return await alfaDocs.record.call(this, {
		...ids,
		endpoint: 'phoneNumber.add',
		body,
		itemIndex: i,
		state: session,
	});
}
