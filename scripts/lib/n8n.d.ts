/** The child process of a started server (a node:child_process ChildProcess). */
export interface ChildProcess {
	exitCode: number | null;
	kill(signal?: string): boolean;
}

export const ROOT: string;
export const N8N_VERSION: string;
export const PACKAGE_NAME: string;
export const OWNER: { email: string; password: string; firstName: string; lastName: string };
export function hostDir(): string;
export function n8nBin(): string;
export function ensureN8n(log?: (message: string) => void): string;
export function packPackage(destination: string): string;
export function installPackage(userFolder: string, tarball: string): void;
export function n8nEnv(options: {
	userFolder: string;
	port?: number;
	host?: string;
	publicHost?: string;
	extra?: Record<string, string>;
}): NodeJS.ProcessEnv;
export interface CliResult {
	status: number | null;
	stdout: string;
	stderr: string;
}
export function cli(args: string[], env: NodeJS.ProcessEnv): CliResult;
export function cliOrThrow(args: string[], env: NodeJS.ProcessEnv): CliResult;
export interface StoredExecution {
	id: number;
	status: string;
	mode: string;
	/** n8n's run data: { resultData: { runData, error? }, ... } */
	data: unknown;
}
export function readLatestExecution(userFolder: string, workflowId: string): Promise<StoredExecution | undefined>;
export function executeWorkflow(
	id: string,
	env: NodeJS.ProcessEnv,
	options?: { timeoutMs?: number; command?: string[] },
): Promise<CliResult & { run?: StoredExecution }>;
export function startN8n(
	env: NodeJS.ProcessEnv,
	options?: { timeoutMs?: number; onOutput?: (text: string) => void },
): Promise<{ child: ChildProcess; base: string; output(): string }>;
export function stopN8n(child: ChildProcess | undefined): Promise<void>;
export function ownerSession(
	base: string,
	owner?: { email: string; password: string },
): Promise<string>;
