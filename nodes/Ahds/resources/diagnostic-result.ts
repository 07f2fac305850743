import { refField } from './common';
import type { AhdsResource } from './types';

export const diagnosticResult: AhdsResource = {
	slug: 'diagnostic-result',
	value: 'diagnosticResult',
	displayName: 'Diagnostic Result',
	plural: 'diagnostic results',
	idField: 'diagnosticResultId',
	idFieldInferred: true,
	source: 'DOCS',
	evidence: 'POST, GET one, PUT',
	fields: [refField('diagnosticRequestId', 'diagnostic request the result answers')],
};
