import type { IDataObject } from 'n8n-workflow';

import { Ahds } from '../../nodes/Ahds/Ahds.node';
import type { Responder, RunOptions } from './fakeN8n';
import { failNode, runNode } from './fakeN8n';
import { AUTH, BASE, TIMEOUT, tokenCredential } from './heydonto';
import { wire } from './wire';

export { AUTH, BASE, byId, fromList, items, loginCredential, tokenCredential } from './heydonto';

/** The site the contract tests use, and its AHDS prefix. */
export const SITE_ID = 7;
export const AHDS = `/site/${SITE_ID}/ahds/v1`;
export const site = { __rl: true, mode: 'id', value: String(SITE_ID) };

export const UUID = '3f2b8c1e-9d4a-4e6b-8f0c-1a2b3c4d5e6f';
export const UUID_2 = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
export const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export interface AhdsRun extends Partial<Omit<RunOptions, 'api'>> {
	parameters: RunOptions['parameters'];
	responses?: Responder[];
}

const withCredential = (run: AhdsRun) => ({
	...run,
	credentials: run.credentials ?? tokenCredential(),
});

/** Runs the AHDS node once against a fake API; returns its output and the requests sent. */
export async function runAhds(run: AhdsRun) {
	return await runNode(new Ahds(), withCredential(run));
}

/** Like runAhds, for a run expected to fail: the error and the requests sent (none, for bad input). */
export async function failAhds(run: AhdsRun) {
	return await failNode(new Ahds(), withCredential(run));
}

/** The exact request a test expects, with the pasted JWT's header. */
export const request = (
	method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
	path: string,
	extra: { qs?: IDataObject; body?: unknown; base?: string } = {},
) => ({
	method,
	url: wire(`${extra.base ?? BASE}${path}`, extra.qs),
	...(extra.body !== undefined ? { body: extra.body } : {}),
	headers: AUTH,
	json: true,
	timeout: TIMEOUT,
});

/** A page of a list in the `{data, meta}` envelope. */
export const page = (records: IDataObject[], total: number, pageIndex = 0, pageSize = 100) => ({
	body: { data: records, meta: { page: pageIndex, pageSize, total } },
});
