/** Types for sandbox/index.js (plain CommonJS), so TypeScript tests can `import { startSandbox } from '../../sandbox'`. */

export interface SandboxOptions {
	/** Default '127.0.0.1'. */
	host?: string;
	/** Default 0 (a random free port). */
	port?: number;
	/** Lifetime of tokens issued by POST /auth/login. Default 3600. */
	tokenTtlSeconds?: number;
	/** 'token' (default) -> `{ message: 'Login successful', token }`; 'accessToken' -> `{ accessToken }`. */
	loginResponseShape?: 'token' | 'accessToken';
	/** No console output. Default false. */
	quiet?: boolean;
	/** HS256 secret for JWTs. Default 'heydonto-sandbox-jwt-secret'. */
	jwtSecret?: string;
	/** Oldest entries of the request log are dropped beyond this. Default 10000. */
	maxLoggedRequests?: number;
	/** Lifetime of AlfaDocs OAuth2 access tokens. Default 3600. */
	alfadocsTokenTtlSeconds?: number;
	/** Lifetime of Aerona tokens. Default 3600 (Aerona: one hour). */
	aeronaTokenTtlSeconds?: number;
	/** Requests one Aerona token may send per window before it is invalidated. Default 300. */
	aeronaRateLimit?: number;
	/** The window of aeronaRateLimit. Default 900000 (15 minutes). */
	aeronaRateWindowMs?: number;
	/** Wait before a webhook delivery is retried. Default 60000 (the sandbox's stand-in for Aerona's hour). */
	webhookRetryMs?: number;
	/** Retries after the first attempt. Default 24 (Aerona). */
	webhookMaxRetries?: number;
	/** The sandbox's timeout as a webhook sender: past it a delivery is abandoned (`timedOut`). Default 10000. */
	webhookTimeoutMs?: number;
	/** Delay added to every API response (never to /__sandbox routes). Default 0. CLI: --latency-ms, $SANDBOX_LATENCY_MS. */
	latencyMs?: number;
	/** Jitter: each delay is latencyMs plus a whole number drawn uniformly from [-jitterMs, +jitterMs] (at least 0). Default 0. */
	jitterMs?: number;
	/** Seed of the jitter sequence. Default 'sandbox-latency'. */
	latencySeed?: string | number;
}

/** GET|PUT /__sandbox/latency. */
export interface LatencySettings {
	ms: number;
	jitterMs: number;
	seed: string | number;
}

export interface LoggedRequest {
	/** When the request arrived (ms since the epoch, the sandbox's clock). */
	at: number;
	method: string;
	path: string;
	/** The string after '?', '' if none. */
	rawQuery: string;
	query: Record<string, unknown>;
	/** Lower-cased header names, as received. */
	headers: Record<string, string | string[] | undefined>;
	/** Parsed JSON body, or null when there was none (or it was invalid JSON). */
	body: unknown;
	/** Response status; 0 when a `reset` fault dropped the connection or a `hang` fault never answered. */
	status: number;
	/** When the answer was sent (ms since the epoch); null while (or when) it never was (`hang`). */
	sentAt: number | null;
	/** sentAt - at; null when never answered. */
	ms: number | null;
	/** The delay added on purpose (latency + jitter + a fault's delayMs), in ms. */
	delayMs: number;
	/** The fault applied to this request, if any. */
	fault?:
		| 'status'
		| 'reset'
		| 'hang'
		| 'truncate'
		| 'delay'
		| 'rawBody'
		| 'html'
		| 'echo'
		| 'echo-on-error';
	/** The client had closed the connection before the (delayed) answer was ready; nothing was sent. */
	aborted?: true;
	/** Half the body was sent, then the connection was destroyed (`truncate`). */
	truncated?: true;
}

/** A queued fault as GET /__sandbox/faults lists it (the optional fields appear only when set). */
export interface SandboxFault {
	method: string | null;
	/** A regular expression tested against the path (without the query). */
	path: string | null;
	/** Only requests to this vendor's paths ('heydonto' includes its FHIR paths). */
	vendor?: 'heydonto' | 'heydonto-fhir' | 'ahds' | 'alfadocs' | 'aerona';
	/** The canned status; null when the API answers (hang, delayMs, truncate, echo: 'onError'). */
	status: number | null;
	retryAfter: number | string | null;
	remaining: number;
	body?: unknown;
	reset: boolean;
	hang?: true;
	truncate?: true;
	delayMs?: number;
	rawBody?: string;
	/** With rawBody; null: no Content-Type header. */
	contentType?: string | null;
	html?: true;
	echo?: true | 'onError';
	headers?: Record<string, string>;
}

/** What POST /__sandbox/faults takes (see sandbox/README.md). */
export interface FaultRequest {
	method?: string;
	path?: string;
	vendor?: SandboxFault['vendor'];
	count?: number;
	status?: number;
	retryAfter?: number | string;
	body?: unknown;
	headers?: Record<string, string>;
	reset?: boolean;
	hang?: boolean;
	truncate?: boolean;
	delayMs?: number;
	rawBody?: string;
	contentType?: string | null;
	html?: boolean;
	echo?: boolean | 'onError';
}

/** A stored record: every table row has these, plus its resource's fields. */
export interface Row {
	id: number;
	createdAt: string;
	updatedAt: string;
	[field: string]: unknown;
}

/** An in-memory table (sandbox/lib/table.js). */
export interface Table<R extends Row = Row> {
	/** Used in 404 messages: "<label> with ID <id> not found". */
	label: string;
	rows: R[];
	nextId: number;
	find(id: number): R | undefined;
}

export interface HeyDontoState {
	sites: Table;
	brands: Table;
	organizations: Table;
	users: Table;
	practiceManagementSystems: Table;
	dentalServices: Table;
	codes: Table;
	appointmentTypes: Table;
	assistants: Table;
	periomeasures: Table;
	/** One entry per accepted POST /site/:siteId/fhir-reset. */
	fhirResets: Array<{ siteId: number; force: boolean; at: string }>;
	/** One entry per user created or invitation resent. */
	invitations: Array<{ userId: number; email: string; at: string }>;
}

/** One attempt to deliver a webhook (sandbox/lib/webhooks.js). */
export interface WebhookAttempt {
	deliveryId?: string;
	type: string;
	url: string;
	/** 0 for the first attempt. */
	attempt: number;
	/** 0 when there was no answer. */
	status: number;
	error?: string;
	at: number;
	/** Until the answer, or until the sender gave up. */
	ms: number;
	/** The sender's timeout was hit (error 'ETIMEDOUT'). */
	timedOut: boolean;
	/** A re-send of a delivery already sent (fire with `repeat` or `deliveryIds`). */
	repeat?: true;
}

/** A HeyDonto FHIR resource as stored (sandbox/vendors/heydontoFhir). FHIR ids are strings. */
export interface FhirResource {
	resourceType: string;
	id: string;
	meta: { versionId: string; lastUpdated: string; [field: string]: unknown };
	[field: string]: unknown;
}

/** The resources of one type of one site, in creation order (`seq`). */
export interface FhirTypeStore {
	rows: Array<{ seq: number; resource: FhirResource }>;
	byId: Map<string, { seq: number; resource: FhirResource }>;
	/** Deleted ids, with when (GET answers 404 'deleted'). */
	deleted: Map<string, string>;
}

export interface HeyDontoFhirState {
	/** siteId -> resource type ('Patient', ...) -> records. */
	sites: Map<number, Map<string, FhirTypeStore>>;
	/** The frozen FHIR clock (ms), or null for real time. */
	frozenAt: number | null;
	/** The FHIR clock's reading (ms). */
	now(): number;
	store(siteId: number, type: string): FhirTypeStore;
}

export interface SandboxState {
	requests: LoggedRequest[];
	faults: SandboxFault[];
	/** Replaced (not mutated) by a reset: read it through `state.heydonto` each time. */
	heydonto: HeyDontoState;
	/** HeyDonto FHIR R4 records, replaced by a reset. */
	'heydonto-fhir': HeyDontoFhirState;
	[vendor: string]: unknown;
}

export interface DemoLogin {
	vendor: string;
	email: string;
	password: string;
	role: string;
}

export interface Sandbox {
	url: string;
	port: number;
	/** The node:http Server. */
	server: import('node:http').Server;
	state: SandboxState;
	options: Required<SandboxOptions>;
	/** Same as POST /__sandbox/reset. */
	reset(): void;
	demoLogins: DemoLogin[];
	close(): Promise<void>;
}

export function startSandbox(options?: SandboxOptions): Promise<Sandbox>;
export const DEFAULTS: Required<SandboxOptions>;
