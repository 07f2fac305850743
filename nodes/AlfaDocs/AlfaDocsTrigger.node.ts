import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { decodeBracketForm } from '../shared/brackets';
import type { FormValue } from '../shared/brackets';

/** The event families AlfaDocs' webhook scopes name (CODE: webhook:appointment, ...; see docs/sources.md). */
export const EVENT_TYPES = [
	{ name: 'Appointment', value: 'appointment', description: 'Any appointment event AlfaDocs sends' },
	{
		name: 'Bill Liability',
		value: 'bill_liability',
		description: 'Any bill liability event AlfaDocs sends',
	},
	{ name: 'Care Plan', value: 'care_plan', description: 'Any care plan event AlfaDocs sends' },
	{
		name: 'Care Plan Entry',
		value: 'care_plan_entry',
		description: 'Any care plan entry event AlfaDocs sends',
	},
	{ name: 'Patient', value: 'patient', description: 'Any patient event AlfaDocs sends' },
	{
		name: 'Payment Request',
		value: 'payment_request',
		description: 'Any payment request event AlfaDocs sends',
	},
];

/**
 * The family of an event name: the longest known family it starts with, so `care_plan_entry_updated`
 * is a care plan entry event, not a care plan one. Unknown names give undefined.
 */
export function eventTypeOf(event: unknown): string | undefined {
	if (typeof event !== 'string') return undefined;
	const name = event.trim().toLowerCase();
	return EVENT_TYPES.map((type) => type.value)
		.filter((type) => name === type || name.startsWith(`${type}_`))
		.sort((a, b) => b.length - a.length)[0];
}

/**
 * The events of one AlfaDocs POST: the body is form-urlencoded with indexed bracket keys
 * (`0[event]=appointment_created&0[data][created_entity][id]=1&1[event]=...`), several events per POST.
 * The raw body is decoded when n8n kept it (n8n's own form parser stops at 1000 keys); otherwise the
 * flat keys n8n parsed, or an already nested body, are read.
 */
export function eventsOf(body: unknown, rawBody?: string): IDataObject[] {
	let decoded: FormValue | unknown = body;
	if (typeof rawBody === 'string' && rawBody.trim() !== '') decoded = decodeBracketForm(rawBody);
	else if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
		const flat = Object.keys(body as IDataObject).some((key) => key.includes('['));
		if (flat) decoded = decodeBracketForm(body as IDataObject);
	}
	const list = Array.isArray(decoded)
		? decoded
		: decoded !== null && typeof decoded === 'object'
			? (decoded as IDataObject).event !== undefined
				? [decoded]
				: Object.values(decoded as IDataObject)
			: [];
	return list.filter(
		(event): event is IDataObject =>
			event !== null && typeof event === 'object' && !Array.isArray(event),
	);
}

// n8n's current lint forbids usableAsTool on triggers; the rule version pinned here still asks for it.
// eslint-disable-next-line @n8n/community-nodes/node-usable-as-tool
export class AlfaDocsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'AlfaDocs Trigger',
		name: 'alfaDocsTrigger',
		icon: { light: 'file:../../icons/alfadocs.svg', dark: 'file:../../icons/alfadocs.dark.svg' },
		group: ['trigger'],
		// Version 2 changes nothing in the node: n8n evaluates the Webhook node's "binaryData" option for
		// every request to a start node of version 1 (on n8n 2.41 in its isolated expression runtime,
		// costly under bursts), and skips it from version 2. Workflows saved with version 1 keep working.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["events"].join(", ")}}',
		// n8n's node panel shows a trigger's description for its app (AlfaDocs and AlfaDocs Trigger together).
		description:
			'Manage patients, appointments, documents, bills and transactions in AlfaDocs, or start a workflow on its events (appointments, patients, care plans...)',
		defaults: { name: 'AlfaDocs Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				// AlfaDocs counts anything but a 200 as a failure and sends the events again.
				responseMode: 'onReceived',
				responseData: 'noData',
				path: 'webhook',
			},
		],
		properties: [
			{
				displayName:
					'AlfaDocs has no API to register webhooks: give the Production URL above to AlfaDocs (support, or your marketplace app settings) and activate the workflow.',
				name: 'registrationNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: [{ name: 'All Events', value: '*' }, ...EVENT_TYPES],
				default: ['*'],
				required: true,
				description:
					'The kinds of events that start the workflow; others are answered 200 and dropped',
			},
		],
	};

	/**
	 * AlfaDocs has no webhook registration API (docs/sources.md): the URL is set up with AlfaDocs by hand, so
	 * there is nothing to check, create or delete here. n8n still calls these on (de)activation.
	 */
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = this.getRequestObject() as { rawBody?: Buffer | string };
		const raw = request.rawBody === undefined ? undefined : request.rawBody.toString();
		const wanted = this.getNodeParameter('events', ['*']) as string[];
		const all = wanted.includes('*');
		const events = eventsOf(this.getBodyData(), raw).filter((event) => {
			if (all) return true;
			const type = eventTypeOf(event.event);
			return type !== undefined && wanted.includes(type);
		});
		if (events.length === 0) return {};
		return { workflowData: [this.helpers.returnJsonArray(events)] };
	}
}
