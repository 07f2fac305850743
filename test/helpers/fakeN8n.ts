/**
 * A stand-in for the parts of n8n a node touches while it runs: the parameters, the input items,
 * Continue On Fail, binary data and n8n-core's request helpers. Parameters are filled as n8n fills a
 * saved node's parameters, with n8n-workflow's own NodeHelpers.getNodeParameters: defaults added,
 * parameters that displayOptions hide dropped. Requests go through n8nCore.ts (the one copy of
 * n8n-core's authentication logic, with the version it mirrors and what it leaves out), and every
 * request that would go on the wire is recorded after authentication: method, the URL as axios
 * serialises it (query included), headers and body.
 */
import type {
	IBinaryData,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	IHookFunctions,
	ILoadOptionsFunctions,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import type { CredentialSlot } from './n8nCore';
import { AxiosError, authenticatedRequester, wireUrl } from './n8nCore';

export type { CredentialSlot } from './n8nCore';

export interface FakeResponse {
	status?: number;
	/** JSON, or text: text that is valid JSON reaches the node parsed, as axios parses it. */
	body?: unknown;
	headers?: Record<string, string>;
	/** A network failure instead of a response (ECONNREFUSED, ECONNRESET...). */
	networkError?: string;
	/** No answer within the request's timeout. */
	timeout?: true;
}

/** An answer, or a function of the request giving one (later, to test answers that come out of order). */
export type Responder =
	| FakeResponse
	| ((request: SentRequest) => FakeResponse | Promise<FakeResponse>);

/** A request as it would go on the wire: the URL with its serialised query. */
export interface SentRequest {
	method: string;
	url: string;
	headers?: IDataObject;
	body?: unknown;
	json?: boolean;
	/** Milliseconds the request waits for an answer. */
	timeout?: number;
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
			url: wireUrl(options),
		};
		for (const key of ['headers', 'body', 'json', 'timeout'] as const) {
			if (options[key] !== undefined)
				(request as unknown as IDataObject)[key] = options[key] as IDataObject;
		}
		// A copy: OAuth2 signing writes into the request's headers object after it was sent.
		if (options.headers) request.headers = { ...options.headers };
		this.requests.push(request);
		const next = this.queue.shift();
		if (next === undefined) throw new Error(`Unexpected request: ${request.method} ${request.url}`);
		const response = typeof next === 'function' ? await next(request) : next;
		if (response.networkError) {
			throw new AxiosError(`connect ${response.networkError} 127.0.0.1:9`, response.networkError);
		}
		if (response.timeout) {
			throw new AxiosError(`timeout of ${options.timeout ?? 0}ms exceeded`, 'ECONNABORTED');
		}
		const status = response.status ?? 200;
		const headers = response.headers ?? {};
		const body = parsedLikeAxios(response.body);
		if (status >= 400 && !options.ignoreHttpStatusErrors) {
			throw new AxiosError(`Request failed with status code ${status}`, 'ERR_BAD_REQUEST', {
				status,
				data: body,
				headers,
			});
		}
		return options.returnFullResponse ? { body, headers, statusCode: status } : body;
	}
}

/** axios' default transformResponse (forcedJSONParsing, silentJSONParsing): JSON text parsed, other text kept. */
function parsedLikeAxios(body: unknown): unknown {
	if (typeof body !== 'string' || body === '') return body;
	try {
		return JSON.parse(body) as unknown;
	} catch {
		return body;
	}
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
	/**
	 * The node type: its parameters are then filled like n8n fills a saved node's (defaults added,
	 * hidden ones dropped). Without it the parameters are read as given.
	 */
	nodeType?: INodeType;
	/** The workflow's time zone. Default Europe/Rome. */
	timezone?: string;
}

/** A node's parameters as n8n holds them at run time: NodeHelpers.getNodeParameters over the description. */
export function nodeParameters(
	nodeType: INodeType,
	parameters: IDataObject,
	node: INode = TEST_NODE,
): IDataObject {
	const { description } = nodeType;
	return (NodeHelpers.getNodeParameters(
		description.properties,
		parameters as INodeParameters,
		true,
		false,
		node,
		description,
	) ?? {}) as IDataObject;
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
	const filled = new Map<unknown, IDataObject>();
	const parametersOf = (i: number) => {
		const given =
			typeof options.parameters === 'function' ? options.parameters(i) : options.parameters;
		if (!options.nodeType) return given;
		if (!filled.has(given)) filled.set(given, nodeParameters(options.nodeType, given, node));
		return filled.get(given) as IDataObject;
	};
	const request = authenticatedRequester(
		async (opts) => await options.api.send(opts),
		options.credentials,
		node,
	);
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

/**
 * n8n's ILoadOptionsFunctions for a picker: the node's current parameters (filled like a saved node's
 * when the node type is given), its credential and the request helpers.
 */
export function loadOptionsContext(
	api: FakeApi,
	credentials: Record<string, CredentialSlot>,
	given: IDataObject = {},
	node: INode = TEST_NODE,
	nodeType?: INodeType,
): ILoadOptionsFunctions {
	const parameters = nodeType ? nodeParameters(nodeType, given, node) : given;
	const request = authenticatedRequester(async (opts) => await api.send(opts), credentials, node);
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
	/** The workflow's ID (what a trigger keys its per-process memory by); default "wf-test". */
	workflowId?: string;
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
		getWorkflow: () => ({ id: options.workflowId ?? 'wf-test', name: 'Test', active: true }),
		getCredentials: async (type: string) => {
			const slot = options.credentials?.[type];
			if (!slot) throw new Error(`No credential of type ${type} in this test`);
			return { ...slot.data };
		},
		helpers: {
			httpRequestWithAuthentication: authenticatedRequester(
				async (opts) => await api.send(opts),
				options.credentials ?? {},
				node,
			),
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
	const ctx = executeContext({ ...run, api, nodeType: node });
	const [output] = await (
		node.execute as (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>
	).call(ctx);
	return { output, requests: api.requests, api, credentials: run.credentials };
}

/** Like runNode, but for a run expected to fail: returns the error and the requests sent. */
export async function failNode(node: INodeType, run: NodeRun) {
	const api = new FakeApi(run.responses ?? []);
	const ctx = executeContext({ ...run, api, nodeType: node });
	try {
		await (node.execute as (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>).call(ctx);
	} catch (error) {
		return { error: error as Error & IDataObject, requests: api.requests };
	}
	throw new Error('Expected the node to fail');
}

export interface PollRun {
	/** The node's parameters as saved; filled like n8n fills them (defaults added, hidden ones dropped). */
	parameters: IDataObject;
	credentials: Record<string, CredentialSlot>;
	/** 'trigger' (an active workflow's poll) or 'manual' (Fetch Test Event). Default 'trigger'. */
	mode?: 'trigger' | 'manual';
	/** The node's static data, kept between polls when the same object is passed. */
	staticData?: IDataObject;
	responses?: Responder[];
	/** Reuse an API (and its queue and recorded requests) across polls. */
	api?: FakeApi;
	node?: INode;
	timezone?: string;
}

/** n8n's IPollFunctions for one poll: parameters, credentials, the request helpers, static data, a logger. */
export function pollContext(nodeType: INodeType, run: PollRun) {
	const node = run.node ?? TEST_NODE;
	const api = run.api ?? new FakeApi(run.responses ?? []);
	if (run.api && run.responses) api.push(...run.responses);
	const staticData = run.staticData ?? {};
	const parameters = nodeParameters(nodeType, run.parameters, node);
	const warnings: string[] = [];
	const context = {
		getNode: () => node,
		getMode: () => run.mode ?? 'trigger',
		getActivationMode: () => 'activate',
		getTimezone: () => run.timezone ?? 'Europe/Rome',
		getNodeParameter: (name: string, fallback?: unknown, opts?: { extractValue?: boolean }) =>
			readParameter(parameters, name, fallback, opts?.extractValue),
		getCredentials: async (type: string) => ({ ...run.credentials[type].data }),
		getWorkflowStaticData: (type: string) => {
			if (type !== 'node') throw new Error(`Only node static data in this fake, not "${type}"`);
			return staticData;
		},
		logger: {
			warn: (message: string) => warnings.push(message),
			info: () => undefined,
			debug: () => undefined,
			error: () => undefined,
		},
		helpers: {
			httpRequestWithAuthentication: authenticatedRequester(
				async (opts) => await api.send(opts),
				run.credentials,
				node,
			),
			httpRequest: async (opts: IHttpRequestOptions) => await api.send(opts),
			returnJsonArray: (data: IDataObject | IDataObject[]) =>
				(Array.isArray(data) ? data : [data]).map((json) => ({ json })),
		},
	};
	return { ctx: context as unknown as IPollFunctions, api, staticData, warnings };
}

/** Runs a polling trigger's poll once: what it emitted (null for nothing), the requests, the static data. */
export async function pollNode(nodeType: INodeType, run: PollRun) {
	const { ctx, api, staticData, warnings } = pollContext(nodeType, run);
	const poll = nodeType.poll as (this: IPollFunctions) => Promise<INodeExecutionData[][] | null>;
	const sentBefore = api.requests.length;
	const emitted = await poll.call(ctx);
	return {
		emitted,
		/** The records emitted (json of the first output), [] for none. */
		records: emitted?.[0].map((item) => item.json) ?? [],
		requests: api.requests.slice(sentBefore),
		api,
		staticData,
		warnings,
	};
}

/**
 * A polling trigger polled again and again, as n8n does with an active workflow: the same node, static
 * data and fake API for every poll. `parameters` are the node's, each poll adding its own.
 */
export function poller(
	nodeType: INodeType,
	credentials: Record<string, CredentialSlot>,
	parameters: IDataObject,
) {
	const api = new FakeApi();
	const staticData: IDataObject = {};
	const poll = async (responses: PollRun['responses'], mode: PollRun['mode'] = 'trigger') =>
		await pollNode(nodeType, { parameters, credentials, api, staticData, responses, mode });
	return { poll, staticData, api };
}
