import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { searchSites, siteLocator } from '../shared/heydontoPlatform';
import {
	eventProperty,
	pollChanges,
	pollOptions,
	pollSettings,
	startFromProperty,
} from '../shared/polling';
import { toId } from '../shared/validate';
import { outputProperty } from './actions/fhir/search';
import { fhirFeed } from './fhir/feed';
import { simplify } from './fhir/simplify';

const RESOURCES = {
	appointment: { value: 'fhirAppointment', type: 'Appointment', noun: 'appointments' },
	patient: { value: 'fhirPatient', type: 'Patient', noun: 'patients' },
} as const;

const forResource = (resource: keyof typeof RESOURCES) => ({
	show: { resource: [resource] },
});

// n8n's current lint forbids usableAsTool on triggers; the rule version pinned here still asks for it.
// eslint-disable-next-line @n8n/community-nodes/node-usable-as-tool
export class HeyDontoTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HeyDonto Trigger',
		name: 'heyDontoTrigger',
		icon: { light: 'file:../../icons/heydonto.svg', dark: 'file:../../icons/heydonto.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{($parameter["event"] === "created" ? "New " : "New or updated ") + $parameter["resource"] + "s"}}',
		// n8n's node panel shows a trigger's description for its app (HeyDonto and HeyDonto Trigger together).
		description:
			'Manage dental sites, patients, appointments (FHIR), brands, services and availability in HeyDonto, or start a workflow when an appointment or a patient is created or changed',
		defaults: { name: 'HeyDonto Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'heyDontoApi', required: true }],
		properties: [
			siteLocator('The HeyDonto site whose FHIR store to watch'),
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Appointment', value: 'appointment' },
					{ name: 'Patient', value: 'patient' },
				],
				default: 'appointment',
			},
			{ ...eventProperty('Appointment'), displayOptions: forResource('appointment') },
			{ ...eventProperty('Patient'), displayOptions: forResource('patient') },
			startFromProperty,
			outputProperty(false),
			pollOptions(),
		],
	};

	methods = { listSearch: { searchSites } };

	/**
	 * New or changed FHIR resources of the site since the last poll, by meta.lastUpdated (see
	 * nodes/shared/polling.ts for the cursor); a manual run returns the latest few.
	 */
	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const siteId = toId(
			this,
			0,
			'Site',
			this.getNodeParameter('siteId', '', { extractValue: true }),
		);
		const resource = this.getNodeParameter('resource', 'appointment') as keyof typeof RESOURCES;
		const { value, type, noun } = RESOURCES[resource] ?? RESOURCES.appointment;
		const output = this.getNodeParameter('output', 'simple');
		return await pollChanges.call(this, {
			feed: fhirFeed(this, siteId, value, type, noun),
			key: `heydonto|site:${siteId}|${type}`,
			...pollSettings(this),
			output: output === 'raw' ? undefined : simplify,
		});
	}
}
