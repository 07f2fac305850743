import type {
	IDataObject,
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
import { isBlank, toBaseUrl, toId } from '../shared/validate';
import { BASE_URL_OPTION, OTHER } from './engine/describe';
import type { AhdsTarget } from './engine/feed';
import { ahdsFeed } from './engine/feed';
import { resourceOptions } from './engine';
import { defaultIdField, RESOURCE_PATH, toPathName } from './engine/other';
import { AHDS_RESOURCES } from './resources';

const forOther = { show: { resource: [OTHER] } };

// n8n's current lint forbids usableAsTool on triggers; the rule version pinned here still asks for it.
// eslint-disable-next-line @n8n/community-nodes/node-usable-as-tool
export class AhdsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'AHDS Trigger',
		name: 'ahdsTrigger',
		icon: { light: 'file:../../icons/ahds.svg', dark: 'file:../../icons/ahds.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{($parameter["event"] === "created" ? "New " : "New or updated ") + ($parameter["resource"] === "other" ? $parameter["resourcePath"] : $parameter["resource"]) + " records"}}',
		// n8n's node panel shows a trigger's description for its app (AHDS and AHDS Trigger together).
		description:
			"Manage contacts, animals, appointments, clinical records, billing and inventory in HeyDonto's Animal Health Data Store, or start a workflow when a record is created or changed",
		defaults: { name: 'AHDS Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'heyDontoApi', required: true }],
		properties: [
			siteLocator('The HeyDonto site whose animal health data to watch'),
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: resourceOptions(AHDS_RESOURCES),
				default: 'appointment',
			},
			RESOURCE_PATH,
			{
				displayName: 'ID Field Name',
				name: 'idFieldName',
				type: 'string',
				default: '',
				placeholder: 'e.g. reminderId',
				description:
					"The field that holds a record's UUID. Empty: derived from the path name (reminder → reminderId, appointment-type → appointmentTypeId).",
				displayOptions: forOther,
			},
			eventProperty('Record'),
			startFromProperty,
			pollOptions([BASE_URL_OPTION]),
		],
	};

	methods = { listSearch: { searchSites } };

	/**
	 * New or changed records of the resource since the last poll, by updatedAt (see
	 * nodes/shared/polling.ts for the cursor); a manual run returns the latest few.
	 */
	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const siteId = toId(
			this,
			0,
			'Site',
			this.getNodeParameter('siteId', '', { extractValue: true }),
		);
		const value = this.getNodeParameter('resource', 'appointment') as string;
		const named = AHDS_RESOURCES.find((resource) => resource.value === value);
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const target: AhdsTarget = named
			? { siteId, slug: named.slug, label: named.displayName, idField: named.idField }
			: otherTarget(this, siteId);
		if (!isBlank(options.baseUrl)) target.baseUrl = toBaseUrl(this, 0, 'Base URL', options.baseUrl);
		return await pollChanges.call(this, {
			feed: ahdsFeed(this, target, `${target.label.toLowerCase()} records`),
			key: `ahds|site:${siteId}|${target.slug}|${target.idField}|${target.baseUrl ?? ''}`,
			...pollSettings(this),
		});
	}
}

function otherTarget(ctx: IPollFunctions, siteId: number): AhdsTarget {
	const slug = toPathName(ctx, 0, ctx.getNodeParameter('resourcePath', ''));
	const idField = String(ctx.getNodeParameter('idFieldName', '')).trim();
	return { siteId, slug, label: slug, idField: idField === '' ? defaultIdField(slug) : idField };
}
