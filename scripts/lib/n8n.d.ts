/** The child process of a started server (a node:child_process ChildProcess). */
export interface ChildProcess {
	exitCode: number | null;
	kill(signal?: string): boolean;
}

/** A supported n8n version (scripts/lib/versions.js). */
export interface SupportedVersion {
	n8n: string;
	/** The Node.js version it runs on; null = the one running the scripts. */
	node: string | null;
	why: string;
	overrides: Record<string, string>;
	ignoreScripts: boolean;
	rebuild: string[];
	env(url: string): Record<string, string>;
}
export type VersionLike = SupportedVersion | string | undefined;

export const ROOT: string;
export const PACKAGE_NAME: string;
export const OWNER: { email: string; password: string; firstName: string; lastName: string };
export const versions: {
	SUPPORTED: SupportedVersion[];
	CURRENT: SupportedVersion;
	supported(version: string): SupportedVersion;
	selected(env?: NodeJS.ProcessEnv): SupportedVersion;
	matrix(env?: NodeJS.ProcessEnv): SupportedVersion[];
};
export function versionOf(version?: VersionLike): SupportedVersion;
export function hostDir(version?: VersionLike): string;
export function nodeFor(version?: VersionLike): { version: string; bin: string; home: string };
export function n8nCommand(version?: VersionLike): [string, string];
export function ensureN8n(log?: (message: string) => void, version?: VersionLike): string;
export function packPackage(destination: string): string;
export function installPackage(userFolder: string, tarball: string): void;
export function n8nEnv(options: {
	userFolder: string;
	port?: number;
	host?: string;
	publicHost?: string;
	extra?: Record<string, string>;
	version?: VersionLike;
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
	/** When n8n started the run, as SQLite keeps it (UTC, no zone): "2026-11-29 15:04:07.697". */
	startedAt: string;
	/** n8n's run data: { resultData: { runData, error? }, ... } */
	data: unknown;
}
export function readLatestExecution(
	userFolder: string,
	workflowId: string,
	version?: VersionLike,
): Promise<StoredExecution | undefined>;
export function executeWorkflow(
	id: string,
	env: NodeJS.ProcessEnv,
	options?: { timeoutMs?: number; command?: string[] },
): Promise<CliResult & { signal: string | null; crashedAtExit: boolean; run?: StoredExecution }>;
export function isPortFree(port: number, host?: string): Promise<boolean>;
export function freePortPair(min?: number, max?: number): Promise<number>;
export function startN8n(
	env: NodeJS.ProcessEnv,
	options?: { timeoutMs?: number; onOutput?: (text: string) => void },
): Promise<{ child: ChildProcess; base: string; output(): string }>;
export function stopN8n(child: ChildProcess | undefined): Promise<void>;
export function ownerSession(
	base: string,
	owner?: { email: string; password: string },
): Promise<string>;
