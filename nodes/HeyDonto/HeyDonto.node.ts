import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { collection, timeoutOption } from '../shared/describe';
import { itemLoopOptions, runPerItem } from '../shared/execute';
import { HEYDONTO_CONCURRENCY, HEYDONTO_TIMEOUT_MS } from '../shared/heydontoPlatform';
import { resourcePicker, resourceProperties, routeOperation } from '../shared/operation';
import { READS, V1_1, concurrency } from './actions/common';
import { RESOURCES } from './actions/resources';
import { listSearch, loadOptions } from './methods';

const resource = resourcePicker(
	[
		{ name: 'Appointment Type', value: 'appointmentType' },
		{ name: 'Availability', value: 'availability' },
		{ name: 'Brand', value: 'brand' },
		{ name: 'Code', value: 'code' },
		{ name: 'Dental Service', value: 'dentalService' },
		{
			name: 'FHIR Appointment',
			value: 'fhirAppointment',
			description: 'Appointments in the FHIR R4 store of a site',
		},
		{
			name: 'FHIR Other Resource',
			value: 'fhirOther',
			description: 'Any FHIR R4 resource type of a site, by its name',
		},
		{
			name: 'FHIR Patient',
			value: 'fhirPatient',
			description: 'Patients in the FHIR R4 store of a site',
		},
		{
			name: 'FHIR Practitioner',
			value: 'fhirPractitioner',
			description: 'Practitioners in the FHIR R4 store of a site',
		},
		{
			name: 'FHIR Schedule',
			value: 'fhirSchedule',
			description: 'Schedules in the FHIR R4 store of a site',
		},
		{
			name: 'FHIR Slot',
			value: 'fhirSlot',
			description: 'Bookable slots in the FHIR R4 store of a site',
		},
		{ name: 'Organization', value: 'organization' },
		{ name: 'Periomeasure', value: 'periomeasure' },
		{ name: 'Practice Management System', value: 'practiceManagementSystem' },
		{ name: 'Site', value: 'site' },
		{ name: 'Site Assistant', value: 'siteAssistant' },
		{ name: 'User', value: 'user' },
	],
	'site',
);

/**
 * The node's Options: Timeout for every operation, Concurrency for those that only read (its own rule).
 * Get Open Slots and the FHIR searches have Options of their own, which hold both.
 */
const options: INodeProperties = {
	...collection('options', [concurrency, timeoutOption('HeyDonto', HEYDONTO_TIMEOUT_MS)]),
	displayOptions: { hide: { resource: ['availability'], operation: ['search'] } },
};

export class HeyDonto implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HeyDonto',
		name: 'heyDonto',
		icon: { light: 'file:../../icons/heydonto.svg', dark: 'file:../../icons/heydonto.dark.svg' },
		group: ['transform'],
		// 1.1: client accounts among the Filters of Get Many, open slots simplified by default.
		version: [1, V1_1],
		defaultVersion: V1_1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Manage dental sites, patients, appointments (FHIR), brands, organizations, services, codes, users and availability in HeyDonto',
		defaults: { name: 'HeyDonto' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'heyDontoApi', required: true }],
		properties: [resource, ...resourceProperties(RESOURCES), options],
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runPerItem.call(
			this,
			routeOperation(RESOURCES, undefined),
			this.continueOnFail(),
			itemLoopOptions(this, READS, HEYDONTO_CONCURRENCY),
		);
	}
}
