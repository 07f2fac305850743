import type { IDataObject, IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { compact, fillPath } from '../../shared/endpoints';
import type { FailedRequest, VendorErrors } from '../../shared/http';
import { sendWithRetry } from '../../shared/http';
import { collectPages } from '../../shared/paginate';
import { HEYDONTO_CREDENTIAL, heyDontoMessage } from '../../HeyDonto/transport';
import { heyDontoBaseUrl } from '../../HeyDonto/transport/hosts';
import type { AhdsEndpointKey } from '../endpoints';
import { AHDS_ENDPOINTS } from '../endpoints';

/** AHDS uses the HeyDonto credential (bearer JWT from HeyDonto's login, or a pasted JWT). */
export const AHDS_CREDENTIAL = HEYDONTO_CREDENTIAL;

/** AHDS lists take at most 100 records per page (SEED: pageSize 1-100). */
export const AHDS_MAX_PAGE_SIZE = 100;

/** Which records a request is about: a resource of a site. */
export interface AhdsTarget {
	siteId: number;
	/** The resource path name, e.g. 'contact'. */
	slug: string;
	/** "Contact", for messages. */
	label: string;
	/** The Create parameter that holds the record UUID ("Contact ID"); none when it goes in the JSON body. */
	idParameter?: string;
	/** Options › Base URL; default: the HeyDonto host of the credential. */
	baseUrl?: string;
}

export interface AhdsCall {
	endpoint: AhdsEndpointKey;
	target: AhdsTarget;
	recordId?: string;
	qs?: IDataObject;
	body?: IDataObject;
	itemIndex?: number;
}

export function ahdsErrors(call: AhdsCall, baseUrl: string): VendorErrors {
	return {
		vendor: 'AHDS',
		// AHDS is a NestJS API like HeyDonto's core: `{statusCode, message: string | string[], error}`.
		message: heyDontoMessage,
		hint: (failure: FailedRequest) => ahdsHint(failure, call, baseUrl),
	};
}

function ahdsHint({ status }: FailedRequest, call: AhdsCall, baseUrl: string): string {
	const { label, siteId, slug, idParameter } = call.target;
	const what = label.toLowerCase();
	if (status === undefined) {
		return `The node calls ${baseUrl}. No production AHDS host is documented: set Options › Base URL, or check the HeyDonto credential's Environment or Base URL.`;
	}
	if (status === 404 && call.recordId !== undefined) {
		return `No ${what} with ID ${call.recordId} exists in site ${siteId}, or the site is not visible to this credential. Check the ${label} ID and the Site.`;
	}
	if (status === 404) {
		return `Check the Site (ID ${siteId}) and the resource path name "${slug}". If the path is right, AHDS may not be served at ${baseUrl}: set Options › Base URL.`;
	}
	if (status === 409) {
		const fresh = idParameter
			? `Leave "${idParameter}" empty to have a new UUID generated`
			: 'Leave the ID out of the JSON body to have a new UUID generated';
		return `A ${what} with this ID already exists. ${fresh}, or use Update or Replace to change the existing record.`;
	}
	if (status === 400 && call.endpoint === 'record.replace') {
		return 'AHDS rejected the body. Replace sends the whole record: give every field the API requires, or use Update to change only some fields.';
	}
	const hints: Record<number, string> = {
		400: 'AHDS rejected the request: fix the fields named in the message.',
		401: 'Check the HeyDonto credential: the JWT may be expired or revoked, or the email and password are wrong.',
		403: "The credential's HeyDonto user may not access this site's animal health data.",
		429: 'AHDS is limiting the request rate and n8n already retried. Try again later, or slow the workflow down (Loop Over Items with a Wait).',
	};
	return (
		hints[status] ??
		(status >= 500
			? 'AHDS failed to process the request. Try again later.'
			: 'Check the node parameters.')
	);
}

/** One AHDS request: the base URL from Options › Base URL or the credential, the path from the endpoint table. */
export async function ahdsRequest(this: IExecuteFunctions, call: AhdsCall): Promise<unknown> {
	const endpoint = AHDS_ENDPOINTS[call.endpoint];
	const baseUrl =
		call.target.baseUrl ?? heyDontoBaseUrl(await this.getCredentials(AHDS_CREDENTIAL));
	const params: Record<string, string | number> = {
		siteId: call.target.siteId,
		resource: call.target.slug,
	};
	if (call.recordId !== undefined) params.recordId = call.recordId;
	const request: IHttpRequestOptions = {
		method: endpoint.method,
		url: `${baseUrl}${fillPath(endpoint.path, params)}`,
		json: true,
	};
	const qs = compact(call.qs ?? {});
	if (Object.keys(qs).length > 0) request.qs = qs;
	if (call.body !== undefined) request.body = call.body;
	return await sendWithRetry.call(this, request, {
		credentialType: AHDS_CREDENTIAL,
		errors: ahdsErrors(call, baseUrl),
		itemIndex: call.itemIndex,
	});
}

export interface AhdsPaging {
	returnAll: boolean;
	limit: number;
	/** Records per request, 1-100. */
	pageSize: number;
}

/** Get Many: page (0-based) + pageSize, until a short page, the reported total, or the limit. */
export async function ahdsList(
	this: IExecuteFunctions,
	call: AhdsCall,
	paging: AhdsPaging,
): Promise<IDataObject[]> {
	return await collectPages(
		async (page, pageSize) =>
			await ahdsRequest.call(this, { ...call, qs: { ...call.qs, page, pageSize } }),
		{ returnAll: paging.returnAll, limit: paging.limit, maxPageSize: paging.pageSize },
	);
}
