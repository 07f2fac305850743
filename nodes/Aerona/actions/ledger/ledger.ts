import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { forOperation, readReturnAllAndLimit, returnAllAndLimit } from '../../../shared/describe';
import { invalidParameter, toOptionalId } from '../../../shared/validate';
import type { AeronaEndpointKey } from '../../endpoints';
import { aeronaList } from '../../transport';
import type { Operation } from '../operations';
import { getByIdOperation, resourceOf } from '../operations';

/**
 * Payments and invoices have the same two operations: Get by ID and Search by patient and date range.
 * Aerona searches from the first day of the current month to today when the dates are left out, and
 * recommends always setting both.
 */
export interface LedgerDefinition {
	resource: 'payment' | 'invoice';
	label: string;
	plural: string;
	idName: string;
	endpoints: { get: AeronaEndpointKey; search: AeronaEndpointKey };
}

function searchOperation(def: LedgerDefinition): Operation {
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
			{
				displayName: 'Patient ID',
				name: 'patientId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 426709',
				description: `Only the ${def.plural} of this patient; empty searches every patient`,
			},
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
				'Patient ID',
				this.getNodeParameter('patientId', i, ''),
			);
			const fromDate = toDateOnly(this, i, 'From Date', this.getNodeParameter('fromDate', i, ''));
			const toDate = toDateOnly(this, i, 'To Date', this.getNodeParameter('toDate', i, ''));
			if (fromDate && toDate && toDate < fromDate) {
				throw invalidParameter(
					this,
					i,
					'To Date',
					`a date on or after the From Date (${fromDate})`,
					toDate,
				);
			}
			const qs: IDataObject = { patientId, fromDate, toDate };
			return await aeronaList.call(
				this,
				{ endpoint: def.endpoints.search, qs, itemIndex: i },
				readReturnAllAndLimit(this, i),
			);
		},
	};
}

export function ledgerResource(def: LedgerDefinition) {
	const one = def.label.toLowerCase();
	const a = /^[aeiou]/.test(one) ? 'an' : 'a';
	const operationPicker: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [def.resource] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: `Get ${a} ${one}`,
				description: `Get ${a} ${one} by ID`,
			},
			{
				name: 'Search',
				value: 'search',
				action: `Search ${def.plural}`,
				description: `Search ${def.plural} by patient and date range`,
			},
		],
		default: 'search',
	};
	return resourceOf(operationPicker, {
		get: getByIdOperation(def.resource, def.endpoints.get, def.idName, def.label),
		search: searchOperation(def),
	});
}

export const payment = ledgerResource({
	resource: 'payment',
	label: 'Payment',
	plural: 'payments',
	idName: 'paymentId',
	endpoints: { get: 'payment.get', search: 'payment.search' },
});

export const invoice = ledgerResource({
	resource: 'invoice',
	label: 'Invoice',
	plural: 'invoices',
	idName: 'invoiceId',
	endpoints: { get: 'invoice.get', search: 'invoice.search' },
});
