'use strict';
/**
 * FHIR errors: an `OperationOutcome` with one issue per problem, and the HTTP status.
 *   { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics, expression? }] }
 * Issue codes are FHIR's IssueType: invalid, structure, required, value, not-found, deleted,
 * not-supported, processing.
 */
const { HttpError } = require('../../lib/http');

function outcome(issues) {
	return {
		resourceType: 'OperationOutcome',
		issue: issues.map(({ code, diagnostics, severity = 'error', expression }) => ({
			severity,
			code,
			diagnostics,
			...(expression ? { expression: [expression] } : {}),
		})),
	};
}

/** `fhirError(404, 'not-found', 'Patient/x not found')` or `fhirError(400, [{code, diagnostics}, ...])`. */
function fhirError(status, code, diagnostics) {
	const issues = Array.isArray(code) ? code : [{ code, diagnostics }];
	return new HttpError(status, outcome(issues));
}

module.exports = { outcome, fhirError };
