import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	collection,
	forOperation,
	readReturnAllAndLimit,
	returnAllAndLimit,
} from '../../../shared/describe';
import { readCollection } from '../../../shared/fields';
import { collectOffsetPages } from '../../../shared/paginate';
import type { Session } from '../../transport';
import { alfaDocs } from '../../transport';
import { customFieldsProperty, nameFields, readCustomFields, underscored } from './fields';

/** Patient search pages with offset/limit; the largest page AlfaDocs' API document shows (SEED) is 100. */
export const PATIENT_PAGE_SIZE = 100;

const searchFilters: INodeProperties[] = [
	{
		displayName: 'Date of Birth',
		name: 'dateBirth',
		type: 'dateTime',
		default: '',
		description: 'Only patients born on this day',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'Only patients with this email address',
	},
	{ ...nameFields[0], description: 'Only patients with this first name' },
	{
		displayName: 'Italian Fiscal Code',
		name: 'italianFiscalCode',
		type: 'string',
		default: '',
		placeholder: 'e.g. RSSMRA85T10A562S',
		description: 'Only the patient with this codice fiscale',
	},
	{ ...nameFields[1], description: 'Only patients with this last name' },
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		default: '',
		placeholder: 'e.g. 3471234567',
		description: 'Only patients with this phone number (without the prefix)',
	},
	{
		displayName: 'Phone Number Prefix',
		name: 'phoneNumberPrefix',
		type: 'string',
		default: '',
		placeholder: 'e.g. 0039',
		description: 'The country prefix of the phone number, as AlfaDocs stores it (e.g. 0039)',
	},
];

export const description = forOperation('patient', 'search', [
	...returnAllAndLimit(),
	collection('filters', searchFilters),
	{ ...customFieldsProperty, description: 'Only patients with these custom field values' },
]);

interface SearchPage {
	links?: { next?: unknown };
	total?: unknown;
	results?: unknown;
}

/**
 * Search answers `{links, total, offset, limit, results}`. Return All follows the next link (or the
 * offset when there is none), 100 patients a page; Limit asks only for what it needs.
 */
export async function execute(this: IExecuteFunctions, i: number, session: Session) {
	const qs = {
		...readCollection(this, i, 'filters', searchFilters, { dateBirth: 'date' }),
		...underscored(readCustomFields(this, i)),
	};
	return await collectOffsetPages(
		async ({ offset, limit, next }) => {
			const page = (await alfaDocs.request.call(this, {
				endpoint: 'patient.search',
				qs: { ...qs, offset, limit },
				link: next,
				itemIndex: i,
				state: session,
			})) as SearchPage;
			return {
				items: Array.isArray(page?.results) ? (page.results as IDataObject[]) : [],
				total: typeof page?.total === 'number' ? page.total : undefined,
				next:
					typeof page?.links?.next === 'string' && page.links.next !== ''
						? page.links.next
						: undefined,
			};
		},
		{ ...readReturnAllAndLimit(this, i), maxPageSize: PATIENT_PAGE_SIZE },
	);
}
