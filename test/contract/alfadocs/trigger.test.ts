import type { IDataObject, INodeProperties, IWebhookFunctions } from 'n8n-workflow';

import { AeronaTrigger } from '../../../nodes/Aerona/AeronaTrigger.node';

import {
	AlfaDocsTrigger,
	eventTypeOf,
	eventsOf,
} from '../../../nodes/AlfaDocs/AlfaDocsTrigger.node';
import { MAX_FORM_DEPTH } from '../../../nodes/shared/brackets';
import { FakeHttpResponse, hookContext } from '../../helpers/fakeN8n';

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

/** Who sent the POST, and the node's other parameters (its Authentication). */
interface Sender {
	parameters?: IDataObject;
	headers?: Record<string, string>;
	query?: IDataObject;
	ip?: string;
	response?: FakeHttpResponse;
}

function webhookContext(
	events: string[],
	body: IDataObject,
	rawBody?: string,
	contentType = 'application/x-www-form-urlencoded',
	sender: Sender = {},
) {
	const headers = Object.fromEntries(
		Object.entries(sender.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
	);
	const response = sender.response ?? new FakeHttpResponse();
	return {
		getNode: () => ({ name: 'AlfaDocs Trigger' }),
		getRequestObject: () => ({
			rawBody: rawBody === undefined ? undefined : Buffer.from(rawBody),
			contentType,
			ip: sender.ip ?? '127.0.0.1',
		}),
		getBodyData: () => body,
		getHeaderData: () => headers,
		getQueryData: () => sender.query ?? {},
		getResponseObject: () => response,
		getNodeParameter: (name: string, fallback?: unknown) =>
			name === 'events' ? events : (sender.parameters?.[name] ?? fallback),
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

	it('has nothing to register: activation only checks the Authentication', async () => {
		const methods = new AlfaDocsTrigger().webhookMethods.default;
		const url = 'https://n8n.example.com/webhook/abc/webhook';
		const none = hookContext({ events: ['*'], authentication: 'none' }, url);
		expect(await methods.checkExists.call(none.ctx)).toBe(false);
		expect(await methods.create.call(none.ctx)).toBe(true);
		expect(await methods.delete.call(none.ctx)).toBe(true);
		// A node saved before it had an Authentication accepts every request, as it did.
		expect(await methods.create.call(hookContext({ events: ['*'] }, url).ctx)).toBe(true);
		const noSecret = hookContext(
			{ events: ['*'], authentication: 'querySecret', queryParameterName: 'key' },
			url,
		);
		await expect(methods.create.call(noSecret.ctx)).rejects.toThrow(
			'Authentication: Set the Parameter Value (the secret)',
		);
		const badIp = hookContext(
			{ events: ['*'], authentication: 'allowedIps', allowedIps: '10.0.0' },
			url,
		);
		await expect(methods.create.call(badIp.ctx)).rejects.toThrow(
			'Authentication: "10.0.0" is not an IP address or an IPv4 range such as 203.0.113.0/24',
		);
	});

	describe('Authentication (AlfaDocs does not sign its requests)', () => {
		const secretHeader = {
			authentication: 'headerSecret',
			headerName: 'X-AlfaDocs-Secret',
			headerValue: 'h-1',
		};
		const basicAuth = {
			authentication: 'basicAuth',
			basicAuthUser: 'alfa',
			basicAuthPassword: 'p:1',
		};
		const querySecret = {
			authentication: 'querySecret',
			queryParameterName: 'key',
			queryParameterValue: 'q-1',
		};
		const allowedIps = { authentication: 'allowedIps', allowedIps: '203.0.113.0/24, 2001:db8::1' };
		const basic = (credentials: string) => ({
			Authorization: `Basic ${Buffer.from(credentials).toString('base64')}`,
		});
		const deliver = async (sender: Sender) => {
			const response = new FakeHttpResponse();
			const result = await new AlfaDocsTrigger().webhook.call(
				webhookContext(['*'], flat(RAW), RAW, undefined, { ...sender, response }),
			);
			return { result, response };
		};

		it.each([
			[
				'a right secret header',
				{ parameters: secretHeader, headers: { 'X-AlfaDocs-Secret': 'h-1' } },
			],
			['right basic auth', { parameters: basicAuth, headers: basic('alfa:p:1') }],
			['a right query secret', { parameters: querySecret, query: { key: 'q-1' } }],
			['an allowed address', { parameters: allowedIps, ip: '::ffff:203.0.113.9' }],
			['any request with None', { parameters: { authentication: 'none' } }],
		])('%s starts the workflow with the events', async (_, sender: Sender) => {
			const { result, response } = await deliver(sender);
			expect(result).toEqual({ workflowData: [EVENTS.map((json) => ({ json }))] });
			expect(response.statusCode).toBeUndefined();
		});

		it.each([
			[
				'a wrong secret header',
				{ parameters: secretHeader, headers: { 'X-AlfaDocs-Secret': 'h-2' } },
			],
			['no secret header', { parameters: secretHeader }],
			['wrong basic auth', { parameters: basicAuth, headers: basic('alfa:p:2') }],
			['a wrong query secret', { parameters: querySecret, query: { key: 'q-2' } }],
			['an address outside the list', { parameters: allowedIps, ip: '198.51.100.7' }],
			[
				'an empty secret (fails closed)',
				{
					parameters: { ...querySecret, queryParameterValue: '' },
					query: { key: '' },
				},
			],
		])('%s gets 401 and starts no workflow', async (_, sender: Sender) => {
			const { result, response } = await deliver(sender);
			expect(result).toEqual({ noWebhookResponse: true });
			expect(response.statusCode).toBe(401);
			expect(response.body).toBe('Unauthorized');
		});

		it('asks for basic auth with WWW-Authenticate', async () => {
			const { response } = await deliver({ parameters: basicAuth });
			expect(response.headers['www-authenticate']).toBe('Basic realm="AlfaDocs Trigger"');
		});

		it("offers the Aerona Trigger's choices, the header named for AlfaDocs", () => {
			const names = (properties: INodeProperties[]) => properties.map((property) => property.name);
			const alfaDocs = new AlfaDocsTrigger().description.properties;
			const aerona = new AeronaTrigger().description.properties;
			const auth = names(alfaDocs).slice(names(alfaDocs).indexOf('authentication'));
			expect(auth).toEqual([
				'authentication',
				'headerName',
				'headerValue',
				'basicAuthUser',
				'basicAuthPassword',
				'queryParameterName',
				'queryParameterValue',
				'allowedIps',
			]);
			for (const name of auth) {
				const own = alfaDocs.find((property) => property.name === name);
				const theirs = aerona.find((property) => property.name === name);
				expect([name, own?.type, own?.displayOptions]).toEqual([
					name,
					theirs?.type,
					theirs?.displayOptions,
				]);
			}
			expect(alfaDocs.find((property) => property.name === 'headerName')?.default).toBe(
				'X-AlfaDocs-Secret',
			);
			expect(alfaDocs.find((property) => property.name === 'authentication')?.default).toBe('none');
		});
	});

	it('reads a single event and an already nested body', () => {
		expect(eventsOf({ event: 'patient_created', objectId: '1' }).events).toEqual([
			{ event: 'patient_created', objectId: '1' },
		]);
		expect(eventsOf({ 0: { event: 'a' }, 1: { event: 'b' } }).events).toEqual([
			{ event: 'a' },
			{ event: 'b' },
		]);
		expect(eventsOf('')).toEqual({ events: [], rejected: [], moreRejected: 0 });
	});

	describe('a JSON body gives the same items as the form, with JSON types', () => {
		const typed = [
			{ event: 'appointment_created', objectId: 12345, data: { created_entity: { id: 12345 } } },
			{ event: 'patient_updated', objectId: 42, data: { updated_entity: { id: 42 } } },
		];

		it.each([
			['an array of events', typed],
			['an object of indexed events', { 0: typed[0], 1: typed[1] }],
		])('%s, as n8n parsed it (its raw body kept)', async (_, parsed) => {
			const raw = JSON.stringify(parsed);
			const result = await new AlfaDocsTrigger().webhook.call(
				webhookContext(['*'], parsed as IDataObject, raw, 'application/json'),
			);
			expect(result).toEqual({ workflowData: [typed.map((json) => ({ json }))] });
		});

		it('one event', async () => {
			const result = await new AlfaDocsTrigger().webhook.call(
				webhookContext(['patient'], typed[1], JSON.stringify(typed[1]), 'application/json'),
			);
			expect(result).toEqual({ workflowData: [[{ json: typed[1] }]] });
		});

		it('a JSON body n8n did not parse (another Content-Type) is read from the raw body', async () => {
			const raw = JSON.stringify(typed);
			const result = await new AlfaDocsTrigger().webhook.call(
				webhookContext(['*'], {}, raw, 'text/plain'),
			);
			expect(result).toEqual({ workflowData: [typed.map((json) => ({ json }))] });
		});

		it('a body that is not JSON says so in the execution instead of vanishing', async () => {
			const result = await new AlfaDocsTrigger().webhook.call(
				webhookContext(['*'], {}, '[{"event": ', 'application/json'),
			);
			expect(result.workflowData?.[0].map((item) => item.json)).toEqual([
				{
					error:
						'AlfaDocs Trigger: 1 part of this POST could not be read and was left out; the other events are passed on',
					rejected: [{ part: '[{"event": ', reason: 'the body is not valid JSON' }],
				},
			]);
		});
	});

	describe('a key nested too deep', () => {
		const deepKey = `a${'[a]'.repeat(20000)}`;

		it('20,000 levels beside valid events: the events are passed on, the key is reported, nothing throws', async () => {
			const raw = `${RAW}&${encodeURIComponent(deepKey)}=1`;
			const result = await new AlfaDocsTrigger().webhook.call(
				webhookContext(['*'], flat(raw), raw),
			);
			const items = result.workflowData?.[0].map((item) => item.json);
			expect(items?.slice(0, 3)).toEqual(EVENTS);
			expect(items?.[3]).toEqual({
				error:
					'AlfaDocs Trigger: 1 part of this POST could not be read and was left out; the other events are passed on',
				rejected: [
					{
						part: `${deepKey.slice(0, 120)}… (60001 characters)`,
						reason: `the key is nested 20,001 levels deep; at most ${MAX_FORM_DEPTH} are decoded`,
					},
				],
			});
			expect(items).toHaveLength(4);
		});

		it('inside a valid event: only that key is left out', () => {
			const inside = `0[data]${'[x]'.repeat(MAX_FORM_DEPTH)}=1`;
			const delivery = eventsOf({}, `${RAW}&${inside}`);
			expect(delivery.events).toEqual(EVENTS);
			expect(delivery.rejected).toHaveLength(1);
		});

		it('is reported even when the Events filter keeps no event', async () => {
			const raw = `${RAW}&${deepKey}=1`;
			const result = await new AlfaDocsTrigger().webhook.call(
				webhookContext(['bill_liability'], {}, raw),
			);
			expect(result.workflowData?.[0]).toHaveLength(1);
			expect(result.workflowData?.[0][0].json.error).toMatch(/^AlfaDocs Trigger: 1 part/);
		});

		it('lists at most ten such parts and counts the rest', () => {
			const raw = Array.from({ length: 25 }, (_, i) => `${i}${'[a]'.repeat(40)}=1`).join('&');
			const delivery = eventsOf({}, `${RAW}&${raw}`);
			expect(delivery.events).toEqual(EVENTS);
			expect(delivery.rejected).toHaveLength(10);
			expect(delivery.moreRejected).toBe(15);
		});

		it('a JSON event nested too deep is left out, the others kept', () => {
			let deep: IDataObject = { leaf: 1 };
			for (let level = 0; level < 20000; level++) deep = { a: deep };
			const parsed = [
				{ event: 'patient_created', objectId: 1 },
				{ event: 'x', data: deep },
			];
			const delivery = eventsOf(parsed, undefined, 'application/json');
			expect(delivery.events).toEqual([{ event: 'patient_created', objectId: 1 }]);
			expect(delivery.rejected).toEqual([
				{
					part: 'event 1 of the body',
					reason: `it is nested more than ${MAX_FORM_DEPTH} levels deep`,
				},
			]);
		});
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
