import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import {
	AlfaDocsTrigger,
	eventTypeOf,
	eventsOf,
} from '../../../nodes/AlfaDocs/AlfaDocsTrigger.node';

/** A multi-event POST exactly as AlfaDocs sends it: form-urlencoded, indexed bracket keys. */
const RAW = [
	'0[event]=appointment_created',
	'0[objectId]=12345',
	'0[data][created_entity][id]=12345',
	'0[data][created_entity][archiveId]=67890',
	'0[data][created_entity][date]=2026-03-02 09:30:00',
	'1[event]=patient_updated',
	'1[objectId]=42',
	'1[data][updated_entity][id]=42',
	'1[data][updated_entity][phoneNumbers][0][prefix]=0039',
	'2[event]=care_plan_entry_updated',
	'2[objectId]=9',
	'2[data][updated_entity][entryId]=9',
]
	.map((pair) => pair.split('=').map(encodeURIComponent).join('='))
	.join('&');

const EVENTS = [
	{
		event: 'appointment_created',
		objectId: '12345',
		data: { created_entity: { id: '12345', archiveId: '67890', date: '2026-03-02 09:30:00' } },
	},
	{
		event: 'patient_updated',
		objectId: '42',
		data: { updated_entity: { id: '42', phoneNumbers: [{ prefix: '0039' }] } },
	},
	{ event: 'care_plan_entry_updated', objectId: '9', data: { updated_entity: { entryId: '9' } } },
];

/** n8n's querystring parse of that body: flat keys. */
function flat(raw: string): IDataObject {
	const result: IDataObject = {};
	for (const pair of raw.split('&')) {
		const [key, value] = pair.split('=').map(decodeURIComponent);
		result[key] = value;
	}
	return result;
}

function webhookContext(events: string[], body: IDataObject, rawBody?: string) {
	return {
		getRequestObject: () => ({ rawBody: rawBody === undefined ? undefined : Buffer.from(rawBody) }),
		getBodyData: () => body,
		getNodeParameter: (name: string) => (name === 'events' ? events : undefined),
		helpers: { returnJsonArray: (items: IDataObject[]) => items.map((json) => ({ json })) },
	} as unknown as IWebhookFunctions;
}

describe('AlfaDocs Trigger', () => {
	it('splits a multi-event POST into one item per event, decoded into nested JSON', async () => {
		const result = await new AlfaDocsTrigger().webhook.call(webhookContext(['*'], flat(RAW), RAW));
		expect(result).toEqual({ workflowData: [EVENTS.map((json) => ({ json }))] });
	});

	it('reads the flat keys n8n parsed when the raw body is not there', async () => {
		const result = await new AlfaDocsTrigger().webhook.call(webhookContext(['*'], flat(RAW)));
		expect(result).toEqual({ workflowData: [EVENTS.map((json) => ({ json }))] });
	});

	it('keeps only the chosen event types; a care plan entry event is not a care plan event', async () => {
		const trigger = new AlfaDocsTrigger();
		expect(
			await trigger.webhook.call(webhookContext(['patient', 'care_plan'], flat(RAW), RAW)),
		).toEqual({
			workflowData: [[{ json: EVENTS[1] }]],
		});
		expect(await trigger.webhook.call(webhookContext(['care_plan_entry'], flat(RAW), RAW))).toEqual(
			{
				workflowData: [[{ json: EVENTS[2] }]],
			},
		);
	});

	it('answers without starting the workflow when no event is wanted', async () => {
		expect(
			await new AlfaDocsTrigger().webhook.call(webhookContext(['bill_liability'], flat(RAW), RAW)),
		).toEqual({});
	});

	it('answers 200 with no data, on receipt', () => {
		const [webhook] = new AlfaDocsTrigger().description.webhooks ?? [];
		expect(webhook).toEqual(
			expect.objectContaining({
				httpMethod: 'POST',
				responseMode: 'onReceived',
				responseData: 'noData',
			}),
		);
	});

	it('has nothing to register: the lifecycle methods are no-ops that report success', async () => {
		const methods = new AlfaDocsTrigger().webhookMethods.default;
		expect(await methods.checkExists.call({} as never)).toBe(true);
		expect(await methods.create.call({} as never)).toBe(true);
		expect(await methods.delete.call({} as never)).toBe(true);
	});

	it('reads a single event and an already nested body', () => {
		expect(eventsOf({ event: 'patient_created', objectId: '1' })).toEqual([
			{ event: 'patient_created', objectId: '1' },
		]);
		expect(eventsOf({ 0: { event: 'a' }, 1: { event: 'b' } })).toEqual([
			{ event: 'a' },
			{ event: 'b' },
		]);
		expect(eventsOf('')).toEqual([]);
	});

	it('names event types by the longest known prefix', () => {
		expect(eventTypeOf('appointment_deleted')).toBe('appointment');
		expect(eventTypeOf('care_plan_updated')).toBe('care_plan');
		expect(eventTypeOf('care_plan_entry_created')).toBe('care_plan_entry');
		expect(eventTypeOf('bill_liability_created')).toBe('bill_liability');
		expect(eventTypeOf('payment_request_paid')).toBe('payment_request');
		expect(eventTypeOf('invoice_created')).toBeUndefined();
		expect(eventTypeOf(undefined)).toBeUndefined();
	});
});
