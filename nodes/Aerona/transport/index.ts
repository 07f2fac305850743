import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { RequestContext } from '../../shared/http';
import type { Call } from '../../shared/transport';
import { createTransport } from '../../shared/transport';
import type { AeronaEndpointKey } from '../endpoints';
import { AERONA_ENDPOINTS } from '../endpoints';
import {
	AERONA_CREDENTIAL,
	AERONA_TIMEOUT_MS,
	DEFAULT_MAX_WAIT_SECONDS,
	aeronaBaseUrl,
} from './connection';
import { rateGuard } from './rateGuard';

export { AERONA_CREDENTIAL } from './connection';

/** Aerona's error body is not documented: a text, or JSON with `message` (Spring style) or `error`. */
export function aeronaMessage(body: unknown): string | undefined {
	if (typeof body === 'string') return body.trim().slice(0, 300) || undefined;
	if (body === null || typeof body !== 'object') return undefined;
	const record = body as IDataObject;
	for (const key of ['message', 'errorMessage', 'error_description', 'error', 'title']) {
		const value = record[key];
		if (typeof value === 'string' && value !== '') return value;
	}
	return undefined;
}

/**
 * Aerona answers some writes with a bare value: a created appointment with its ID (`34234`), a status
 * update with a boolean (`true`). Each becomes one item: `{ id }`, `{ success }`; a record stays as it is.
 */
export function toItem(body: unknown): IDataObject {
	if (typeof body === 'number') return { id: body };
	if (typeof body === 'boolean') return { success: body };
	if (typeof body === 'string') {
		const text = body.trim();
		if (/^\d+$/.test(text)) return { id: Number(text) };
		if (text === 'true' || text === 'false') return { success: text === 'true' };
		return text === '' ? { success: true } : { value: text };
	}
	if (body === null || body === undefined) return { success: true };
	return body as IDataObject;
}

/** How long the rate budget may make a request wait: the call's, else the node's Options › Max Wait. */
function maxWaitSeconds(ctx: RequestContext, call: Call<AeronaEndpointKey>): number {
	if (call.maxWaitSeconds !== undefined) return call.maxWaitSeconds;
	if (call.itemIndex === undefined) return DEFAULT_MAX_WAIT_SECONDS;
	const value = (ctx as IExecuteFunctions).getNodeParameter(
		'options.maxWait',
		call.itemIndex,
		DEFAULT_MAX_WAIT_SECONDS,
	);
	return typeof value === 'number' && value >= 0 ? value : DEFAULT_MAX_WAIT_SECONDS;
}

/**
 * Aerona's `request`, `record` and `list`. Its quirks: a slot of the credential's rate budget is taken
 * before every request that goes out (rateGuard.ts: Aerona invalidates the token of a user that sends
 * more than 300 requests in 15 minutes), lists are bare arrays without paging, and records may be
 * bare values (toItem).
 */
export const aerona = createTransport<AeronaEndpointKey>({
	vendor: 'Aerona',
	endpoints: AERONA_ENDPOINTS,
	credentialType: AERONA_CREDENTIAL,
	baseUrl: aeronaBaseUrl,
	message: aeronaMessage,
	record: toItem,
	timeoutMs: AERONA_TIMEOUT_MS,
	async beforeSend({ call, credentials }) {
		const wait = maxWaitSeconds(this, call);
		return rateGuard(this.getNode(), credentials, wait, call.itemIndex).beforeSend;
	},
	hints: {
		network: () => "Check the Aerona credential's Base URL, and that Aerona is reachable from n8n.",
		credential: () =>
			'Open the Aerona credential and fix its username, password or practice PIN; its Test button logs in. If they are right, check its Base URL and, under "Customize Login Request", the login path.',
		special({ status }, { endpoint, call: { subject } }) {
			const guessed =
				endpoint.source === 'INFERRED'
					? ` The path ${endpoint.method} ${endpoint.path} is inferred (Aerona does not publish it), so Aerona may use another one: see "Known gaps" in the package's README.`
					: '';
			if (status === 404 && subject) {
				return `No ${subject.label.toLowerCase()} with ID ${subject.id} exists or is visible to this Aerona user. Check the ${subject.label} ID.${guessed}`;
			}
			if ((status === 404 || status === 405) && guessed) return guessed.trim();
			return undefined;
		},
		byStatus: () => ({
			400: 'Aerona rejected the request: fix the fields named in the message.',
			401: 'Aerona rejected the token even after n8n logged in again. Check the username, password and practice PIN of the Aerona credential. Aerona also invalidates the token of a user that sends more than 300 requests in 15 minutes, for example when other software signs in as the same user.',
			403: 'The Aerona user of this credential may not see or change this record or practice.',
			404: 'Check the IDs in the node parameters.',
			429: 'Aerona is limiting the request rate and n8n already retried. Try again later.',
		}),
	},
});
