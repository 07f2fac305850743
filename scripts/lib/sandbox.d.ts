/** The child process of a started server (a node:child_process ChildProcess). */
export interface ChildProcess {
	exitCode: number | null;
	kill(signal?: string): boolean;
}

export function startSandboxProcess(options?: {
	port?: number;
	args?: string[];
	onOutput?: (text: string) => void;
	/** The sandbox's environment (default: this process's), e.g. SANDBOX_LATENCY_MS. */
	env?: Record<string, string | undefined>;
}): Promise<{ url: string; child: ChildProcess; output(): string; stop(): Promise<void> }>;

export interface LoggedRequest {
	/** When the request arrived (ms since the epoch, the sandbox's clock). */
	at: number;
	method: string;
	path: string;
	rawQuery: string;
	query: Record<string, unknown>;
	headers: Record<string, string>;
	/** The number of the client connection it came over (requests of a kept-alive connection share it). */
	connection: number;
	body: unknown;
	status: number;
	/** When the answer was sent (ms since the epoch); null if never (a `hang` fault). */
	sentAt: number | null;
	/** sentAt - at. */
	ms: number | null;
	/** Latency + jitter + a fault's delayMs added to this answer. */
	delayMs: number;
	fault?: string;
	aborted?: true;
	truncated?: true;
}

export interface LatencySettings {
	ms: number;
	jitterMs: number;
	seed: string | number;
}

/** A FHIR resource as the sandbox stores it. */
export interface FhirResource {
	resourceType: string;
	id?: string;
	meta?: { versionId?: string; lastUpdated?: string; [key: string]: unknown };
	[field: string]: unknown;
}

/** What fhirPut takes: resourceType defaults to the type, id to a new one, meta.lastUpdated to the FHIR clock. */
export interface FhirInput {
	resourceType?: string;
	id?: string;
	meta?: { versionId?: string; lastUpdated?: string; [key: string]: unknown };
	[field: string]: unknown;
}

export interface SandboxClient {
	url: string;
	call(method: string, route: string, body?: object): Promise<unknown>;
	reset(): Promise<unknown>;
	seed(body: object): Promise<unknown>;
	token(body: { email: string; expiresInSeconds?: number; vendor?: string }): Promise<string>;
	revokeTokens(body?: { vendor?: string }): Promise<unknown>;
	/** POST /__sandbox/faults: { method?, path?, query?, vendor?, count?, status?, body?, retryAfter?, headers?,
	 * reset?, hang?, truncate?, delayMs?, rawBody?, contentType?, html?, echo? } (sandbox/README.md). */
	fault(fault: object): Promise<unknown>;
	faults(): Promise<unknown[]>;
	clearFaults(): Promise<unknown>;
	requests(): Promise<LoggedRequest[]>;
	clearRequests(): Promise<unknown>;
	/** PUT /__sandbox/latency { ms, jitterMs, seed? }. */
	latency(ms: number, jitterMs?: number, seed?: string | number): Promise<LatencySettings>;
	getLatency(): Promise<LatencySettings>;
	/** No latency (ms 0, jitter 0). */
	clearLatency(): Promise<LatencySettings>;
	aeronaWebhooks(config: object): Promise<unknown>;
	aeronaDeliveries(): Promise<{ config: unknown; deliveries: Array<Record<string, unknown>> }>;
	/** { type?, count?, event?, concurrency?, wait?, timeoutMs?, report?, repeat?, deliveryIds? }. */
	aeronaFire(body: object): Promise<Record<string, unknown>>;
	alfadocsWebhookUrl(url: string | null): Promise<unknown>;
	/** { events?, format?: 'form' | 'json' | 'json-object', prepend?, append?, rawBody?, contentType?, timeoutMs? }. */
	alfadocsFire(body?: object): Promise<Record<string, unknown>>;
	/** Freezes the FHIR clock at `now` (ISO), or back to real time with null. */
	fhirClock(now: string | null): Promise<{ now: string | null; frozen: boolean }>;
	/** Creates or replaces (same id) one resource, or many (an array), bypassing auth and the log. */
	fhirPut(
		siteId: number,
		type: string,
		resource: FhirInput | FhirInput[],
	): Promise<FhirResource | FhirResource[]>;
	/** Every stored resource of the type (creation order), or one by id. */
	fhirGet(siteId: number, type: string, id?: string): Promise<FhirResource[] | FhirResource>;
	/** Deletes one resource, or every resource of the type (no id). */
	fhirDelete(siteId: number, type: string, id?: string): Promise<unknown>;
	/** POST /__sandbox/seed { vendor: 'heydonto-fhir', siteId, patients?, appointments?, practitioners? }. */
	fhirSeed(body: {
		siteId: number;
		patients?: number;
		appointments?: number;
		practitioners?: number;
	}): Promise<Record<string, unknown>>;
	/**
	 * Freezes the AHDS clock of createdAt/updatedAt at `now` (ISO), or back to real time with null; with
	 * `advanceMs` (and `now` undefined), moves the frozen clock.
	 */
	ahdsClock(
		now: string | null | undefined,
		advanceMs?: number,
	): Promise<{ now: string; frozen: boolean }>;
}

export function sandboxClient(url: string): SandboxClient;
