import type { Endpoint } from '../shared/endpoints';

/**
 * Every AlfaDocs method + path the package sends, each with its source (docs/sources.md): SEED =
 * AlfaDocs' own API document (which names every operation but shows no paths),
 * CODE = public code that calls the path, INFERRED = our guess, with the reasoning in `note`.
 * `{P}` paths hang off /practices/{practiceId}/archives/{archiveId}; the node fills both IDs from
 * GET /me unless the user sets them. API paths are relative to the API base URL (…/api/v1); the
 * OAuth2 paths are relative to the AlfaDocs host. Operations, contract tests and the README's coverage
 * table all read this table, so a wrong guess is a one-line fix here.
 */
export interface AlfaDocsEndpoint extends Endpoint {
	/** The longest date range (in calendar days, both ends included) the endpoint accepts. */
	maxRangeDays?: number;
}

const P = '/practices/{practiceId}/archives/{archiveId}';
const collectionPost = 'collection POST on the list path';
const byId = 'REST item path under the list path';
const patch =
	'method and path guessed: the seed says "update one or multiple attributes", so PATCH on the item path';
const unknown =
	'the seed names the operation but no path or method was found anywhere (catalog: UNKNOWN)';

export const ALFADOCS_ENDPOINTS = {
	// Used by the credentials and to find the practice and archive
	'me.get': {
		method: 'GET',
		path: '/me',
		source: 'CODE',
		note: 'alfadocs/oauth2-client src/core/auth.ts; not in the seed',
	},
	'oauth2.authorize': {
		method: 'GET',
		path: '/oauth2/authorize',
		source: 'SEED',
		note: 'on the AlfaDocs host, not under /api/v1 (alfadocs/oauth2-client)',
	},
	'oauth2.token': {
		method: 'POST',
		path: '/oauth2/token',
		source: 'SEED',
		note: 'on the AlfaDocs host, form body, client_secret_post',
	},

	'account.getAll': {
		method: 'GET',
		path: `${P}/accounts`,
		source: 'INFERRED',
		note: 'REST plural, scope account:list',
	},
	'bookingReason.getAll': {
		method: 'GET',
		path: `${P}/appointments/booking-reasons`,
		source: 'INFERRED',
		note: 'from scope appointment:booking-reasons:list (alternative: /booking-reasons)',
	},

	'appointment.getAll': {
		method: 'GET',
		path: `${P}/appointments`,
		source: 'CODE',
		note: 'RobyJB/gohighlevel-alfadocs; at most 30 days per request (SEED)',
		maxRangeDays: 30,
	},
	'appointment.create': {
		method: 'POST',
		path: `${P}/appointments`,
		source: 'INFERRED',
		note: collectionPost,
	},
	'appointment.get': {
		method: 'GET',
		path: `${P}/appointments/{appointmentId}`,
		source: 'CODE',
		note: 'RobyJB/gohighlevel-alfadocs',
	},
	'appointment.update': {
		method: 'PATCH',
		path: `${P}/appointments/{appointmentId}`,
		source: 'INFERRED',
		note: patch,
	},
	'appointment.getCarePlanEntries': {
		method: 'GET',
		path: `${P}/appointments/{appointmentId}/care-plan-entries`,
		source: 'INFERRED',
		note: 'from scope appointment:care-plan-entry:list',
	},

	'bill.getAll': {
		method: 'GET',
		path: `${P}/bills`,
		source: 'INFERRED',
		note: 'REST plural, scope bill:list; at most 31 days per request (SEED)',
		maxRangeDays: 31,
	},
	'bill.get': { method: 'GET', path: `${P}/bills/{billId}`, source: 'INFERRED', note: byId },
	'bill.validatePaymentLink': {
		method: 'GET',
		path: `${P}/bills/{billId}/payment-link/validate`,
		source: 'INFERRED',
		note: unknown,
	},

	'billLiability.getAll': {
		method: 'GET',
		path: `${P}/bills/{billId}/liabilities`,
		source: 'INFERRED',
		note: 'from scope bill-liability:list',
	},
	'billLiability.update': {
		method: 'PATCH',
		path: `${P}/bills/{billId}/liabilities/{liabilityId}`,
		source: 'INFERRED',
		note: `${patch}; the body is not documented`,
	},
	'billLiability.delete': {
		method: 'DELETE',
		path: `${P}/bills/{billId}/liabilities/{liabilityId}`,
		source: 'INFERRED',
		note: byId,
	},

	'carePlan.get': {
		method: 'GET',
		path: `${P}/care-plans/{carePlanId}`,
		source: 'CODE',
		note: 'RobyJB/gohighlevel-alfadocs',
	},
	'carePlan.getAll': {
		method: 'GET',
		path: `${P}/patients/{patientId}/care-plans`,
		source: 'CODE',
		note: "a patient's care plans; public code (catalog #71440734892) reads a bare array, the node also reads {status, count, data}; not in the seed",
	},
	'carePlan.getSignatureStatus': {
		method: 'GET',
		path: `${P}/care-plans/{carePlanId}/signature-status`,
		source: 'CODE',
		note: 'RobyJB/gohighlevel-alfadocs',
	},
	'carePlanEntry.get': {
		method: 'GET',
		path: `${P}/care-plans/{carePlanId}/care-plan-entries/{carePlanEntryId}`,
		source: 'INFERRED',
		note: 'from scope care-plan:care-plan-entry:view (a public allow-list uses /entries/{id})',
	},

	'chair.getAll': {
		method: 'GET',
		path: `${P}/chairs`,
		source: 'CODE',
		note: 'a public AlfaDocs proxy (catalog #71440734892)',
	},
	'color.getAll': {
		method: 'GET',
		path: `${P}/colors`,
		source: 'INFERRED',
		note: 'REST plural, scope color:list',
	},

	'customField.getAll': {
		method: 'GET',
		path: `${P}/custom-fields`,
		source: 'INFERRED',
		note: `${unknown}; follows scope custom-field:list (alternative: /custom-object-fields)`,
	},
	'customField.create': {
		method: 'POST',
		path: `${P}/custom-fields`,
		source: 'INFERRED',
		note: `${unknown}; ${collectionPost}`,
	},

	'document.getAll': {
		method: 'GET',
		path: `${P}/patients/{patientId}/documents`,
		source: 'CODE',
		note: 'public code (catalog #60923219784)',
	},
	'document.add': {
		method: 'POST',
		path: `${P}/patients/{patientId}/documents`,
		source: 'INFERRED',
		note: collectionPost,
	},
	'document.get': {
		method: 'GET',
		path: `${P}/patients/{patientId}/documents/{documentId}`,
		source: 'INFERRED',
		note: byId,
	},
	'document.download': {
		method: 'GET',
		path: `${P}/patients/{patientId}/documents/{documentId}/download`,
		source: 'INFERRED',
		note: 'the seed calls it a download; the answer {status, file} is read as base64',
	},

	'freeSlot.getAll': {
		method: 'GET',
		path: `${P}/free-slots`,
		source: 'INFERRED',
		note: 'from scope free-slot:list',
	},

	'marketplace.setIntegrationStatus': {
		method: 'POST',
		path: `${P}/marketplace/integration-status`,
		source: 'INFERRED',
		note: `${unknown}; follows scope app:integration:setStatus`,
	},
	'marketplace.updatePracticeUiElements': {
		method: 'PUT',
		path: `${P}/marketplace/ui-elements/{uiElementName}`,
		source: 'INFERRED',
		note: `${unknown}; follows scope app:ui-element:update`,
	},
	'marketplace.updateAppUiElements': {
		method: 'PUT',
		path: `${P}/marketplace/app/ui-elements/{uiElementName}`,
		source: 'INFERRED',
		note: unknown,
	},

	'operator.getAll': {
		method: 'GET',
		path: `${P}/operators`,
		source: 'CODE',
		note: 'a public AlfaDocs proxy (catalog #71440734892)',
	},

	'patient.search': {
		method: 'GET',
		path: `${P}/patients`,
		source: 'CODE',
		note: 'RobyJB/gohighlevel-alfadocs; offset/limit with a next link (SEED)',
	},
	'patient.create': {
		method: 'POST',
		path: `${P}/patients`,
		source: 'INFERRED',
		note: collectionPost,
	},
	'patient.get': {
		method: 'GET',
		path: `${P}/patients/{patientId}`,
		source: 'CODE',
		note: 'RobyJB/gohighlevel-alfadocs',
	},
	'patient.update': {
		method: 'PATCH',
		path: `${P}/patients/{patientId}`,
		source: 'INFERRED',
		note: patch,
	},
	'patient.updateCustomFields': {
		method: 'PATCH',
		path: `${P}/patients/{patientId}/custom-fields`,
		source: 'INFERRED',
		note: patch,
	},

	'phoneNumber.getAll': {
		method: 'GET',
		path: `${P}/patients/{patientId}/phone-numbers`,
		source: 'INFERRED',
		note: 'from scope patient:phone-number:list',
	},
	'phoneNumber.add': {
		method: 'POST',
		path: `${P}/patients/{patientId}/phone-numbers`,
		source: 'INFERRED',
		note: collectionPost,
	},
	'phoneNumber.get': {
		method: 'GET',
		path: `${P}/patients/{patientId}/phone-numbers/{phoneNumberId}`,
		source: 'INFERRED',
		note: byId,
	},
	'phoneNumber.update': {
		method: 'PATCH',
		path: `${P}/patients/{patientId}/phone-numbers/{phoneNumberId}`,
		source: 'INFERRED',
		note: patch,
	},

	'paymentType.getAll': {
		method: 'GET',
		path: `${P}/payment-types`,
		source: 'INFERRED',
		note: 'REST plural, scope payment-type:list',
	},
	'specialty.getAll': {
		method: 'GET',
		path: `${P}/specialties`,
		source: 'CODE',
		note: 'weak: only in a public allow-list (catalog #71440734892)',
	},

	'transaction.getAll': {
		method: 'GET',
		path: `${P}/transactions`,
		source: 'INFERRED',
		note: 'REST plural; at most 31 days per request (SEED)',
		maxRangeDays: 31,
	},
	'transaction.create': {
		method: 'POST',
		path: `${P}/transactions`,
		source: 'INFERRED',
		note: collectionPost,
	},
} satisfies Record<string, AlfaDocsEndpoint>;

export type AlfaDocsEndpointKey = keyof typeof ALFADOCS_ENDPOINTS;
