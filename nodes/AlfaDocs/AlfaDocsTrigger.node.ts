import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import type { RejectedPart } from '../shared/brackets';
import {
	MAX_FORM_DEPTH,
	MAX_REJECTED_LISTED,
	decodeBracketFormChecked,
	nestedDeeperThan,
	shorten,
} from '../shared/brackets';
import {
	admitDelivery,
	assertUsableAuthentication,
	authenticitySettings,
	webhookAuthProperties,
} from '../shared/webhookAuth';

/** The event families AlfaDocs' webhook scopes name (CODE: webhook:appointment, ...; see docs/sources.md). */
export const EVENT_TYPES = [
	{
		name: 'Appointment',
		value: 'appointment',
		description: 'Any appointment event AlfaDocs sends',
	},
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

/** What one POST carried: its events, and the parts of it that were not decoded. */
export interface Delivery {
	events: IDataObject[];
	rejected: RejectedPart[];
	/** Rejected parts beyond those listed. */
	moreRejected: number;
}

/** The parts of a parsed body that hold events: an array, one event, or an object of indexed events. */
function listOf(decoded: unknown): unknown[] {
	if (Array.isArray(decoded)) return decoded;
	if (decoded === null || typeof decoded !== 'object') return [];
	return (decoded as IDataObject).event !== undefined
		? [decoded]
		: Object.values(decoded as IDataObject);
}

const isRecord = (value: unknown): value is IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

const looksLikeJson = (text: string) => /^\s*[[{]/.test(text);

/**
 * The events of one AlfaDocs POST. AlfaDocs sends `application/x-www-form-urlencoded` with indexed
 * bracket keys (`0[event]=appointment_created&0[data][created_entity][id]=1&1[event]=...`), several
 * events per POST; a JSON body (an array of events, one event, or `{"0": …, "1": …}`) gives the same
 * items, with JSON's own types. A form is decoded from the raw body when n8n kept it (n8n's own form
 * parser stops at 1000 keys), else from the flat keys n8n parsed. Keys nested deeper than
 * MAX_FORM_DEPTH levels (or JSON events nested deeper) are left out and reported; the rest is kept.
 */
export function eventsOf(body: unknown, rawBody?: string, contentType?: string): Delivery {
	const raw = typeof rawBody === 'string' && rawBody.trim() !== '' ? rawBody : undefined;
	const type = (contentType ?? '').toLowerCase();
	const json =
		type.includes('json') ||
		(!type.includes('x-www-form-urlencoded') && raw !== undefined && looksLikeJson(raw));
	let decoded: unknown = body;
	let rejected: RejectedPart[] = [];
	let moreRejected = 0;
	if (json) {
		if (
			(body === undefined || typeof body === 'string' || isEmptyObject(body)) &&
			raw !== undefined
		) {
			try {
				decoded = JSON.parse(raw) as unknown;
			} catch {
				return {
					events: [],
					rejected: [{ part: shorten(raw), reason: 'the body is not valid JSON' }],
					moreRejected: 0,
				};
			}
		}
	} else if (raw !== undefined) {
		({ value: decoded, rejected, moreRejected } = decodeBracketFormChecked(raw));
	} else if (isRecord(body) && Object.keys(body).some((key) => key.includes('['))) {
		({ value: decoded, rejected, moreRejected } = decodeBracketFormChecked(body));
	}
	const events: IDataObject[] = [];
	listOf(decoded).forEach((event, position) => {
		if (!isRecord(event)) return;
		if (nestedDeeperThan(event, MAX_FORM_DEPTH)) {
			if (rejected.length < MAX_REJECTED_LISTED)
				rejected.push({
					part: `event ${position} of the body`,
					reason: `it is nested more than ${MAX_FORM_DEPTH} levels deep`,
				});
			else moreRejected++;
			return;
		}
		events.push(event);
	});
	return { events, rejected, moreRejected };
}

function isEmptyObject(value: unknown): boolean {
	return isRecord(value) && Object.keys(value).length === 0;
}

/** The item that tells the execution which parts of the POST were left out. */
export function rejectedItem({ rejected, moreRejected }: Delivery): IDataObject {
	const count = rejected.length + moreRejected;
	return {
		error: `AlfaDocs Trigger: ${count === 1 ? '1 part' : `${count} parts`} of this POST could not be read and ${count === 1 ? 'was' : 'were'} left out; the other events are passed on`,
		rejected: rejected as unknown as IDataObject[],
		...(moreRejected > 0 ? { moreRejected } : {}),
	};
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
					'AlfaDocs has no API to register webhooks: give the Production URL above to AlfaDocs (support, or your marketplace app settings) and activate the workflow. AlfaDocs does not sign its requests: choose an Authentication to refuse requests that do not come from AlfaDocs.',
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
			...webhookAuthProperties({
				vendor: 'AlfaDocs',
				urlGiven: 'the URL given to AlfaDocs',
				headerCondition: 'if AlfaDocs lets you add headers',
				headerName: 'X-AlfaDocs-Secret',
			}),
		],
	};

	/**
	 * AlfaDocs has no webhook registration API (docs/sources.md): the URL is set up with AlfaDocs by hand, so
	 * there is nothing to look up, register or delete here. Activation only checks the Authentication.
	 */
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				// Nothing is registered with AlfaDocs, so n8n always runs create(), which checks the settings.
				return false;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				assertUsableAuthentication(this, 'AlfaDocs Trigger');
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		if (!admitDelivery(this, authenticitySettings(this), 'AlfaDocs Trigger'))
			return { noWebhookResponse: true };
		const request = this.getRequestObject() as {
			rawBody?: Buffer | string;
			contentType?: string;
			headers?: Record<string, string | undefined>;
			readRawBody?: () => Promise<void>;
		};
		// From version 2 n8n reads the body only for the content types it parses; like n8n's own Webhook
		// node, the trigger reads it itself otherwise (AlfaDocs may send no Content-Type).
		if (request.rawBody === undefined && typeof request.readRawBody === 'function')
			await request.readRawBody();
		const raw = request.rawBody === undefined ? undefined : request.rawBody.toString();
		const wanted = this.getNodeParameter('events', ['*']) as string[];
		const all = wanted.includes('*');
		const delivery = eventsOf(
			this.getBodyData(),
			raw,
			request.contentType ?? request.headers?.['content-type'],
		);
		const events = delivery.events.filter((event) => {
			if (all) return true;
			const type = eventTypeOf(event.event);
			return type !== undefined && wanted.includes(type);
		});
		// A part that could not be read is reported in the execution, whatever the Events filter.
		if (delivery.rejected.length > 0) events.push(rejectedItem(delivery));
		if (events.length === 0) return {};
		return { workflowData: [this.helpers.returnJsonArray(events)] };
	}
}
