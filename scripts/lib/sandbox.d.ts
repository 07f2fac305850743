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
