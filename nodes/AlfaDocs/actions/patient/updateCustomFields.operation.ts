import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { readIds } from '../../../shared/ids';
import { invalidParameter } from '../../../shared/validate';
import type { Session } from '../../transport';
import { alfaDocs } from '../../transport';
import { ID } from '../common';
import { customFieldsProperty, readCustomFields } from './fields';

export const description = forOperation('patient', 'updateCustomFields', [
	ID.patient.property,
	customFieldsProperty,
]);

export async function execute(this: IExecuteFunctions, i: number, session: Session) {
	const ids = readIds(this, i, ID.patient);
	const data = readCustomFields(this, i);
	if (data.length === 0) {
		throw invalidParameter(this, i, 'Custom Fields', 'at least one custom field and its value', '');
	}
	const response = await alfaDocs.request.call(this, {
		...ids,
		endpoint: 'patient.updateCustomFields',
		body: { data },
		itemIndex: i,
		state: session,
	});
	return {
		patientId: ids.params.patientId,
		customFields: data,
		...(response as IDataObject | undefined),
	};
}
