import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collection, forOperation } from '../../../shared/describe';
import { readCreateBody } from '../../../shared/fields';
import { requireString } from '../../../shared/validate';
import type { Session } from '../../transport';
import { alfaDocs } from '../../transport';
import {
	customFieldsProperty,
	nameFields,
	patientFields,
	patientKinds,
	phoneNumbersProperty,
	readCustomFields,
	underscored,
} from './fields';

const primary = nameFields.map((field) => ({ ...field, required: true }));

export const description = forOperation('patient', 'create', [
	...primary,
	collection('additionalFields', patientFields),
	phoneNumbersProperty,
	customFieldsProperty,
]);

function phoneNumbers(ctx: IExecuteFunctions, i: number) {
	const rows = ctx.getNodeParameter('phoneNumbers.phoneNumber', i, []) as IDataObject[];
	return rows.map((row, index) => {
		const label = `Phone Numbers › ${index + 1} › Number`;
		const number = requireString(ctx, i, label, row.number, 'a phone number such as 3471234567');
		const prefix = requireString(
			ctx,
			i,
			`Phone Numbers › ${index + 1} › Prefix`,
			row.prefix,
			'a country prefix such as +39',
		);
		return { ...row, prefix, number };
	});
}

export async function execute(this: IExecuteFunctions, i: number, session: Session) {
	const body: IDataObject = {
		...readCreateBody(this, i, primary, patientFields, patientKinds),
		...underscored(readCustomFields(this, i)),
	};
	const numbers = phoneNumbers(this, i);
	if (numbers.length > 0) body.phoneNumbers = numbers;
	return await alfaDocs.record.call(this, {
		endpoint: 'patient.create',
		body,
		itemIndex: i,
		state: session,
	});
}
