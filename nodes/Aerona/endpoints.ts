import type { Endpoint } from '../shared/endpoints';

/**
 * Every Aerona method + path the package sends, each with its source (docs/sources.md): SEED =
 * Aerona's own API document (its curl samples), INFERRED = our guess, with the reason.
 * Paths hang off the credential's Base URL (default AERONA_DEFAULT_BASE_URL). Operations, contract
 * tests and the README's coverage table all read this table, so a wrong guess is a one-line fix here.
 */
const pluralNoun =
	'path by the plural-noun pattern of the documented /payments, /invoices, /clinicians and /patients';

export const AERONA_ENDPOINTS = {
	// Used by the credential: see AERONA_LOGIN for the body.
	'auth.login': {
		method: 'POST',
		path: '/login',
		source: 'INFERRED',
		note: 'the seed names a Login API but not its path or body',
	},
	'auth.test': {
		method: 'GET',
		path: '/appointment-types',
		source: 'SEED',
		note: 'a documented call without required parameters',
	},

	'appointment.create': {
		method: 'POST',
		path: '/appointments',
		source: 'INFERRED',
		note: `the seed documents the body and the answer (a bare ID); ${pluralNoun}`,
	},
	'appointment.get': {
		method: 'GET',
		path: '/appointments/{appointmentId}',
		source: 'INFERRED',
		note: 'not in the seed; by analogy with /patients/{patientId}',
	},
	'appointment.updateStatus': {
		method: 'PUT',
		path: '/appointments/{appointmentId}/status',
		source: 'INFERRED',
		note: 'the seed documents the body and the answer (a bare boolean) but not the path or method',
	},
	'appointment.findFreeSlots': { method: 'GET', path: '/find-appointment-slots', source: 'SEED' },

	'appointmentType.getAll': { method: 'GET', path: '/appointment-types', source: 'SEED' },

	'clinician.getAll': { method: 'GET', path: '/clinicians', source: 'SEED' },

	'invoice.get': { method: 'GET', path: '/invoices/{invoiceId}', source: 'SEED' },
	'invoice.search': { method: 'GET', path: '/invoices/search', source: 'SEED' },

	'patient.get': { method: 'GET', path: '/patients/{patientId}', source: 'SEED' },
	'patient.create': {
		method: 'POST',
		path: '/patients',
		source: 'INFERRED',
		note: 'the seed is cut off in the Patient section; body fields from the documented patient record',
	},
	'patient.update': {
		method: 'PUT',
		path: '/patients/{patientId}',
		source: 'INFERRED',
		note: 'the seed is cut off in the Patient section',
	},
	'patient.search': {
		method: 'GET',
		path: '/patients/search',
		source: 'INFERRED',
		note: 'by analogy with /payments/search and /invoices/search; filter names from the patient record',
	},

	'payment.get': { method: 'GET', path: '/payments/{paymentId}', source: 'SEED' },
	'payment.search': { method: 'GET', path: '/payments/search', source: 'SEED' },

	'practice.getAll': {
		method: 'GET',
		path: '/practices',
		source: 'INFERRED',
		note: 'the seed refers to "the Practice list" but does not show its path',
	},
} satisfies Record<string, Endpoint>;

export type AeronaEndpointKey = keyof typeof AERONA_ENDPOINTS;

/** The documented production API (SEED: every curl sample). */
export const AERONA_DEFAULT_BASE_URL = 'https://aeronadental.com/AeronaAPI/v1';

/** The header that carries the session token, in the login answer and in every other request (SEED). */
export const AERONA_TOKEN_HEADER = 'AERONA-AUTH-TOKEN';

/**
 * The login request: INFERRED. Aerona's API document says a Login API returns the token in the
 * AERONA-AUTH-TOKEN header but shows neither its path nor its body. Aerona's help article "What is the
 * Practice Pin" says users sign in with a username, a password and the 4-digit practice PIN, so the
 * body carries those three; the JSON names below are a guess in Aerona's camelCase style. The
 * credential can override all four ("Customize Login Request") until Aerona confirms them.
 */
export const AERONA_LOGIN = {
	path: AERONA_ENDPOINTS['auth.login'].path,
	usernameField: 'username',
	passwordField: 'password',
	pinField: 'pin',
} as const;

/** Aerona's documented rate limit (SEED): 300 requests per 15 minutes per token; beyond it the token is invalidated. */
export const AERONA_RATE_LIMIT = { limit: 300, windowSeconds: 15 * 60 } as const;
