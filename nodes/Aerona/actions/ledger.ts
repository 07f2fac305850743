import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readOptionalDateRange } from '../../shared/dates';
import { forOperation, readReturnAllAndLimit, returnAllAndLimit } from '../../shared/describe';
import { idField } from '../../shared/locators';
import { idOf } from '../../shared/ids';
import type { Operation } from '../../shared/operation';
import { crudOptions, operationPicker, resourceOf } from '../../shared/operation';
import { getById } from '../../shared/operations';
import { toOptionalId } from '../../shared/validate';
import type { AeronaEndpointKey } from '../endpoints';
import { aerona } from '../transport';
import { patientLocator } from './common';

/**
 * Payments and invoices have the same two operations: Get by ID and Search by patient and date range.
 * Aerona searches from the first day of the current month to today when the dates are left out, and
 * recommends always setting both. Each resource is one definition (payment/, invoice/).
 */
export interface LedgerDefinition {
	resource: 'payment' | 'invoice';
	label: string;
	plural: string;
	idName: string;
	endpoints: { get: AeronaEndpointKey; search: AeronaEndpointKey };
}

/** A ledger resource by its name: `payment` has paymentId, payment.get and payment.search. */
export const ledgerOf = (resource: 'payment' | 'invoice', label: string): LedgerDefinition => ({
	resource,
	label,
	plural: `${resource}s`,
	idName: `${resource}Id`,
	endpoints: { get: `${resource}.get`, search: `${resource}.search` },
});

function search(def: LedgerDefinition): Operation {
	const dateField = (name: string, displayName: string, hint: string): INodeProperties => ({
		displayName,
		name,
		type: 'dateTime',
		default: '',
		hint,
		description: `Only ${def.plural} dated ${name === 'fromDate' ? 'on or after' : 'on or before'} this day (only the date is used)`,
	});
	return {
		description: forOperation(def.resource, 'search', [
			patientLocator(`Only the ${def.plural} of this patient; empty searches every patient`, false),
			dateField(
				'fromDate',
				'From Date',
				'Empty: Aerona starts at the first day of the current month. Aerona recommends always setting it.',
			),
			dateField(
				'toDate',
				'To Date',
				'Empty: Aerona searches up to today. Aerona recommends always setting it.',
			),
			...returnAllAndLimit(),
		]),
		async execute(this: IExecuteFunctions, i: number) {
			const patientId = toOptionalId(
				this,
				i,
				'Patient',
				this.getNodeParameter('patientId', i, '', { extractValue: true }),
			);
			const { start: fromDate, end: toDate } = readOptionalDateRange(
				this,
				i,
				{ name: 'fromDate', label: 'From Date' },
				{ name: 'toDate', label: 'To Date' },
			);
			return await aerona.list.call(
				this,
				{ endpoint: def.endpoints.search, qs: { patientId, fromDate, toDate }, itemIndex: i },
				readReturnAllAndLimit(this, i),
			);
		},
	};
}

export function ledgerResource(def: LedgerDefinition) {
	const [get] = crudOptions(def.label.toLowerCase(), def.plural, ['get']);
	const picker = operationPicker(
		def.resource,
		[
			get,
			{
				name: 'Search',
				value: 'search',
				action: `Search ${def.plural}`,
				description: `Search ${def.plural} by patient and date range`,
			},
		],
		'search',
	);
	return resourceOf(picker, {
		get: getById(aerona, {
			resource: def.resource,
			endpoint: def.endpoints.get,
			ids: [idOf(idField(def.idName, `${def.label} ID`))],
		}),
		search: search(def),
	});
}
