import {
	HEYDONTO_CREDENTIAL,
	HEYDONTO_CREDENTIAL_HINT,
	HEYDONTO_MAX_PAGE_SIZE,
	HEYDONTO_TIMEOUT_MS,
	heyDontoBaseUrl,
	nestMessage,
} from '../../shared/heydontoPlatform';
import { createTransport } from '../../shared/transport';
import type { AhdsEndpointKey } from '../endpoints';
import { AHDS_ENDPOINTS } from '../endpoints';

/**
 * AHDS' `request`, `record` and `list`. AHDS is part of the HeyDonto platform: the HeyDonto credential
 * and host, NestJS errors, lists of at most 100 per page. Every path is
 * /site/{siteId}/ahds/v1/{resource}[/{recordId}], so hints read the site, the resource path name and the
 * record from the call's path parameters; the subject names the record type and its ID parameter.
 */
export const ahds = createTransport<AhdsEndpointKey>({
	vendor: 'AHDS',
	endpoints: AHDS_ENDPOINTS,
	credentialType: HEYDONTO_CREDENTIAL,
	baseUrl: heyDontoBaseUrl,
	message: nestMessage,
	maxPageSize: HEYDONTO_MAX_PAGE_SIZE,
	timeoutMs: HEYDONTO_TIMEOUT_MS,
	hints: {
		network: (_failure, { baseUrl }) =>
			`The node calls ${baseUrl}. No production AHDS host is documented: set Options › Base URL, or check the HeyDonto credential's Environment or Base URL.`,
		credential: () => HEYDONTO_CREDENTIAL_HINT,
		special({ status }, { call, baseUrl }) {
			const { siteId, resource, recordId } = call.params ?? {};
			const label = call.subject?.label ?? 'Record';
			const what = label.toLowerCase();
			if (status === 404 && recordId !== undefined) {
				return `No ${what} with ID ${recordId} exists in site ${siteId}, or the site is not visible to this credential. Check the ${label} ID and the Site.`;
			}
			if (status === 404) {
				return `Check the Site (ID ${siteId}) and the resource path name "${resource}". If the path is right, AHDS may not be served at ${baseUrl}: set Options › Base URL.`;
			}
			if (status === 409) {
				const parameter = call.subject?.parameter;
				const fresh = parameter
					? `Leave "${parameter}" empty to have a new UUID generated`
					: 'Leave the ID out of the JSON body to have a new UUID generated';
				return `A ${what} with this ID already exists. ${fresh}, or use Update or Replace to change the existing record.`;
			}
			if (status === 400 && call.endpoint === 'record.replace') {
				return 'AHDS rejected the body. Replace sends the whole record: give every field the API requires, or use Update to change only some fields.';
			}
			return undefined;
		},
		byStatus: () => ({
			400: 'AHDS rejected the request: fix the fields named in the message.',
			401: 'Check the HeyDonto credential: the JWT may be expired or revoked, or the email and password are wrong.',
			403: "The credential's HeyDonto user may not access this site's animal health data.",
			429: 'AHDS is limiting the request rate and n8n already retried. Try again later, or slow the workflow down (Loop Over Items with a Wait).',
		}),
	},
});
