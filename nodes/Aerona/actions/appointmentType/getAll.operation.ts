import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { list } from '../../../shared/operations';
import { assertEitherOr } from '../../../shared/choices';
import { aerona } from '../../transport';
import { CLINICIAN_TYPES, practiceLocator } from '../common';

const filters: INodeProperties[] = [
	{
		displayName: 'Clinician Type',
		name: 'clinicianTypeId',
		type: 'options',
		options: CLINICIAN_TYPES,
		default: 1,
		description: 'Only the appointment types of this clinician type',
	},
	{
		displayName: 'Include Disabled',
		name: 'includeDisabled',
		type: 'boolean',
		default: false,
		description: 'Whether to include disabled appointment types',
	},
	{
		displayName: 'Onsite Only',
		name: 'onsiteOnly',
		type: 'boolean',
		default: false,
		description: 'Whether to return only onsite appointment types',
	},
	practiceLocator(
		"The practice whose appointment types to get (default: the signed-in user's practice; a practice on its master practice's types gets those)",
		false,
	),
	{
		displayName: 'Remote Only',
		name: 'remoteOnly',
		type: 'boolean',
		default: false,
		description: 'Whether to return only remote appointment types',
	},
];

export const { description, execute } = list(aerona, {
	resource: 'appointmentType',
	endpoint: 'appointmentType.getAll',
	filters,
	kinds: { practiceId: 'id', clinicianTypeId: { integer: [1, 16] } },
	check(ctx: IExecuteFunctions, itemIndex: number, qs: IDataObject) {
		assertEitherOr(
			ctx,
			itemIndex,
			['Onsite Only', qs.onsiteOnly === true],
			['Remote Only', qs.remoteOnly === true],
			{ both: 'no appointment type is both', bothFix: 'Turn one of the two filters off.' },
		);
	},
});
