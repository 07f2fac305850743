/** The child process of a started server (a node:child_process ChildProcess). */
export interface ChildProcess {
	exitCode: number | null;
	kill(signal?: string): boolean;
}

export function startSandboxProcess(options?: {
	port?: number;
	args?: string[];
	onOutput?: (text: string) => void;
}): Promise<{ url: string; child: ChildProcess; output(): string; stop(): Promise<void> }>;

export interface LoggedRequest {
	/** When the request arrived (ms since the epoch, the sandbox's clock). */
	at: number;
	method: string;
	path: string;
	rawQuery: string;
	query: Record<string, unknown>;
	headers: Record<string, string>;
	body: unknown;
	status: number;
}

export interface SandboxClient {
	url: string;
	call(method: string, route: string, body?: object): Promise<unknown>;
	reset(): Promise<unknown>;
	seed(body: object): Promise<unknown>;
	token(body: { email: string; expiresInSeconds?: number; vendor?: string }): Promise<string>;
	revokeTokens(body?: { vendor?: string }): Promise<unknown>;
	fault(fault: object): Promise<unknown>;
	requests(): Promise<LoggedRequest[]>;
	clearRequests(): Promise<unknown>;
}

export function sandboxClient(url: string): SandboxClient;
