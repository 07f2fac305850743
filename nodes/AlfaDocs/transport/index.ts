import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { RequestContext } from '../../shared/http';
import { budgetFor } from '../../shared/throttle';
import { createTransport } from '../../shared/transport';
import { isBlank, toId } from '../../shared/validate';
import type { AlfaDocsEndpointKey } from '../endpoints';
import { ALFADOCS_ENDPOINTS } from '../endpoints';
import type { AlfaDocsCredentialType } from './connection';
import { ALFADOCS_CREDENTIALS, ALFADOCS_TIMEOUT_MS, alfaDocsApiUrl } from './connection';

/**
 * About 10 requests per second: the vendor's own guidance (CODE; see docs/sources.md), as one request
 * every 100 ms. Evenly, not 10 at once each second: concurrent requests taken in a burst at one
 * second's edge would reach AlfaDocs together with the next second's, well over 10 within a second.
 * Kept per credential for the life of the n8n process (see ../../shared/throttle.ts); a request waits
 * up to a minute for a slot.
 */
export const ALFADOCS_BUDGET = { limit: 1, windowMs: 100 };

/**
 * Options › Concurrency by default: enough requests in flight to use the whole budget of 10 a second
 * for round trips of up to a second (the budget, not this, keeps the node at AlfaDocs' pace).
 */
export const ALFADOCS_CONCURRENCY = 10;
const MAX_THROTTLE_WAIT_MS = 60_000;

/** The practice and archive every resource path is scoped to. */
export interface Scope {
	practiceId: number;
	archiveId: number;
}

/** What one node execution remembers: the answer of GET /me, asked at most once. */
export interface Session {
	me?: Promise<IDataObject>;
}

export const newSession = (): Session => ({});

type Ctx = IExecuteFunctions | ILoadOptionsFunctions;

/** The credential the node's Authentication parameter picks (API key unless OAuth2 is chosen). */
function credentialTypeAt(ctx: RequestContext, itemIndex?: number): AlfaDocsCredentialType {
	const choice =
		itemIndex === undefined
			? (ctx as ILoadOptionsFunctions).getNodeParameter('authentication', 'apiKey')
			: (ctx as IExecuteFunctions).getNodeParameter('authentication', itemIndex, 'apiKey');
	return choice === 'oAuth2' ? ALFADOCS_CREDENTIALS.connectedApp : ALFADOCS_CREDENTIALS.apiKey;
}

/** AlfaDocs errors are `{error}` or, for OAuth and marketplace calls, `{error, error_description}`. */
export function alfaDocsMessage(body: unknown): string | undefined {
	if (typeof body === 'string') return body.trim() || undefined;
	if (body === null || typeof body !== 'object') return undefined;
	const { error, error_description: description, message } = body as IDataObject;
	if (typeof description === 'string' && description !== '') return description;
	if (typeof error === 'string' && error !== '') return error;
	return typeof message === 'string' && message !== '' ? message : undefined;
}

/**
 * The record of a `{status, data: {...}}` answer (a bare object is returned as it is, and anything
 * else too, for the transport to refuse as not a record).
 */
export function unwrap(body: unknown): IDataObject {
	if (body === null || typeof body !== 'object' || Array.isArray(body)) return body as IDataObject;
	const { data } = body as IDataObject;
	if (data !== null && typeof data === 'object' && !Array.isArray(data)) return data as IDataObject;
	return body as IDataObject;
}

/**
 * AlfaDocs' `request`, `record` and `list`. Its quirks: every resource path is scoped to a practice and
 * an archive, resolved once per execution from the session (resolveScope); two credential types, picked
 * by the node's Authentication; about 10 requests per second; records in a `{status, data}` envelope.
 * Lists are answered whole (date windows and patient search pages are the operations' business).
 */
export const alfaDocs = createTransport<AlfaDocsEndpointKey, Session>({
	vendor: 'AlfaDocs',
	endpoints: ALFADOCS_ENDPOINTS,
	credentialType: credentialTypeAt,
	baseUrl: (credentials, type) => alfaDocsApiUrl(type as AlfaDocsCredentialType, credentials),
	message: alfaDocsMessage,
	options: { headers: { Accept: 'application/json' } },
	record: unwrap,
	timeoutMs: ALFADOCS_TIMEOUT_MS,
	async pathParams(call, endpoint) {
		if (!endpoint.path.includes('{practiceId}')) return {};
		const scope = await resolveScope(this as Ctx, call.state ?? newSession(), call.itemIndex);
		return { ...scope };
	},
	async beforeSend({ credentialType }) {
		const credentialId = this.getNode().credentials?.[credentialType]?.id ?? 'unsaved';
		await budgetFor(`alfadocs:${credentialType}:${credentialId}`, ALFADOCS_BUDGET).take(
			MAX_THROTTLE_WAIT_MS,
		);
	},
	hints: {
		network: (_failure, { credentialType }) =>
			credentialType === ALFADOCS_CREDENTIALS.connectedApp
				? 'Check the AlfaDocs URL of the credential, and that AlfaDocs is reachable from n8n.'
				: "Check the credential's Base URL, and that AlfaDocs is reachable from n8n.",
		credential: (_failure, { credentialType }) =>
			credentialType === ALFADOCS_CREDENTIALS.connectedApp
				? 'Reconnect the AlfaDocs OAuth2 credential (open it and click Reconnect): its access was revoked or has expired.'
				: 'Open the AlfaDocs credential and check its API key (keys are made under Impostazioni → Studio → Chiavi API).',
		special({ status }, { call: { subject } }) {
			if (status !== 404 || !subject) return undefined;
			if (subject.parent) {
				return `Either the ${subject.parent.label.toLowerCase()} with ID ${subject.parent.id} or the ${subject.label.toLowerCase()} with ID ${subject.id} does not exist in this archive. Check both IDs, and the Practice and Archive.`;
			}
			return `No ${subject.label.toLowerCase()} with ID ${subject.id} exists in this archive. Check the ${subject.label} ID (or pick it from the list), and the Practice and Archive.`;
		},
		byStatus({ credentialType }) {
			const oAuth2 = credentialType === ALFADOCS_CREDENTIALS.connectedApp;
			return {
				400: 'AlfaDocs rejected the request: fix the parameters named in the message.',
				401: oAuth2
					? 'Reconnect the AlfaDocs OAuth2 credential: its access was revoked or has expired.'
					: 'Check the API key of the AlfaDocs credential: it may be wrong or revoked (keys are made under Impostazioni → Studio → Chiavi API).',
				403: oAuth2
					? "The connection may not use this practice or archive, or lacks the scope for this operation: check Practice and Archive, or add the scope to the credential's Scopes and reconnect."
					: "An API key only opens its own archive: check Practice and Archive, or leave them empty to use the key's archive.",
				404: 'Check the IDs in the node parameters, and the Practice and Archive.',
				429: 'AlfaDocs is limiting the request rate and n8n already retried. Try again later, or slow the workflow down.',
			};
		},
	},
});

/** GET /me, once per execution: `{status, data: {practiceId, archiveId, userId, userEmail, ownerEmail}}`. */
export async function me(ctx: RequestContext, session: Session, itemIndex?: number) {
	if (!session.me) {
		const pending = alfaDocs.record.call(ctx, { endpoint: 'me.get', itemIndex });
		session.me = pending;
		// A failed GET /me is not remembered: the next item asks again.
		pending.catch(() => {
			if (session.me === pending) session.me = undefined;
		});
	}
	return await session.me;
}

function readParameter(ctx: Ctx, name: string, itemIndex?: number): unknown {
	if (itemIndex === undefined) {
		return (ctx as ILoadOptionsFunctions).getCurrentNodeParameter(name, { extractValue: true });
	}
	return (ctx as IExecuteFunctions).getNodeParameter(name, itemIndex, '', { extractValue: true });
}

/**
 * The practice and archive of a request: the credential's own from GET /me (asked once per execution),
 * unless "Practice and Archive" is set to Choose, where a Practice or Archive the user sets wins.
 */
export async function resolveScope(ctx: Ctx, session: Session, itemIndex?: number): Promise<Scope> {
	const index = itemIndex ?? 0;
	const chosen = readParameter(ctx, 'practiceAndArchive', itemIndex) === 'choose';
	const practice = chosen ? readParameter(ctx, 'practiceId', itemIndex) : '';
	const archive = chosen ? readParameter(ctx, 'archiveId', itemIndex) : '';
	if (!isBlank(practice) && !isBlank(archive)) {
		return {
			practiceId: toId(ctx, index, 'Practice', practice),
			archiveId: toId(ctx, index, 'Archive', archive),
		};
	}
	const profile = await me(ctx, session, itemIndex);
	const pick = (label: string, given: unknown, fromMe: unknown) => {
		if (!isBlank(given)) return toId(ctx, index, label, given);
		if (isBlank(fromMe)) {
			throw new NodeOperationError(
				ctx.getNode(),
				`AlfaDocs' GET /me did not name the ${label.toLowerCase()} of this credential`,
				{ itemIndex, description: `Set "${label}" in the node.` },
			);
		}
		return toId(ctx, index, label, fromMe);
	};
	return {
		practiceId: pick('Practice', practice, profile.practiceId),
		archiveId: pick('Archive', archive, profile.archiveId),
	};
}
