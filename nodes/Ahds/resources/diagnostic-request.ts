import type { AhdsResource } from './types';

/** Diagnostic request: lab and imaging orders. The docs excerpt names no fields. */
export const diagnosticRequest: AhdsResource = {
	slug: 'diagnostic-request',
	value: 'diagnosticRequest',
	displayName: 'Diagnostic Request',
	plural: 'diagnostic requests',
	idField: 'diagnosticRequestId',
	source: 'DOCS',
	evidence: 'POST; no fields in the excerpt',
	fields: [],
};
