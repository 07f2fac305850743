import type { ChildProcess } from './n8n';

export const VERDACCIO: { version: string; overrides: Record<string, string> };
/** registry.npmjs.org: the registry n8n's community-package installer uses. */
export const NPM_REGISTRY_HOST: string;
export function verdaccioDir(): string;
export function ensureVerdaccio(log?: (message: string) => void): string;

export interface Verdaccio {
	/** http://127.0.0.1:<port>/ */
	url: string;
	port: number;
	child: ChildProcess;
	output(): string;
	/** npm publish <tarball>; resolves with npm's output ("+ name@version"). */
	publish(tarball: string): Promise<string>;
	stop(): Promise<void>;
}
export function startVerdaccio(dir: string, options?: { timeoutMs?: number }): Promise<Verdaccio>;
export function publish(tarball: string, url: string): Promise<string>;
export function withVersion(tarball: string, version: string, destination: string): string;
export function makeTestCa(
	dir: string,
	host?: string,
): { caCert: string; key: string; cert: string };

export type ProxyLogEntry =
	| {
			kind: 'forwarded';
			at: number;
			method: string;
			path: string;
			/** The local registry's answer (502 when it was unreachable). */
			status: number | undefined;
			userAgent: string;
			error?: string;
	  }
	| { kind: 'refused'; at: number; target: string }
	| { kind: 'tls-error'; at: number; target: string; error: string };

export interface RegistryProxy {
	/** http://127.0.0.1:<port> */
	url: string;
	log: ProxyLogEntry[];
	stop(): Promise<void>;
}
export function startRegistryProxy(options: {
	target: string;
	key: string;
	cert: string;
	host?: string;
}): Promise<RegistryProxy>;
export function withRegistryProxy(
	env: NodeJS.ProcessEnv,
	options: { proxyUrl: string; caCert: string; npmDir: string },
): NodeJS.ProcessEnv;
export function freePort(): Promise<number>;
