import type { Endpoint } from '../shared/endpoints';
import { SITE_LIST } from '../shared/heydontoPlatform';

/**
 * Every HeyDonto method + path the package sends, each with its source (SEED, DOCS, CODE or INFERRED:
 * see docs/sources.md). `paged` marks the list endpoints whose docs show page/pageSize (the others
 * return a bare array and get no paging parameters). Operations, contract tests and the README's
 * coverage table all read this table, so a wrong guess is a one-line fix here. The site list is the
 * platform's (nodes/shared/heydontoPlatform.ts), which AHDS' Site picker reads too.
 */
const inferredById = 'path by analogy with /site/{siteId} (docs show only the list and create)';

type FhirInteraction = 'search' | 'get' | 'create' | 'update' | 'delete';

/**
 * The five FHIR R4 interactions of one resource type under /site/{siteId}/fhir/{path} (DOCS: the path is
 * the type in lower case, one docs tag per R4 type). The docs show the list endpoints and their search
 * parameters, `POST .../fhir/patient` and `GET .../fhir/practitioner/{id}`; `documented` names which of
 * a type's create and get the docs show. PUT and DELETE are not in the docs: standard FHIR R4.
 */
function fhirEndpoints<V extends string>(
	value: V,
	path: string,
	documented: Array<'create' | 'get'> = [],
): Record<`${V}.${FhirInteraction}`, Endpoint> {
	const collection = `/site/{siteId}/fhir/${path}`;
	const record = `${collection}/{resourceId}`;
	const shown = (
		interaction: 'create' | 'get',
		analogy: string,
	): Pick<Endpoint, 'source' | 'note'> =>
		documented.includes(interaction)
			? { source: 'DOCS' }
			: { source: 'INFERRED', note: `by analogy with ${analogy} (DOCS)` };
	const rows: Record<FhirInteraction, Endpoint> = {
		search: {
			method: 'GET',
			path: collection,
			source: 'DOCS',
			note: "the docs show the list with _count (default 20), _page_token and the search parameters; the Bundle answer and the parameters' meaning are standard FHIR R4 (INFERRED)",
		},
		get: {
			method: 'GET',
			path: record,
			...shown('get', 'GET /site/{siteId}/fhir/practitioner/{id}'),
		},
		create: {
			method: 'POST',
			path: collection,
			...shown('create', 'POST /site/{siteId}/fhir/patient'),
		},
		update: {
			method: 'PUT',
			path: record,
			source: 'INFERRED',
			note: 'standard FHIR R4 update, which replaces the resource; not in the docs',
		},
		delete: {
			method: 'DELETE',
			path: record,
			source: 'INFERRED',
			note: 'standard FHIR R4 delete; not in the docs',
		},
	};
	return Object.fromEntries(
		Object.entries(rows).map(([interaction, endpoint]) => [`${value}.${interaction}`, endpoint]),
	) as Record<`${V}.${FhirInteraction}`, Endpoint>;
}

export const HEYDONTO_ENDPOINTS = {
	// Auth (used by the credential)
	'auth.login': { method: 'POST', path: '/auth/login', source: 'DOCS' },
	'auth.currentUser': { method: 'GET', path: '/auth/user', source: 'DOCS' },

	// Sites
	'site.getAll': SITE_LIST,
	'site.create': { method: 'POST', path: '/site', source: 'SEED' },
	'site.get': { method: 'GET', path: '/site/{siteId}', source: 'SEED' },
	'site.update': { method: 'PUT', path: '/site/{siteId}', source: 'SEED' },
	'site.delete': { method: 'DELETE', path: '/site/{siteId}', source: 'SEED' },
	'site.resetFhirStore': { method: 'POST', path: '/site/{siteId}/fhir-reset', source: 'SEED' },
	'site.billingAnalyticsAdmin': {
		method: 'GET',
		path: '/site/billing-analytics-admin',
		source: 'SEED',
	},
	'site.billingAnalyticsClientAccount': {
		method: 'GET',
		path: '/site/billing-analytics-client-account',
		source: 'SEED',
	},

	// Brands
	'brand.getAll': { method: 'GET', path: '/brands', source: 'DOCS', paged: true },
	'brand.create': { method: 'POST', path: '/brands', source: 'DOCS' },
	'brand.get': { method: 'GET', path: '/brands/{brandId}', source: 'INFERRED', note: inferredById },
	'brand.update': {
		method: 'PUT',
		path: '/brands/{brandId}',
		source: 'INFERRED',
		note: inferredById,
	},
	'brand.delete': {
		method: 'DELETE',
		path: '/brands/{brandId}',
		source: 'INFERRED',
		note: inferredById,
	},

	// Organizations
	'organization.getAll': { method: 'GET', path: '/organization', source: 'DOCS', paged: true },
	'organization.create': {
		method: 'POST',
		path: '/organization',
		source: 'INFERRED',
		note: 'collection POST on the documented list path; body fields from the list filters',
	},
	'organization.get': {
		method: 'GET',
		path: '/organization/{organizationId}',
		source: 'INFERRED',
		note: inferredById,
	},
	'organization.update': {
		method: 'PUT',
		path: '/organization/{organizationId}',
		source: 'INFERRED',
		note: inferredById,
	},
	'organization.delete': {
		method: 'DELETE',
		path: '/organization/{organizationId}',
		source: 'INFERRED',
		note: 'the docs name a deleteOrganization operation but not its path',
	},

	// Practice management systems
	'practiceManagementSystem.getAll': {
		method: 'GET',
		path: '/practice-management-system',
		source: 'DOCS',
		paged: true,
	},
	'practiceManagementSystem.create': {
		method: 'POST',
		path: '/practice-management-system',
		source: 'INFERRED',
		note: 'collection POST on the documented list path',
	},
	'practiceManagementSystem.get': {
		method: 'GET',
		path: '/practice-management-system/{practiceManagementSystemId}',
		source: 'INFERRED',
		note: inferredById,
	},
	'practiceManagementSystem.update': {
		method: 'PUT',
		path: '/practice-management-system/{practiceManagementSystemId}',
		source: 'INFERRED',
		note: inferredById,
	},
	'practiceManagementSystem.delete': {
		method: 'DELETE',
		path: '/practice-management-system/{practiceManagementSystemId}',
		source: 'INFERRED',
		note: inferredById,
	},

	// Dental services
	'dentalService.getAll': { method: 'GET', path: '/dental-service', source: 'DOCS', paged: true },
	'dentalService.create': {
		method: 'POST',
		path: '/dental-service',
		source: 'INFERRED',
		note: 'collection POST on the documented list path',
	},
	'dentalService.get': {
		method: 'GET',
		path: '/dental-service/{dentalServiceId}',
		source: 'INFERRED',
		note: inferredById,
	},
	'dentalService.update': {
		method: 'PUT',
		path: '/dental-service/{dentalServiceId}',
		source: 'INFERRED',
		note: inferredById,
	},
	'dentalService.delete': {
		method: 'DELETE',
		path: '/dental-service/{dentalServiceId}',
		source: 'INFERRED',
		note: inferredById,
	},

	// Codes
	'code.getAll': { method: 'GET', path: '/code', source: 'DOCS', paged: true },
	'code.create': {
		method: 'POST',
		path: '/code',
		source: 'INFERRED',
		note: 'collection POST on the documented list path',
	},
	'code.get': { method: 'GET', path: '/code/{codeId}', source: 'INFERRED', note: inferredById },
	'code.update': { method: 'PUT', path: '/code/{codeId}', source: 'INFERRED', note: inferredById },
	'code.delete': {
		method: 'DELETE',
		path: '/code/{codeId}',
		source: 'INFERRED',
		note: inferredById,
	},

	// Appointment types
	'appointmentType.getAll': { method: 'GET', path: '/appointment-type', source: 'DOCS' },
	'appointmentType.create': { method: 'POST', path: '/appointment-type', source: 'DOCS' },
	'appointmentType.get': {
		method: 'GET',
		path: '/appointment-type/{appointmentTypeId}',
		source: 'INFERRED',
		note: inferredById,
	},
	'appointmentType.update': {
		method: 'PUT',
		path: '/appointment-type/{appointmentTypeId}',
		source: 'INFERRED',
		note: 'the docs name an update operation but not its path or method',
	},
	'appointmentType.delete': {
		method: 'DELETE',
		path: '/appointment-type/{appointmentTypeId}',
		source: 'INFERRED',
		note: inferredById,
	},

	// Site assistants
	'siteAssistant.getAll': { method: 'GET', path: '/site/{siteId}/assistant', source: 'DOCS' },
	'siteAssistant.create': { method: 'POST', path: '/site/{siteId}/assistant', source: 'DOCS' },
	'siteAssistant.get': {
		method: 'GET',
		path: '/site/{siteId}/assistant/{assistantId}',
		source: 'INFERRED',
		note: inferredById,
	},
	'siteAssistant.update': {
		method: 'PUT',
		path: '/site/{siteId}/assistant/{assistantId}',
		source: 'INFERRED',
		note: inferredById,
	},
	'siteAssistant.delete': {
		method: 'DELETE',
		path: '/site/{siteId}/assistant/{assistantId}',
		source: 'INFERRED',
		note: inferredById,
	},

	// Periomeasure
	'periomeasure.getAll': { method: 'GET', path: '/site/{siteId}/periomeasure', source: 'DOCS' },
	'periomeasure.create': { method: 'POST', path: '/site/{siteId}/periomeasure', source: 'DOCS' },
	'periomeasure.get': {
		method: 'GET',
		path: '/site/{siteId}/periomeasure/{periomeasureId}',
		source: 'INFERRED',
		note: inferredById,
	},
	'periomeasure.update': {
		method: 'PUT',
		path: '/site/{siteId}/periomeasure/{periomeasureId}',
		source: 'INFERRED',
		note: inferredById,
	},
	'periomeasure.delete': {
		method: 'DELETE',
		path: '/site/{siteId}/periomeasure/{periomeasureId}',
		source: 'INFERRED',
		note: inferredById,
	},

	// Availability
	'availability.get': { method: 'GET', path: '/site/{siteId}/availability', source: 'DOCS' },

	// Users
	'user.getAll': { method: 'GET', path: '/users', source: 'DOCS' },
	'user.create': { method: 'POST', path: '/users', source: 'DOCS' },
	'user.update': { method: 'PUT', path: '/users/{userId}', source: 'DOCS' },
	'user.delete': { method: 'DELETE', path: '/users/{userId}', source: 'DOCS' },
	'user.resendInvitation': {
		method: 'POST',
		path: '/users/{userId}/resend-invitation',
		source: 'DOCS',
	},

	// FHIR R4 (/site/{siteId}/fhir/{resource-lowercase}): the named types, then any type by its name
	...fhirEndpoints('fhirAppointment', 'appointment'),
	...fhirEndpoints('fhirPatient', 'patient', ['create']),
	...fhirEndpoints('fhirPractitioner', 'practitioner', ['get']),
	...fhirEndpoints('fhirSchedule', 'schedule'),
	...fhirEndpoints('fhirSlot', 'slot'),
	...fhirEndpoints('fhirOther', '{resourceType}'),
} satisfies Record<string, Endpoint>;

export type EndpointKey = keyof typeof HEYDONTO_ENDPOINTS;
