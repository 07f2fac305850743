import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeProperties,
} from 'n8n-workflow';

import type { Endpoint } from './endpoints';
import { idLocator } from './locators';
import type { Transport, VendorApi } from './transport';
import { createTransport } from './transport';

/**
 * The HeyDonto platform: what the HeyDonto node and the AHDS node (HeyDonto's animal health data store)
 * share. One credential, one pair of hosts, one error shape, one site picker. Neither vendor folder
 * imports the other; both import this.
 */

/** Both nodes sign in with the HeyDonto credential (a bearer JWT from HeyDonto's login, or a pasted one). */
export const HEYDONTO_CREDENTIAL = 'heyDontoApi';

/** HeyDonto's documented hosts (SEED: "Servers"). Paths hang directly off the host, with no version prefix. */
export const HEYDONTO_HOSTS = {
	production: 'https://api.heydonto.com',
	sandbox: 'https://api-staging.heydonto.com',
} as const;

/** The base URL a HeyDonto credential points at, without a trailing slash. */
export function heyDontoBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	const environment = credentials.environment as string | undefined;
	if (environment === 'custom')
		return String(credentials.baseUrl ?? '')
			.trim()
			.replace(/\/+$/, '');
	return environment === 'sandbox' ? HEYDONTO_HOSTS.sandbox : HEYDONTO_HOSTS.production;
}

/**
 * How long a HeyDonto or AHDS request waits for an answer by default (Options › Timeout changes it),
 * the login's too. Neither API documents its response times; their answers are small JSON records and
 * pages of at most 100, and the FHIR store reset is queued (answered at once).
 */
export const HEYDONTO_TIMEOUT_MS = 30_000;

/**
 * Options › Concurrency of the HeyDonto and AHDS nodes by default: HeyDonto documents no rate limit (a
 * 429 or 503 is retried, honouring Retry-After), and a run keeps this many reads in flight. 40, not 20:
 * at 150 ms a round trip, 200 items → Get took 0.94x (HeyDonto) and 1.05x (AHDS) the time of n8n's HTTP
 * Request node (which sends every item at once) with 20, and 0.76x and 0.75x with 40 (bench, medians
 * of 3); the node's own work per item, not the wait, is then what is left.
 */
export const HEYDONTO_CONCURRENCY = 40;

export const HEYDONTO_CONCURRENCY_NOTE =
	'HeyDonto documents no rate limit; a 429 or 503 answer is retried after the wait it asks for.';

/** HeyDonto's and AHDS' lists take at most 100 records per page (pageSize 1-100). */
export const HEYDONTO_MAX_PAGE_SIZE = 100;

/** Both APIs are NestJS services: errors are `{statusCode, message: string | string[], error}`. */
export function nestMessage(body: unknown): string | undefined {
	if (typeof body === 'string') return body.trim() || undefined;
	if (body === null || typeof body !== 'object') return undefined;
	const { message, error } = body as IDataObject;
	if (Array.isArray(message)) return message.map(String).join('; ');
	if (typeof message === 'string' && message !== '') return message;
	return typeof error === 'string' ? error : undefined;
}

/** What to do when the HeyDonto credential cannot sign in (both nodes use it). */
export const HEYDONTO_CREDENTIAL_HINT =
	'Open the HeyDonto credential and fix it: its email and password (n8n logs in with them), or paste a new JWT. Its Test button checks it.';

/** The list of sites, which both nodes' Site pickers read (HeyDonto's endpoint table lists it too). */
export const SITE_LIST: Endpoint = {
	method: 'GET',
	path: '/site',
	source: 'SEED',
	paged: true,
	note: 'the seed shows a bare array; newer docs add page/pageSize and a {data, meta} envelope',
};

/** How the HeyDonto core API is reached and how its failures are explained. */
export const HEYDONTO_API: Omit<VendorApi<string>, 'endpoints'> = {
	vendor: 'HeyDonto',
	credentialType: HEYDONTO_CREDENTIAL,
	baseUrl: heyDontoBaseUrl,
	message: nestMessage,
	options: { arrayFormat: 'repeat' },
	maxPageSize: HEYDONTO_MAX_PAGE_SIZE,
	timeoutMs: HEYDONTO_TIMEOUT_MS,
	hints: {
		network: () =>
			"Check the HeyDonto credential's Environment or Base URL, and that the API is reachable from n8n.",
		credential: () => HEYDONTO_CREDENTIAL_HINT,
		special({ status }, { call: { subject } }) {
			if (status !== 404 || !subject) return undefined;
			if (subject.parent) {
				const { parent } = subject;
				return `Either the ${parent.label.toLowerCase()} with ID ${parent.id} or the ${subject.label.toLowerCase()} with ID ${subject.id} does not exist or is not visible to this credential. Check both IDs.`;
			}
			return `No ${subject.label.toLowerCase()} with ID ${subject.id} exists or is visible to this credential. Check the ${subject.label} ID, or pick it from the list.`;
		},
		byStatus: () => ({
			400: 'HeyDonto rejected the request: fix the fields named in the message.',
			401: 'Check the HeyDonto credential: the JWT may be expired or revoked, or the email and password are wrong.',
			403: "The credential's HeyDonto user lacks the role for this operation (billing analytics for admins needs an ADMIN user).",
			404: 'Check the IDs in the node parameters.',
			409: 'A record with the same unique value already exists.',
			429: 'HeyDonto is limiting the request rate and n8n already retried. Try again later, or slow the workflow down (Loop Over Items with a Wait).',
		}),
	},
};

/** The Site parameter of both nodes: "From List" searches sites by name. */
export const siteLocator = (description: string): INodeProperties =>
	idLocator('siteId', 'Site', 'searchSites', { description });

const SEARCH_PAGE_SIZE = 50;

/** One page of a searchable HeyDonto list for a picker; the pagination token is the next page number. */
export async function searchList<K extends string>(
	ctx: ILoadOptionsFunctions,
	transport: Transport<K>,
	endpoint: K,
	filterKey: string,
	labelKey: string,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 0;
	const { items, total } = await transport.page.call(ctx, {
		endpoint,
		qs: { [filterKey]: filter, page, pageSize: SEARCH_PAGE_SIZE },
	});
	const more =
		items.length === SEARCH_PAGE_SIZE &&
		(total === undefined || (page + 1) * SEARCH_PAGE_SIZE < total);
	return {
		results: items.map((record: IDataObject) => ({
			name: `${String(record[labelKey] ?? 'Untitled')} (ID ${String(record.id)})`,
			value: String(record.id),
		})),
		paginationToken: more ? String(page + 1) : undefined,
	};
}

const sites = createTransport({ ...HEYDONTO_API, endpoints: { 'site.getAll': SITE_LIST } });

/** The Site picker of both nodes ("From List"). */
export async function searchSites(this: ILoadOptionsFunctions, filter?: string, token?: string) {
	return await searchList(this, sites, 'site.getAll', 'name', 'name', filter, token);
}
