import type { IDataObject, INode } from 'n8n-workflow';

import { AlfaDocsApi } from '../../credentials/AlfaDocsApi.credentials';
import { AlfaDocsOAuth2Api } from '../../credentials/AlfaDocsOAuth2Api.credentials';
import { AlfaDocs } from '../../nodes/AlfaDocs/AlfaDocs.node';
import type { CredentialSlot, Responder, RunOptions } from './fakeN8n';
import { FakeApi, TEST_NODE, executeContext, loadOptionsContext } from './fakeN8n';
import { wire } from './wire';

export const HOST = 'http://alfadocs.test';
export const BASE = `${HOST}/api/v1`;
export const API_KEY = 'JcqPcPQ0Cg07vfYatzZPvuJO3ueuaec3';
export const PRACTICE = 7;
export const ARCHIVE = 11;
/** The path prefix of the credential's practice and archive. */
export const P = `/practices/${PRACTICE}/archives/${ARCHIVE}`;

export const KEY_HEADERS = { Accept: 'application/json', 'X-Api-Key': API_KEY };

/** How long every AlfaDocs request waits for an answer unless Options › Timeout says otherwise. */
export const TIMEOUT = 60_000;

export function apiKeyCredential(overrides: IDataObject = {}): Record<string, CredentialSlot> {
	return {
		alfaDocsApi: {
			type: new AlfaDocsApi(),
			data: { apiKey: API_KEY, baseUrl: BASE, ...overrides },
		},
	};
}

/** An OAuth2 credential as n8n hands it to a node: expressions resolved, the token stored. */
export function oAuth2Credential(overrides: IDataObject = {}): Record<string, CredentialSlot> {
	return {
		alfaDocsOAuth2Api: {
			type: new AlfaDocsOAuth2Api(),
			data: {
				grantType: 'authorizationCode',
				instanceUrl: HOST,
				authUrl: `${HOST}/oauth2/authorize`,
				accessTokenUrl: `${HOST}/oauth2/token`,
				clientId: 'n8n-client',
				clientSecret: 'client-secret-value',
				authentication: 'body',
				scope: 'patient:view appointment:list',
				oauthTokenData: {
					token_type: 'Bearer',
					access_token: 'access-token-1',
					refresh_token: 'refresh-token-1',
					expires_in: 3600,
				},
				...overrides,
			},
		},
	};
}

let runs = 0;

/** The node as n8n passes it, with a credential ID of its own per run (the throttle is per credential). */
export function nodeWithCredentials(): INode {
	runs += 1;
	const credential = { id: `cred-${runs}`, name: 'AlfaDocs test' };
	return {
		...TEST_NODE,
		type: 'n8n-nodes-heydonto.alfaDocs',
		credentials: { alfaDocsApi: credential, alfaDocsOAuth2Api: credential },
	};
}

export interface AlfaDocsRun extends Partial<Omit<RunOptions, 'api'>> {
	parameters: RunOptions['parameters'];
	responses?: Responder[];
}

/** Runs the AlfaDocs node once against a fake API and returns its output and the requests sent. */
export async function runAlfaDocs(run: AlfaDocsRun) {
	const api = new FakeApi(run.responses ?? []);
	const credentials = run.credentials ?? apiKeyCredential();
	const ctx = executeContext({ node: nodeWithCredentials(), ...run, api, credentials });
	const [output] = await new AlfaDocs().execute.call(ctx);
	return { output, requests: api.requests, api, credentials };
}

/** Like runAlfaDocs, for a run expected to fail: the error and the requests sent. */
export async function failAlfaDocs(run: AlfaDocsRun) {
	const api = new FakeApi(run.responses ?? []);
	const ctx = executeContext({
		node: nodeWithCredentials(),
		...run,
		api,
		credentials: run.credentials ?? apiKeyCredential(),
	});
	try {
		await new AlfaDocs().execute.call(ctx);
	} catch (error) {
		return { error: error as Error & IDataObject, requests: api.requests };
	}
	throw new Error('Expected the node to fail');
}

/** Runs the node expecting it to refuse the input before any request; gives the error message. */
export async function refused(run: AlfaDocsRun): Promise<string> {
	const { error, requests } = await failAlfaDocs(run);
	expect(requests).toEqual([]);
	return error.message;
}

export function alfaDocsLoadOptions(responses: Responder[], parameters: IDataObject = {}) {
	const api = new FakeApi(responses);
	return {
		api,
		ctx: loadOptionsContext(
			api,
			apiKeyCredential(),
			parameters,
			nodeWithCredentials(),
			new AlfaDocs(),
		),
	};
}

/** GET /me as AlfaDocs answers it. */
export const ME = {
	status: 'success',
	data: {
		practiceId: PRACTICE,
		archiveId: ARCHIVE,
		userId: 501,
		userEmail: 'owner@studio-rossi.test',
		ownerEmail: 'owner@studio-rossi.test',
	},
};

/** The `{status, count, data}` envelope of lists. */
export const list = (data: IDataObject[]) => ({ status: 'success', count: data.length, data });
/** The `{status, data}` envelope of one record. */
export const one = (data: IDataObject) => ({ status: 'success', data });

/** A resource locator value as n8n stores it. */
export const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });
export const fromList = (value: string | number) => ({
	__rl: true,
	mode: 'list',
	value: String(value),
});

/** The exact request the node sends with the API key credential. */
export function expected(
	method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
	path: string,
	extra: { qs?: IDataObject; body?: unknown; headers?: IDataObject } = {},
) {
	return {
		method,
		url: wire(`${BASE}${path}`, extra.qs),
		headers: extra.headers ?? KEY_HEADERS,
		...(extra.body !== undefined ? { body: extra.body } : {}),
		json: true,
		timeout: TIMEOUT,
	};
}

export const meRequest = expected('GET', '/me');

/** Output items as n8n receives them: json plus the link to input item `item`. */
export const items = (records: IDataObject[], item = 0) =>
	records.map((json) => ({ json, pairedItem: { item } }));
