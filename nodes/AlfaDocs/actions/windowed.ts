import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readDateRange } from '../../shared/dates';
import {
	collection,
	forOperation,
	readReturnAllAndLimit,
	returnAllAndLimit,
} from '../../shared/describe';
import type { FieldKinds } from '../../shared/fields';
import { readCollection } from '../../shared/fields';
import { requestConcurrency } from '../../shared/concurrency';
import type { Operation } from '../../shared/operation';
import type { DateWindow } from '../../shared/windows';
import { collectWindows, splitDateRange } from '../../shared/windows';
import type { AlfaDocsEndpoint, AlfaDocsEndpointKey } from '../endpoints';
import { ALFADOCS_ENDPOINTS } from '../endpoints';
import type { Session } from '../transport';
import { alfaDocs } from '../transport';

export interface WindowedDefinition {
	resource: string;
	endpoint: AlfaDocsEndpointKey;
	filters: INodeProperties[];
	filterKinds?: FieldKinds;
	/** The query parameters of one window, in the API's date format. */
	dateQuery: (window: DateWindow) => IDataObject;
}

/**
 * Get Many over a date range for lists AlfaDocs limits to a number of days per request (appointments
 * 30, bills and transactions 31, from the endpoint table) and does not page: the range is split into
 * the fewest windows the API accepts, asked at once under Return All (within the run's concurrency and
 * AlfaDocs' request budget) or one after the other with a Limit, which stops early; joined in order,
 * with duplicates (by ID) dropped.
 */
export function windowedGetAll(def: WindowedDefinition): Operation<Session> {
	const maxDays = (ALFADOCS_ENDPOINTS[def.endpoint] as AlfaDocsEndpoint).maxRangeDays;
	if (maxDays === undefined) throw new Error(`${def.endpoint} has no maxRangeDays`);
	const description = forOperation(def.resource, 'getAll', [
		{
			displayName: 'Start Date',
			name: 'startDate',
			type: 'dateTime',
			default: '',
			required: true,
			description: `The first day of the range (included). Any range works: the node asks AlfaDocs ${maxDays} days at a time.`,
		},
		{
			displayName: 'End Date',
			name: 'endDate',
			type: 'dateTime',
			default: '',
			required: true,
			description: 'The last day of the range (included)',
		},
		...returnAllAndLimit(),
		collection('filters', def.filters),
	]);

	async function execute(this: IExecuteFunctions, i: number, session: Session) {
		const { start, end } = readDateRange(
			this,
			i,
			{ name: 'startDate', label: 'Start Date' },
			{ name: 'endDate', label: 'End Date' },
		);
		const filters = readCollection(this, i, 'filters', def.filters, def.filterKinds);
		return await collectWindows(
			splitDateRange(start, end, maxDays as number),
			async (window) =>
				await alfaDocs.list.call(
					this,
					{
						endpoint: def.endpoint,
						qs: { ...def.dateQuery(window), ...filters },
						itemIndex: i,
						state: session,
					},
					{ returnAll: true, limit: 0 },
				),
			{ ...readReturnAllAndLimit(this, i), concurrency: requestConcurrency(this) },
		);
	}

	return { description, execute };
}
