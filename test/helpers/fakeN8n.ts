/**
 * A stand-in for the parts of n8n a node touches while it runs: the parameters, the input items,
 * Continue On Fail, binary data and n8n-core's request helpers. `httpRequestWithAuthentication` follows
 * n8n-core 2.8 (request-helper-functions.js): preAuthentication when the expirable token is empty,
 * the credential's `authenticate` (a function, or n8n's generic headers/qs object with
 * `={{$credentials.x}}` expressions), and on a 401 one more preAuthentication (when the credential has
 * one) and one retry. OAuth2 credentials (`extends: ['oAuth2Api']`) follow requestOAuth2: the stored
 * access token as a Bearer header and, on a 401, a refresh_token grant against the token URL (client
 * ID and secret in the body with `authentication: 'body'`, else Basic), the new token stored, and one
 * retry. Every failure is wrapped in a NodeApiError around an axios-like error, as n8n does. Every
 * request that would go on the wire is recorded after authentication, headers included.
 */
import type {
	IAuthenticateGeneric,
	IBinaryData,
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	IHookFunctions,
	ILoadOptionsFunctions,
	INode,
	INodeExecutionData,
	IWebhookFunctions,
	INodeType,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

export interface FakeResponse {
	status?: number;
	body?: unknown;
	headers?: Record<string, string>;
	/** A network failure instead of a response (ECONNREFUSED, ECONNRESET...). */
	networkError?: string;
}

export type Responder = FakeResponse | ((request: SentRequest) => FakeResponse);

/** A request as it would go on the wire. */
export interface SentRequest {
	method: string;
	url: string;
	qs?: IDataObject;
	headers?: IDataObject;
	body?: unknown;
	arrayFormat?: string;
	json?: boolean;
}

class AxiosError extends Error {
	isAxiosError = true;

	constructor(
		message: string,
		public code?: string,
		public response?: { status: number; data: unknown; headers: Record<string, string> },
	) {
		super(message);
	}
}

export const TEST_NODE: INode = {
	id: 'node-under-test',
	name: 'Node Under Test',
	type: 'n8n-nodes-heydonto.heyDonto',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

/** The fake API: answers from a queue of responses and records every request. */
export class FakeApi {
	readonly requests: SentRequest[] = [];

	private readonly queue: Responder[];

	constructor(responses: Responder[] = []) {
		this.queue = [...responses];
	}

	push(...responses: Responder[]) {
		this.queue.push(...responses);
	}

	get pending() {
		return this.queue.length;
	}

	/** n8n-core's httpRequest: resolves with the body (or the full response) or throws like axios. */
	async send(options: IHttpRequestOptions): Promise<unknown> {
		const request: SentRequest = {
			method: (options.method ?? 'GET').toUpperCase(),
			url: options.url,
		};
		for (const key of ['qs', 'headers', 'body', 'arrayFormat', 'json'] as const) {
			if (options[key] !== undefined)
				(request as unknown as IDataObject)[key] = options[key] as IDataObject;
		}
		this.requests.push(request);
		const next = this.queue.shift();
		if (next === undefined) throw new Error(`Unexpected request: ${request.method} ${request.url}`);
		const response = typeof next === 'function' ? next(request) : next;
		if (response.networkError) {
			throw new AxiosError(`connect ${response.networkError} 127.0.0.1:9`, response.networkError);
		}
		const status = response.status ?? 200;
		const headers = response.headers ?? {};
		if (status >= 400 && !options.ignoreHttpStatusErrors) {
			throw new AxiosError(`Request failed with status code ${status}`, 'ERR_BAD_REQUEST', {
				status,
				data: response.body,
				headers,
			});
		}
		return options.returnFullResponse
			? { body: response.body, headers, statusCode: status }
			: response.body;
	}
}

export interface CredentialSlot {
	type: ICredentialType;
	data: ICredentialDataDecryptedObject;
}

/** n8n-core's httpRequestWithAuthentication, over a FakeApi, with the credential stored like n8n does. */
function authenticatedRequester(
	api: FakeApi,
	credentials: Record<string, CredentialSlot>,
	node: INode,
) {
	const helpers = { httpRequest: async (options: IHttpRequestOptions) => await api.send(options) };

	async function preAuthenticate(slot: CredentialSlot, expired: boolean) {
		const expirable = slot.type.properties.find(
			(property) => property.type === 'hidden' && property.typeOptions?.expirable === true,
		);
		if (!expirable || !slot.type.preAuthentication) return;
		if (slot.data[expirable.name] !== '' && !expired) return;
		const output = await slot.type.preAuthentication.call({ helpers } as never, slot.data);
		if (output[expirable.name] === undefined) return;
		Object.assign(slot.data, output);
	}

	async function authenticate(slot: CredentialSlot, options: IHttpRequestOptions) {
		const { authenticate } = slot.type;
		if (typeof authenticate === 'function') return await authenticate(slot.data, options);
		if (authenticate?.type === 'generic') return applyGeneric(authenticate, slot.data, options);
		return options;
	}

	/** requestOAuth2 with isN8nRequest (n8n-core 2.8): sign, and on a 401 refresh once and retry. */
	async function oAuth2Request(slot: CredentialSlot, options: IHttpRequestOptions) {
		const token = slot.data.oauthTokenData as IDataObject | undefined;
		if (slot.data.grantType === 'authorizationCode' && token === undefined) {
			throw new Error('OAuth credentials not connected');
		}
		const sign = (data: IDataObject) => {
			options.headers = {
				...options.headers,
				Authorization: `Bearer ${String(data.access_token)}`,
			};
			return options;
		};
		// As n8n-core does it: a promise .catch that refreshes on a 401 and rethrows anything else.
		return await api.send(sign(token ?? {})).catch(async (error: AxiosError) => {
			if (error.response?.status !== 401) throw error;
			const body: IDataObject = {
				refresh_token: token?.refresh_token,
				grant_type: 'refresh_token',
			};
			const headers: IDataObject = {
				Accept: 'application/json, application/x-www-form-urlencoded',
				'Content-Type': 'application/x-www-form-urlencoded',
			};
			if (slot.data.authentication === 'body') {
				body.client_id = slot.data.clientId;
				body.client_secret = slot.data.clientSecret;
			} else {
				headers.Authorization = `Basic ${Buffer.from(`${String(slot.data.clientId)}:${String(slot.data.clientSecret)}`).toString('base64')}`;
			}
			const refreshed = (await api.send({
				method: 'POST',
				url: String(slot.data.accessTokenUrl),
				headers,
				body,
			})) as IDataObject;
			slot.data.oauthTokenData = { ...token, ...refreshed };
			return await api.send(sign(slot.data.oauthTokenData as IDataObject));
		});
	}

	return async function (credentialType: string, requestOptions: IHttpRequestOptions) {
		const slot = credentials[credentialType];
		if (!slot) throw new Error(`No credential of type ${credentialType} in this test`);
		let options = requestOptions;
		let decrypted = false;
		try {
			if (slot.type.extends?.includes('oAuth2Api')) return await oAuth2Request(slot, options);
			decrypted = true;
			await preAuthenticate(slot, false);
			options = await authenticate(slot, requestOptions);
			return await api.send(options);
		} catch (error) {
			// n8n's CredentialsHelper always has preAuthentication, so every 401 is sent once more.
			if ((error as AxiosError).response?.status === 401) {
				try {
					if (decrypted) {
						await preAuthenticate(slot, true);
						options = await authenticate(slot, requestOptions);
					}
					return await api.send(options);
				} catch (retryError) {
					throw new NodeApiError(node, retryError as never);
				}
			}
			throw new NodeApiError(node, error as never);
		}
	};
}

/** n8n's generic authenticate: `={{$credentials.x}}` (and `=text {{$credentials.x}}`) in headers and qs. */
function applyGeneric(
	authenticate: IAuthenticateGeneric,
	credentials: ICredentialDataDecryptedObject,
	options: IHttpRequestOptions,
): IHttpRequestOptions {
	const resolve = (value: unknown) =>
		typeof value === 'string' && value.startsWith('=')
			? value
					.slice(1)
					.replace(/\{\{\s*\$credentials\.(\w+)\s*\}\}/g, (_, key: string) =>
						String(credentials[key] ?? ''),
					)
			: value;
	const resolveAll = (values: IDataObject | undefined): IDataObject =>
		Object.fromEntries(
			Object.entries(values ?? {}).map(([key, value]) => [
				key,
				resolve(value) as IDataObject[string],
			]),
		);
	const { headers, qs } = authenticate.properties;
	return {
		...options,
		...(headers ? { headers: { ...options.headers, ...resolveAll(headers) } } : {}),
		...(qs ? { qs: { ...options.qs, ...resolveAll(qs) } } : {}),
	};
}

/** Reads `a.b.c` from parameters; resource locators resolve to their value with extractValue. */
function readParameter(
	parameters: IDataObject,
	path: string,
	fallback: unknown,
	extractValue?: boolean,
) {
	let value: unknown = parameters;
	for (const key of path.split('.')) {
		if (value === null || typeof value !== 'object' || !(key in (value as IDataObject)))
			return fallback;
		value = (value as IDataObject)[key];
	}
	if (extractValue && value && typeof value === 'object' && (value as IDataObject).__rl) {
		return (value as IDataObject).value;
	}
	return value;
}

export interface RunOptions {
	/** Parameters, the same for every item, or per item. */
	parameters: IDataObject | ((itemIndex: number) => IDataObject);
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
	api: FakeApi;
	credentials: Record<string, CredentialSlot>;
	/** The node as n8n passes it (its credential IDs key the rate-limit budgets). */
	node?: INode;
	/** The workflow's time zone. Default Europe/Rome. */
	timezone?: string;
}

/** n8n's prepareBinaryData, reduced: base64 data, the name, and the MIME type given or looked up. */
export async function fakePrepareBinaryData(
	buffer: Buffer,
	fileName?: string,
	mimeType?: string,
): Promise<IBinaryData> {
	const extension = fileName?.split('.').pop()?.toLowerCase();
	const known: Record<string, string> = {
		pdf: 'application/pdf',
		png: 'image/png',
		jpg: 'image/jpeg',
		txt: 'text/plain',
	};
	return {
		data: buffer.toString('base64'),
		fileName,
		mimeType: mimeType ?? (extension ? known[extension] : undefined) ?? 'text/plain',
		fileSize: `${buffer.length} B`,
	};
}

export function executeContext(options: RunOptions): IExecuteFunctions {
	const items = options.items ?? [{ json: {} }];
	const node = options.node ?? TEST_NODE;
	const parametersOf = (i: number) =>
		typeof options.parameters === 'function' ? options.parameters(i) : options.parameters;
	const request = authenticatedRequester(options.api, options.credentials, node);
	const context = {
		getInputData: () => items,
		getNode: () => node,
		getTimezone: () => options.timezone ?? 'Europe/Rome',
		continueOnFail: () => options.continueOnFail ?? false,
		getNodeParameter: (
			name: string,
			itemIndex: number,
			fallback?: unknown,
			opts?: { extractValue?: boolean },
		) => {
			const value = readParameter(parametersOf(itemIndex), name, fallback, opts?.extractValue);
			if (value === undefined) throw new Error(`Could not get parameter "${name}"`);
			return value;
		},
		getCredentials: async (type: string) => ({ ...options.credentials[type].data }),
		helpers: {
			httpRequestWithAuthentication: request,
			httpRequest: async (opts: IHttpRequestOptions) => await options.api.send(opts),
			getBinaryDataBuffer: async (itemIndex: number, property: string) => {
				const binary = (items[itemIndex] as INodeExecutionData | undefined)?.binary?.[property];
				if (!binary) throw new Error(`Item ${itemIndex} has no binary property "${property}"`);
				return Buffer.from(binary.data, 'base64');
			},
			prepareBinaryData: fakePrepareBinaryData,
		},
	};
	return context as unknown as IExecuteFunctions;
}

export function loadOptionsContext(
	api: FakeApi,
	credentials: Record<string, CredentialSlot>,
	parameters: IDataObject = {},
	node: INode = TEST_NODE,
): ILoadOptionsFunctions {
	const request = authenticatedRequester(api, credentials, node);
	const context = {
		getNode: () => node,
		getNodeParameter: (name: string, fallback?: unknown) =>
			readParameter(parameters, name, fallback),
		getCurrentNodeParameter: (name: string, opts?: { extractValue?: boolean }) =>
			readParameter(parameters, name, undefined, opts?.extractValue),
		getCredentials: async (type: string) => ({ ...credentials[type].data }),
		helpers: {
			httpRequestWithAuthentication: request,
			httpRequest: async (opts: IHttpRequestOptions) => await api.send(opts),
		},
	};
	return context as unknown as ILoadOptionsFunctions;
}

/** What a webhook handler wrote to n8n's express response. */
export class FakeHttpResponse {
	statusCode?: number;
	headers: Record<string, string> = {};
	body?: string;
	ended = false;

	status(code: number) {
		this.statusCode = code;
		return this;
	}

	setHeader(name: string, value: string) {
		this.headers[name.toLowerCase()] = value;
		return this;
	}

	send(body?: string) {
		this.body = body;
		this.ended = true;
		return this;
	}

	end(body?: string) {
		if (body !== undefined) this.body = body;
		this.ended = true;
		return this;
	}
}

export interface WebhookRequest {
	body?: unknown;
	headers?: Record<string, string>;
	query?: IDataObject;
	ip?: string;
}

export interface WebhookRunOptions {
	parameters: IDataObject;
	request: WebhookRequest;
	/** The workflow's static data for this node, kept between deliveries when the same object is passed. */
	staticData?: IDataObject;
	api?: FakeApi;
	credentials?: Record<string, CredentialSlot>;
	node?: INode;
}

/** n8n's IWebhookFunctions for one delivery: the request, a response to write, parameters, static data. */
export function webhookContext(options: WebhookRunOptions) {
	const node = options.node ?? TEST_NODE;
	const api = options.api ?? new FakeApi();
	const response = new FakeHttpResponse();
	const staticData = options.staticData ?? {};
	const headers = Object.fromEntries(
		Object.entries(options.request.headers ?? {}).map(([name, value]) => [
			name.toLowerCase(),
			value,
		]),
	);
	const context = {
		getNode: () => node,
		getNodeParameter: (name: string, fallback?: unknown) =>
			readParameter(options.parameters, name, fallback),
		getBodyData: () => options.request.body,
		getHeaderData: () => headers,
		getQueryData: () => options.request.query ?? {},
		getRequestObject: () => ({
			ip: options.request.ip ?? '127.0.0.1',
			headers,
			query: options.request.query ?? {},
			body: options.request.body,
		}),
		getResponseObject: () => response,
		getWorkflowStaticData: () => staticData,
		getCredentials: async (type: string) => {
			const slot = options.credentials?.[type];
			if (!slot) throw new Error(`No credential of type ${type} in this test`);
			return { ...slot.data };
		},
		helpers: {
			httpRequestWithAuthentication: authenticatedRequester(api, options.credentials ?? {}, node),
			httpRequest: async (opts: IHttpRequestOptions) => await api.send(opts),
			returnJsonArray: (data: IDataObject | IDataObject[]) =>
				(Array.isArray(data) ? data : [data]).map((json) => ({ json })),
		},
	};
	return { ctx: context as unknown as IWebhookFunctions, response, staticData, api };
}

/** n8n's IHookFunctions for webhookMethods (activation): parameters, the webhook URL, a logger. */
export function hookContext(parameters: IDataObject, webhookUrl: string) {
	const warnings: string[] = [];
	const context = {
		getNode: () => TEST_NODE,
		getNodeParameter: (name: string, fallback?: unknown) =>
			readParameter(parameters, name, fallback),
		getNodeWebhookUrl: () => webhookUrl,
		logger: {
			warn: (message: string) => warnings.push(message),
			info: () => undefined,
			debug: () => undefined,
			error: () => undefined,
		},
	};
	return { ctx: context as unknown as IHookFunctions, warnings };
}

export interface NodeRun extends Partial<Omit<RunOptions, 'api' | 'credentials'>> {
	parameters: RunOptions['parameters'];
	responses?: Responder[];
	credentials: Record<string, CredentialSlot>;
}

/** Runs a node once against a fake API and returns its output and the requests sent. */
export async function runNode(node: INodeType, run: NodeRun) {
	const api = new FakeApi(run.responses ?? []);
	const ctx = executeContext({ ...run, api });
	const [output] = await (
		node.execute as (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>
	).call(ctx);
	return { output, requests: api.requests, api, credentials: run.credentials };
}

/** Like runNode, but for a run expected to fail: returns the error and the requests sent. */
export async function failNode(node: INodeType, run: NodeRun) {
	const api = new FakeApi(run.responses ?? []);
	const ctx = executeContext({ ...run, api });
	try {
		await (node.execute as (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>).call(ctx);
	} catch (error) {
		return { error: error as Error & IDataObject, requests: api.requests };
	}
	throw new Error('Expected the node to fail');
}
