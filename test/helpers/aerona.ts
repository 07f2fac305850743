import type { IDataObject, INode } from 'n8n-workflow';

import { AeronaApi } from '../../credentials/AeronaApi.credentials';
import { Aerona } from '../../nodes/Aerona/Aerona.node';
import type { CredentialSlot, Responder, RunOptions } from './fakeN8n';
import { FakeApi, TEST_NODE, failNode, loadOptionsContext, runNode } from './fakeN8n';
import { wire } from './wire';

export const BASE = 'http://aerona.test/AeronaAPI/v1';
export const TOKEN = 'aerona-token-1';
export const AUTH = { 'AERONA-AUTH-TOKEN': TOKEN };
export const LOGIN = { username: 'frontdesk', password: 'Sandbox-Aerona-1', pin: '1234' };

/** How long every Aerona request (the login too) waits for an answer unless Options › Timeout says otherwise. */
export const TIMEOUT = 30_000;

let users = 0;

/**
 * An Aerona credential with a stored token (so no login), for a user of its own: the rate guard keeps one
 * budget per credential for the life of the process, so tests must not share one by accident.
 */
export function aeronaCredential(overrides: IDataObject = {}): Record<string, CredentialSlot> {
	users += 1;
	return {
		aeronaApi: {
			type: new AeronaApi(),
			data: {
				baseUrl: BASE,
				username: `${LOGIN.username}-${users}`,
				password: LOGIN.password,
				practicePin: LOGIN.pin,
				requestLimit: 300,
				requestWindowSeconds: 900,
				customizeLogin: false,
				sessionToken: TOKEN,
				...overrides,
			},
		},
	};
}

/** The login the credential sends for `aeronaCredential()` data (username given). */
export const loginRequest = (username: string, body: IDataObject = {}) => ({
	method: 'POST',
	url: `${BASE}/login`,
	body: { username, password: LOGIN.password, pin: LOGIN.pin, ...body },
	json: true,
	timeout: TIMEOUT,
});

/** The token answer of a login: 200 with the AERONA-AUTH-TOKEN header (lower-cased, as axios gives it). */
export const loginAnswer = (token: string) => ({
	status: 200,
	headers: { 'aerona-auth-token': token },
	body: { userId: 7 },
});

export interface AeronaRun extends Partial<Omit<RunOptions, 'api'>> {
	parameters: RunOptions['parameters'];
	responses?: Responder[];
}

/** Runs the Aerona node once against a fake API and returns its output and the requests sent. */
export async function runAerona(run: AeronaRun) {
	return await runNode(new Aerona(), {
		...run,
		credentials: run.credentials ?? aeronaCredential(),
	});
}

/** Like runAerona, but for a run expected to fail: returns the error and the requests sent. */
export async function failAerona(run: AeronaRun) {
	return await failNode(new Aerona(), {
		...run,
		credentials: run.credentials ?? aeronaCredential(),
	});
}

export function aeronaLoadOptions(responses: Responder[], parameters: IDataObject = {}) {
	const api = new FakeApi(responses);
	return {
		api,
		ctx: loadOptionsContext(api, aeronaCredential(), parameters, undefined, new Aerona()),
	};
}

/** A node whose Aerona credential has an ID, as n8n hands it to the node. */
export const nodeWithCredential = (id: string): INode => ({
	...TEST_NODE,
	type: 'n8n-nodes-heydonto.aerona',
	credentials: { aeronaApi: { id, name: `Aerona ${id}` } },
});

/** The exact GET a test expects, with the stored token's header. */
export const get = (path: string, qs?: IDataObject, token = TOKEN) => ({
	method: 'GET',
	url: wire(`${BASE}${path}`, qs),
	headers: { 'AERONA-AUTH-TOKEN': token },
	json: true,
	timeout: TIMEOUT,
});

export const send = (method: 'POST' | 'PUT', path: string, body: unknown) => ({
	method,
	url: `${BASE}${path}`,
	body,
	headers: AUTH,
	json: true,
	timeout: TIMEOUT,
});

export { byId, fromList, items } from './heydonto';
