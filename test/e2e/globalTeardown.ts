/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test-only (never shipped): cleans up what globalSetup made */
import * as fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
	const state = (globalThis as { __E2E__?: { sandbox: { stop(): Promise<void> }; work: string } })
		.__E2E__;
	if (!state) return;
	await state.sandbox.stop();
	if (!process.env.E2E_KEEP) fs.rmSync(state.work, { recursive: true, force: true });
}
