import type { IDataObject } from 'n8n-workflow';

import { mapConcurrently } from './concurrency';

/** One page of a list, whatever envelope the vendor wrapped it in. */
export interface ListPage {
	items: IDataObject[];
	total?: number;
	/** The number of pages, where the envelope says it (HeyDonto's `meta.totalPages`). */
	totalPages?: number;
}

const ARRAY_KEYS = ['data', 'items', 'results'];
const TOTAL_KEYS = ['total', 'totalCount', 'count'];

/**
 * Reads the list shapes these APIs use: a bare array, `{data, meta: {total}}`, `{items, total}` and
 * `{results, total}`. Anything else is a single record, returned as a one-item page.
 */
export function parseListEnvelope(body: unknown): ListPage {
	if (Array.isArray(body)) return { items: body as IDataObject[] };
	if (body === null || body === undefined || body === '') return { items: [] };
	if (typeof body !== 'object') return { items: [{ value: body as string }] };
	const envelope = body as IDataObject;
	const key = ARRAY_KEYS.find((name) => Array.isArray(envelope[name]));
	if (key === undefined) return { items: [envelope] };
	const meta = (envelope.meta ?? envelope.pagination ?? envelope) as IDataObject;
	const totalKey = TOTAL_KEYS.find((name) => typeof meta[name] === 'number');
	const page: ListPage = {
		items: envelope[key] as IDataObject[],
		total: totalKey === undefined ? undefined : (meta[totalKey] as number),
	};
	if (typeof meta.totalPages === 'number') page.totalPages = meta.totalPages;
	return page;
}

export interface PageOptions {
	returnAll: boolean;
	/** Used when returnAll is false. */
	limit: number;
	/** Largest page the API accepts. */
	maxPageSize: number;
	/** Index of the first page (0 for 0-based APIs). */
	firstPage?: number;
	/**
	 * Pages fetched at once once the first page has told the total (default 1: one after the other).
	 * Without a total, pages are always read one after the other.
	 */
	concurrency?: number;
}

export type FetchPage = (page: number, pageSize: number) => Promise<unknown>;

/**
 * Return All / Limit over page + pageSize pagination. Stops on a short page, when the reported total is
 * reached, when the limit is reached, and when the server ignores paging (a page larger than asked for,
 * or the same page again), so a list endpoint that does not page can never loop forever.
 *
 * When the first page tells the total (`total`, or `totalPages`) and `concurrency` allows, the pages
 * still needed (for the total, or the limit) are fetched at once, `concurrency` at a time, and read in
 * order with the same stops: the same requests as one page after the other, in less time. Should the
 * last of them say that more records appeared meanwhile, paging goes on one page at a time.
 */
export async function collectPages(
	fetchPage: FetchPage,
	options: PageOptions,
): Promise<IDataObject[]> {
	const wanted = options.returnAll ? Number.POSITIVE_INFINITY : options.limit;
	const pageSize = Math.min(
		options.maxPageSize,
		options.returnAll ? options.maxPageSize : options.limit,
	);
	const firstPage = options.firstPage ?? 0;
	const results: IDataObject[] = [];
	let previousFirst: string | undefined;
	let page = firstPage;
	/** Reads the next page's answer; whether another page is needed. */
	const read = (answer: unknown): { more: boolean; pages?: number } => {
		const { items, total, totalPages } = parseListEnvelope(answer);
		const current = page++;
		const first = items.length > 0 ? JSON.stringify(items[0]) : undefined;
		if (current > firstPage && first !== undefined && first === previousFirst)
			return { more: false };
		previousFirst = first;
		results.push(...items);
		const pagesRead = current - firstPage + 1;
		if (items.length !== pageSize) return { more: false };
		if (total !== undefined && pagesRead * pageSize >= total) return { more: false };
		const pages = total !== undefined ? Math.ceil(total / pageSize) : totalPages;
		return { more: results.length < wanted, pages };
	};

	const firstAnswer = read(await fetchPage(page, pageSize));
	const { pages } = firstAnswer;
	let { more } = firstAnswer;
	const concurrency = Math.floor(options.concurrency ?? 1);
	if (more && pages !== undefined && concurrency > 1) {
		const needed = Math.min(pages, Math.ceil(wanted / pageSize));
		const start = page;
		const answers = await mapConcurrently(
			Math.max(0, needed - 1),
			concurrency,
			async (index) => await fetchPage(start + index, pageSize),
		);
		for (const answer of answers) {
			({ more } = read(answer));
			if (!more) break;
		}
	}
	while (more) ({ more } = read(await fetchPage(page, pageSize)));
	return results.slice(0, wanted);
}

/** One page of an offset/limit list: its records, the reported total and the server's next link. */
export interface OffsetPage {
	items: IDataObject[];
	total?: number;
	/** The URL of the next page, when the server gives one. */
	next?: string;
}

export interface OffsetRequest {
	offset: number;
	limit: number;
	/** The server's link to this page, when the previous page gave one. */
	next?: string;
}

/**
 * Return All / Limit over offset + limit pagination with an optional next link. Goes on while the
 * server gives a next link or reports more records than read so far, or (with neither) while pages come
 * back full; stops on an empty page, when the limit is reached, and when the server repeats a page.
 */
export async function collectOffsetPages(
	fetchPage: (request: OffsetRequest) => Promise<OffsetPage>,
	options: Omit<PageOptions, 'firstPage'>,
): Promise<IDataObject[]> {
	const wanted = options.returnAll ? Number.POSITIVE_INFINITY : options.limit;
	const results: IDataObject[] = [];
	let request: OffsetRequest = { offset: 0, limit: 0 };
	let previousFirst: string | undefined;
	while (results.length < wanted) {
		request.limit = Math.min(options.maxPageSize, wanted - results.length);
		const { items, total, next } = await fetchPage(request);
		const first = items.length > 0 ? JSON.stringify(items[0]) : undefined;
		if (first === undefined || first === previousFirst) break;
		previousFirst = first;
		results.push(...items);
		const offset = request.offset + items.length;
		const more =
			next !== undefined
				? true
				: total !== undefined
					? offset < total
					: items.length >= request.limit;
		if (!more) break;
		request = { offset, limit: 0, next };
	}
	return results.slice(0, wanted);
}

/**
 * The pages of a page + pageSize list one at a time, for readers that stop early (a polling trigger
 * that reads down to its watermark). Stops like collectPages: on a short page, at the reported total,
 * and when the server ignores paging (the same page again).
 */
export async function* pageByPage(
	fetchPage: FetchPage,
	pageSize: number,
	firstPage = 0,
): AsyncGenerator<IDataObject[]> {
	let previousFirst: string | undefined;
	for (let page = firstPage; ; page++) {
		const { items, total } = parseListEnvelope(await fetchPage(page, pageSize));
		const first = items.length > 0 ? JSON.stringify(items[0]) : undefined;
		if (page > firstPage && first !== undefined && first === previousFirst) return;
		previousFirst = first;
		yield items;
		if (items.length !== pageSize) return;
		if (total !== undefined && (page - firstPage + 1) * pageSize >= total) return;
	}
}
