import type { ChildProcess, VersionLike } from './n8n';

export interface Service {
	port: number;
	stop(): Promise<void>;
}
export interface Postgres extends Service {
	database: string;
	user: string;
}
export interface QueueProcess {
	name: string;
	child: ChildProcess;
	output(): string;
}
export interface Queue {
	postgres: Postgres;
	redis: Service;
	main: { child: ChildProcess; base: string; output(): string };
	workers: QueueProcess[];
	webhook: QueueProcess & { base: string };
	/** The main process's environment (its CLI talks to the same database). */
	mainEnv: NodeJS.ProcessEnv;
	stop(): Promise<void>;
}

export function postgresBin(): string;
export function startPostgres(options: { dir: string; port: number }): Promise<Postgres>;
export function startRedis(options: { dir: string; port: number }): Promise<Service>;
export function queueEnv(
	base: NodeJS.ProcessEnv,
	services: { postgres: Postgres; redis: Service },
): NodeJS.ProcessEnv;
export function startQueue(options: {
	root: string;
	/** The community-nodes folder the package is installed in (<user folder>/.n8n/nodes). */
	nodesDir: string;
	version?: VersionLike;
	workers?: number;
	extra?: Record<string, string>;
	/** Runs before the main process starts, with its environment (import, publish). */
	prepare?(env: NodeJS.ProcessEnv): Promise<void> | void;
	onOutput?(name: string, text: string): void;
}): Promise<Queue>;
export function queueRoot(label?: string): string;
export function stopChild(child: ChildProcess, timeoutMs?: number): Promise<void>;
