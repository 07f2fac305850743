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
	/** Response status; 0 when a `reset` fault dropped the connection. */
	status: number;
}

export interface SandboxFault {
	method: string | null;
	path: string | null;
	status: number;
	retryAfter: number | string | null;
	remaining: number;
	body?: unknown;
	reset: boolean;
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
}

export interface SandboxState {
	requests: LoggedRequest[];
	faults: SandboxFault[];
	/** Replaced (not mutated) by a reset: read it through `state.heydonto` each time. */
	heydonto: HeyDontoState;
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
