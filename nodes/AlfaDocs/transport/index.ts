import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { compact, fillPath } from '../../shared/endpoints';
import type { FailedRequest, RequestContext, VendorErrors } from '../../shared/http';
import { sendWithRetry } from '../../shared/http';
import { parseListEnvelope } from '../../shared/paginate';
import { budgetFor } from '../../shared/throttle';
import { toId } from '../../shared/validate';
import type { AlfaDocsEndpointKey } from '../endpoints';
import { ALFADOCS_ENDPOINTS } from '../endpoints';
import type { AlfaDocsCredentialType } from './hosts';
import { ALFADOCS_CREDENTIALS, alfaDocsApiUrl } from './hosts';

/**
 * About 10 requests per second: the vendor's own guidance (catalog §1.6). Kept per credential for the
 * life of the n8n process (see ../../shared/throttle.ts); a request waits up to a minute for a slot.
 */
export const ALFADOCS_BUDGET = { limit: 10, windowMs: 1000 };
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

/** The record a request is about, so a 404 can say which ID was not found. */
export interface Subject {
	label: string;
	id: string | number;
	parent?: Subject;
}

export interface AlfaDocsCall {
	endpoint: AlfaDocsEndpointKey;
	scope?: Scope;
	params?: Record<string, string | number>;
	qs?: IDataObject;
	body?: IDataObject;
	itemIndex?: number;
	subject?: Subject;
	/**
	 * A link the API gave (a next page): sent as it is, instead of the endpoint's path and `qs`, when it
	 * points under the credential's API base URL; otherwise ignored, so the credential never leaves it.
	 */
	link?: string;
}

type Ctx = IExecuteFunctions | ILoadOptionsFunctions;

/** The credential the node's Authentication parameter picks (API key unless OAuth2 is chosen). */
export function credentialTypeOf(ctx: RequestContext): AlfaDocsCredentialType {
	const choice = (ctx as ILoadOptionsFunctions).getNodeParameter('authentication', 'apiKey');
	return choice === 'oAuth2' ? ALFADOCS_CREDENTIALS.connectedApp : ALFADOCS_CREDENTIALS.apiKey;
}

function credentialTypeAt(ctx: RequestContext, itemIndex?: number): AlfaDocsCredentialType {
	if (itemIndex === undefined) return credentialTypeOf(ctx);
	const choice = (ctx as IExecuteFunctions).getNodeParameter('authentication', itemIndex, 'apiKey');
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

export function alfaDocsErrors(
	credentialType: AlfaDocsCredentialType,
	subject?: Subject,
): VendorErrors {
	return {
		vendor: 'AlfaDocs',
		message: alfaDocsMessage,
		hint: (failure: FailedRequest) => alfaDocsHint(failure, credentialType, subject),
	};
}

function alfaDocsHint(
	{ status }: FailedRequest,
	credentialType: AlfaDocsCredentialType,
	subject?: Subject,
): string {
	const oAuth2 = credentialType === ALFADOCS_CREDENTIALS.connectedApp;
	if (status === undefined) {
		return oAuth2
			? 'Check the AlfaDocs URL of the credential, and that AlfaDocs is reachable from n8n.'
			: "Check the credential's Base URL, and that AlfaDocs is reachable from n8n.";
	}
	if (status === 404 && subject?.parent) {
		return `Either the ${subject.parent.label.toLowerCase()} with ID ${subject.parent.id} or the ${subject.label.toLowerCase()} with ID ${subject.id} does not exist in this archive. Check both IDs, and the Practice and Archive.`;
	}
	if (status === 404 && subject) {
		return `No ${subject.label.toLowerCase()} with ID ${subject.id} exists in this archive. Check the ${subject.label} ID (or pick it from the list), and the Practice and Archive.`;
	}
	const hints: Record<number, string> = {
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
	return (
		hints[status] ??
		(status >= 500
			? 'AlfaDocs failed to process the request. Try again later.'
			: 'Check the node parameters.')
	);
}

/** One AlfaDocs request: base URL from the credential, path from the endpoint table, ~10 per second. */
export async function alfaDocsRequest(this: RequestContext, call: AlfaDocsCall): Promise<unknown> {
	const endpoint = ALFADOCS_ENDPOINTS[call.endpoint];
	const credentialType = credentialTypeAt(this, call.itemIndex);
	const credentials = await this.getCredentials(credentialType);
	const params = { ...call.scope, ...call.params };
	const base = alfaDocsApiUrl(credentialType, credentials);
	const link = apiLink(base, call.link);
	const request: IHttpRequestOptions = {
		method: endpoint.method,
		url: link ?? `${base}${fillPath(endpoint.path, params)}`,
		headers: { Accept: 'application/json' },
		json: true,
	};
	const qs = compact(call.qs ?? {});
	if (!link && Object.keys(qs).length > 0) request.qs = qs;
	if (call.body !== undefined) request.body = call.body;
	const credentialId = this.getNode().credentials?.[credentialType]?.id ?? 'unsaved';
	await budgetFor(`alfadocs:${credentialType}:${credentialId}`, ALFADOCS_BUDGET).take(
		MAX_THROTTLE_WAIT_MS,
	);
	return await sendWithRetry.call(this, request, {
		credentialType,
		errors: alfaDocsErrors(credentialType, call.subject),
		itemIndex: call.itemIndex,
	});
}

/** A link from an answer as an absolute URL, if it lies under the API base URL. */
function apiLink(base: string, link: string | undefined): string | undefined {
	if (!link) return undefined;
	try {
		const url = new URL(link, `${base}/`).toString();
		return url.startsWith(`${base}/`) ? url : undefined;
	} catch {
		return undefined;
	}
}

/** The record of a `{status, data: {...}}` answer (a bare object is returned as it is). */
export function unwrap(body: unknown): IDataObject {
	if (body === null || typeof body !== 'object' || Array.isArray(body)) return {};
	const { data } = body as IDataObject;
	if (data !== null && typeof data === 'object' && !Array.isArray(data)) return data as IDataObject;
	return body as IDataObject;
}

/** The records of a `{status, count, data: [...]}` answer (or a bare array). */
export function records(body: unknown): IDataObject[] {
	return parseListEnvelope(body).items;
}

/** GET /me, once per execution: `{status, data: {practiceId, archiveId, userId, userEmail, ownerEmail}}`. */
export async function me(ctx: RequestContext, session: Session, itemIndex?: number) {
	if (!session.me) {
		const pending = alfaDocsRequest
			.call(ctx, { endpoint: 'me.get', itemIndex })
			.then((body) => unwrap(body));
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

const isBlank = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

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
