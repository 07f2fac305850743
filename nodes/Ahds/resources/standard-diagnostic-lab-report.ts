import type { AhdsResource } from './types';

/** A normalised lab report with attachments. The docs excerpt names no fields. */
export const standardDiagnosticLabReport: AhdsResource = {
	slug: 'standard-diagnostic-lab-report',
	value: 'standardDiagnosticLabReport',
	displayName: 'Lab Report',
	plural: 'lab reports',
	idField: 'standardDiagnosticLabReportId',
	idFieldInferred: true,
	source: 'DOCS',
	evidence: 'POST; no fields in the excerpt',
	fields: [],
};
