import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { forOperation } from '../../../shared/describe';
import { invalidParameter, toId, toInteger, toOptionalId } from '../../../shared/validate';
import { assertEitherOr } from '../../../shared/choices';
import { aerona } from '../../transport';
import {
	CLINICIAN_TYPES,
	TIMES_OF_DAY,
	appointmentTypeLocator,
	clinicianLocator,
	practiceLocator,
} from '../common';

const NO_CLINICIAN_TYPE = 0;

export const description = forOperation('appointment', 'findFreeSlots', [
	practiceLocator(
		'The practice to search: required with Clinician Type, and it narrows the Clinician and Appointment Type lists',
		false,
	),
	clinicianLocator(
		'clinicianId',
		'Find the free slots of this clinician. Set either Clinician or Clinician Type, not both.',
		false,
	),
	{
		displayName: 'Clinician Type',
		name: 'clinicianTypeId',
		type: 'options',
		options: [{ name: 'None (Search by Clinician)', value: NO_CLINICIAN_TYPE }, ...CLINICIAN_TYPES],
		default: NO_CLINICIAN_TYPE,
		description:
			'Find the free slots of every clinician of this type at the practice. Set either Clinician or Clinician Type, not both.',
	},
	appointmentTypeLocator('The type of appointment to find slots for'),
	{
		displayName: 'Search Start',
		name: 'searchStart',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'The day the search begins (only the date is used)',
	},
	{
		displayName: 'Time of Day',
		name: 'timeOfDay',
		type: 'options',
		options: TIMES_OF_DAY,
		default: 0,
		description: 'Only slots at this time of day',
	},
] as INodeProperties[]);

function clinicianChoice(ctx: IExecuteFunctions, i: number) {
	const clinicianId = toOptionalId(
		ctx,
		i,
		'Clinician',
		ctx.getNodeParameter('clinicianId', i, '', { extractValue: true }),
	);
	const type = ctx.getNodeParameter('clinicianTypeId', i, NO_CLINICIAN_TYPE);
	const clinicianTypeId =
		type === NO_CLINICIAN_TYPE || type === '' || type === null
			? undefined
			: toInteger(ctx, i, 'Clinician Type', type, 1, 16);
	assertEitherOr(
		ctx,
		i,
		['Clinician', clinicianId !== undefined],
		['Clinician Type', clinicianTypeId !== undefined],
		{
			both: 'Aerona finds the free slots of one clinician, or of every clinician of a type',
			bothFix: 'Clear "Clinician", or set "Clinician Type" to None.',
			neither: 'Aerona needs one of them to find free slots',
			neitherFix: 'Pick a clinician, or a clinician type and a practice.',
		},
	);
	return { clinicianId, clinicianTypeId };
}

/** GET /find-appointment-slots: the next 50 free slots, one item each. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const appointmentTypeId = toId(
		this,
		i,
		'Appointment Type',
		this.getNodeParameter('appointmentTypeId', i, '', { extractValue: true }),
	);
	const { clinicianId, clinicianTypeId } = clinicianChoice(this, i);
	const practiceId = toOptionalId(
		this,
		i,
		'Practice',
		this.getNodeParameter('practiceId', i, '', { extractValue: true }),
	);
	if (clinicianTypeId !== undefined && practiceId === undefined) {
		throw invalidParameter(this, i, 'Practice', 'a practice when searching by Clinician Type');
	}
	const searchStart = toDateOnly(
		this,
		i,
		'Search Start',
		this.getNodeParameter('searchStart', i, ''),
	);
	if (searchStart === undefined) {
		throw invalidParameter(this, i, 'Search Start', 'a date such as 2024-03-20');
	}
	const timeOfDay = toInteger(
		this,
		i,
		'Time of Day',
		this.getNodeParameter('timeOfDay', i, 0),
		0,
		3,
	);
	return await aerona.list.call(
		this,
		{
			endpoint: 'appointment.findFreeSlots',
			qs: { clinicianId, clinicianTypeId, practiceId, appointmentTypeId, searchStart, timeOfDay },
			itemIndex: i,
		},
		{ returnAll: true, limit: 0 },
	);
}
