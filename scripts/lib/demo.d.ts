import type { IDataObject } from 'n8n-workflow';

export const DEMO: string;
export function demoFiles(
	sandboxUrl: string,
	extra?: Record<string, string>,
): Promise<{ credentials: IDataObject[]; workflows: IDataObject[] }>;
export function importFiles(
	env: NodeJS.ProcessEnv,
	files: { credentials: IDataObject[]; workflows: IDataObject[] },
	work: string,
): void;
