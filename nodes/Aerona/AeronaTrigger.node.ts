import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeApiError, NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { nestedDeeperThan } from '../shared/brackets';
import { errorJson } from '../shared/execute';
import { toId } from '../shared/validate';
import {
	admitDelivery,
	assertUsableAuthentication,
	authenticitySettings,
	safeHeaders,
} from '../shared/webhookAuth';
import { aerona } from './transport';
import type { Delivery } from './trigger/delivery';
import { describeDelivery } from './trigger/delivery';
import { isRepeat } from './trigger/repeats';
import { triggerProperties } from './trigger/properties';

const HOUR_MS = 60 * 60 * 1000;

/** The deepest body read: far beyond any record (Aerona's are two or three levels deep). */
const MAX_BODY_DEPTH = 64;

/** Reads the full patient or appointment with the Aerona credential; a failure is reported in the item. */
async function fullRecord(ctx: IWebhookFunctions, delivery: Delivery, maxWaitSeconds: number) {
	const { objectType, id } = delivery;
	if ((objectType !== 'patient' && objectType !== 'appointment') || id === null) {
		return {
			record: null,
			recordError: {
				error:
					objectType === 'treatment'
						? 'Aerona has no documented API to read a treatment'
						: 'The delivery names no patient or appointment ID',
			},
		};
	}
	const label = objectType === 'patient' ? 'Patient' : 'Appointment';
	let recordId: number;
	try {
		// Anyone who knows the URL can send a body: its ID is checked like a parameter, before any request.
		recordId = toId(ctx, 0, `${label} ID in the delivery`, id);
	} catch (error) {
		const json = errorJson(error as NodeOperationError);
		json.description = `Aerona IDs are whole numbers, so the ${label.toLowerCase()} was not read and nothing was sent. The delivery is under "body".`;
		return { record: null, recordError: json };
	}
	try {
		const record = await aerona.request.call(ctx, {
			endpoint: objectType === 'patient' ? 'patient.get' : 'appointment.get',
			params: { [`${objectType}Id`]: recordId },
			maxWaitSeconds,
			subject: { label, id: recordId },
		});
		return { record: record as IDataObject };
	} catch (error) {
		const nodeError =
			error instanceof NodeApiError || error instanceof NodeOperationError
				? error
				: new NodeOperationError(ctx.getNode(), error as Error);
		return { record: null, recordError: errorJson(nodeError) };
	}
}

// n8n's current lint forbids usableAsTool on triggers; the rule version pinned here still asks for it.
// eslint-disable-next-line @n8n/community-nodes/node-usable-as-tool
export class AeronaTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Aerona Trigger',
		name: 'aeronaTrigger',
		icon: { light: 'file:../../icons/aerona.svg', dark: 'file:../../icons/aerona.dark.svg' },
		group: ['trigger'],
		// Version 2 changes nothing in the node: n8n evaluates the Webhook node's "binaryData" option for
		// every request to a start node of version 1 (on n8n 2.41 in its isolated expression runtime,
		// costly under bursts), and skips it from version 2. Workflows saved with version 1 keep working.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{($parameter["objectTypes"] || []).join(", ")}}',
		// n8n's node panel shows a trigger's description for its app (Aerona and Aerona Trigger together).
		description:
			'Book appointments, find free slots and read patients, payments and invoices in Aerona Clinic, or start a workflow on its patient, appointment and treatment webhooks',
		defaults: { name: 'Aerona Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'aeronaApi',
				required: true,
				// "hide", not "show": n8n's editor takes a parameter that a credential's `show` names for an
				// authentication choice and moves it out of the node's parameters (n8n 2.8 did so for a
				// boolean too), so Fetch Full Record could be neither seen nor changed.
				displayOptions: { hide: { fetchFullRecord: [false] } },
			},
		],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				// An empty 200 as soon as the execution is registered: any other answer makes Aerona retry.
				responseMode: 'onReceived',
				responseData: 'noData',
				path: 'webhook',
			},
		],
		properties: triggerProperties,
	};

	/**
	 * Aerona has no API to register webhooks: the URL is pasted into Aerona's settings by hand (see the
	 * notice on the node). So there is nothing to look up or delete; activation only checks the settings.
	 */
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				// Nothing is registered with Aerona, so n8n always runs create(), which checks the settings.
				return false;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				assertUsableAuthentication(this, 'Aerona Trigger');
				const url = this.getNodeWebhookUrl('default') ?? '';
				if (!url.startsWith('https://')) {
					this.logger.warn(
						`Aerona Trigger: Aerona only calls HTTPS URLs, and this webhook URL is ${url}. Serve n8n over HTTPS (WEBHOOK_URL) before pasting the URL into Aerona.`,
					);
				}
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				// The URL stays in Aerona's settings until someone removes it there; n8n answers 404 meanwhile.
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const response = this.getResponseObject();
		const settings = authenticitySettings(this);
		if (!admitDelivery(this, settings, 'Aerona Trigger')) return { noWebhookResponse: true };

		const received = this.getBodyData() as unknown;
		// Reading a body nested without bound (its digest, n8n saving the execution) recurses once per
		// level; such a body is not Aerona's, and is passed on as an error instead of failing the request.
		const tooDeep = nestedDeeperThan(received, MAX_BODY_DEPTH);
		const body = tooDeep ? null : received;
		const delivery = describeDelivery(body);
		const wanted = this.getNodeParameter('objectTypes', []) as string[];
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const unwanted = delivery.objectType !== null && !wanted.includes(delivery.objectType);
		const repeated =
			!unwanted &&
			!tooDeep &&
			options.ignoreRepeats === true &&
			isRepeat(
				`${this.getWorkflow().id ?? ''}:${this.getNode().id ?? this.getNode().name}`,
				this.getWorkflowStaticData('node'),
				body,
				Date.now(),
				Number(options.repeatWindowHours ?? 25) * HOUR_MS,
			);
		if (unwanted || repeated) {
			// Answered like any delivery, so Aerona does not retry it, but no workflow starts.
			response.status(200).end();
			return { noWebhookResponse: true };
		}

		const json: IDataObject = {
			...delivery,
			body: body as IDataObject,
			...(tooDeep
				? {
						bodyError: `The body is nested more than ${MAX_BODY_DEPTH} levels deep, so it was not read`,
					}
				: {}),
			headers: safeHeaders(this.getHeaderData() as IDataObject, settings),
			receivedAt: new Date().toISOString(),
		};
		if (this.getNodeParameter('fetchFullRecord', false) !== true) {
			return { workflowData: [this.helpers.returnJsonArray([json])] };
		}
		// Aerona gets its 200 before the record is read, however long that takes.
		response.status(200).end();
		Object.assign(json, await fullRecord(this, delivery, Number(options.maxWait ?? 60)));
		return { noWebhookResponse: true, workflowData: [this.helpers.returnJsonArray([json])] };
	}
}
