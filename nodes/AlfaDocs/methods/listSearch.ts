import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { AlfaDocsEndpointKey } from '../endpoints';
import { alfaDocs, me, newSession } from '../transport';

const PATIENT_PAGE = 50;

const label = (record: IDataObject, name: string) => `${name} (ID ${String(record.id)})`;

/** A whole reference list (the API does not page them), filtered by the search text. */
async function searchList(
	ctx: ILoadOptionsFunctions,
	endpoint: AlfaDocsEndpointKey,
	nameOf: (record: IDataObject) => string,
	filter?: string,
): Promise<INodeListSearchResult> {
	const list = await alfaDocs.list.call(ctx, { endpoint }, { returnAll: true, limit: 0 });
	const needle = (filter ?? '').trim().toLowerCase();
	return {
		results: list
			.map((record) => ({ name: label(record, nameOf(record)), value: String(record.id) }))
			.filter((result) => needle === '' || result.name.toLowerCase().includes(needle)),
	};
}

export async function searchColors(this: ILoadOptionsFunctions, filter?: string) {
	return await searchList(
		this,
		'color.getAll',
		(color) => `#${String(color.backgroundColor)} on #${String(color.textColor)}`,
		filter,
	);
}

export async function searchAccounts(this: ILoadOptionsFunctions, filter?: string) {
	return await searchList(this, 'account.getAll', (account) => String(account.name), filter);
}

export async function searchPaymentTypes(this: ILoadOptionsFunctions, filter?: string) {
	return await searchList(this, 'paymentType.getAll', (type) => String(type.name), filter);
}

/** Patients by last name, 50 at a time; the pagination token is the next offset. */
export async function searchPatients(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const offset = paginationToken ? Number(paginationToken) : 0;
	const page = (await alfaDocs.request.call(this, {
		endpoint: 'patient.search',
		qs: { lastName: filter?.trim() || undefined, offset, limit: PATIENT_PAGE },
	})) as { results?: IDataObject[]; total?: number };
	const results = Array.isArray(page?.results) ? page.results : [];
	const more =
		results.length === PATIENT_PAGE &&
		(typeof page.total !== 'number' || offset + PATIENT_PAGE < page.total);
	return {
		results: results.map((patient) => ({
			name: label(
				patient,
				`${String(patient.lastName ?? '')} ${String(patient.firstName ?? '')}`.trim(),
			),
			value: String(patient.id),
		})),
		paginationToken: more ? String(offset + PATIENT_PAGE) : undefined,
	};
}

/** The credential's own practice or archive (GET /me): the one an override usually starts from. */
async function credentials(ctx: ILoadOptionsFunctions, what: 'Practice' | 'Archive') {
	const profile = await me(ctx, newSession());
	const id = String(what === 'Practice' ? profile.practiceId : profile.archiveId);
	return { results: [{ name: `${what} ${id} (the credential's)`, value: id }] };
}

export async function searchPractices(this: ILoadOptionsFunctions) {
	return await credentials(this, 'Practice');
}

export async function searchArchives(this: ILoadOptionsFunctions) {
	return await credentials(this, 'Archive');
}
