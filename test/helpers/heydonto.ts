import type { IDataObject } from 'n8n-workflow';

import { HeyDontoApi } from '../../credentials/HeyDontoApi.credentials';
import { HeyDonto } from '../../nodes/HeyDonto/HeyDonto.node';
import type { CredentialSlot, Responder, RunOptions } from './fakeN8n';
import { FakeApi, failNode, loadOptionsContext, runNode } from './fakeN8n';
import { wire } from './wire';

export const BASE = 'http://heydonto.test';

/** A JWT that never expires (exp far in the future), as a user would paste it. */
export const PASTED_JWT = jwt({ sub: 1, email: 'admin@heydonto.test', exp: 4102444800 });

export const AUTH = { Authorization: `Bearer ${PASTED_JWT}` };

/** How long every HeyDonto and AHDS request waits for an answer unless Options › Timeout says otherwise. */
export const TIMEOUT = 30_000;

export function jwt(claims: IDataObject): string {
	const encode = (value: IDataObject) => Buffer.from(JSON.stringify(value)).toString('base64url');
	return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}.c2lnbmF0dXJl`;
}

export function tokenCredential(overrides: IDataObject = {}): Record<string, CredentialSlot> {
	return {
		heyDontoApi: {
			type: new HeyDontoApi(),
			data: {
				environment: 'custom',
				baseUrl: BASE,
				authMethod: 'token',
				accessToken: PASTED_JWT,
				sessionToken: '',
				...overrides,
			},
		},
	};
}

export function loginCredential(overrides: IDataObject = {}): Record<string, CredentialSlot> {
	return tokenCredential({
		authMethod: 'login',
		accessToken: '',
		email: 'admin@heydonto.test',
		password: 'Sandbox-Admin-1',
		...overrides,
	});
}

export interface HeyDontoRun extends Partial<Omit<RunOptions, 'api'>> {
	parameters: RunOptions['parameters'];
	responses?: Responder[];
}

/** Runs the HeyDonto node once against a fake API and returns its output and the requests sent. */
export async function runHeyDonto(run: HeyDontoRun) {
	return await runNode(new HeyDonto(), {
		...run,
		credentials: run.credentials ?? tokenCredential(),
	});
}

/** Like runHeyDonto, but for a run expected to fail: returns the error and the requests sent. */
export async function failHeyDonto(run: HeyDontoRun) {
	return await failNode(new HeyDonto(), {
		...run,
		credentials: run.credentials ?? tokenCredential(),
	});
}

export function heyDontoLoadOptions(responses: Responder[], parameters: IDataObject = {}) {
	const api = new FakeApi(responses);
	return {
		api,
		ctx: loadOptionsContext(api, tokenCredential(), parameters, undefined, new HeyDonto()),
	};
}

/** A resource locator value as n8n stores it. */
export const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });
export const fromList = (value: string | number) => ({
	__rl: true,
	mode: 'list',
	value: String(value),
});

/** The exact GET a test expects, with the pasted JWT's header. */
export const get = (path: string, qs?: IDataObject) => ({
	method: 'GET',
	url: wire(`${BASE}${path}`, qs),
	headers: AUTH,
	json: true,
	timeout: TIMEOUT,
});

export const send = (method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) => ({
	method,
	url: `${BASE}${path}`,
	...(body !== undefined ? { body } : {}),
	headers: AUTH,
	json: true,
	timeout: TIMEOUT,
});

/** Output items as n8n receives them: json plus the link to input item `item`. */
export const items = (records: IDataObject[], item = 0) =>
	records.map((json) => ({ json, pairedItem: { item } }));
