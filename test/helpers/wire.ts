import type { IDataObject } from 'n8n-workflow';

/**
 * The URL a test expects on the wire, written from the vendor's side: the path, then the query
 * parameters in the order given, a list as the same key repeated (HeyDonto's documented form), every
 * key and value percent-encoded as RFC 3986 has it. Undefined values are not sent.
 */
export function wire(url: string, query?: IDataObject): string {
	const encode = (text: string) =>
		encodeURIComponent(text).replace(
			/[!'()*]/g,
			(char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
		);
	const pairs = Object.entries(query ?? {}).flatMap(([key, value]) =>
		(Array.isArray(value) ? value : [value])
			.filter((entry) => entry !== undefined)
			.map((entry) => `${encode(key)}=${encode(String(entry))}`),
	);
	return pairs.length === 0 ? url : `${url}?${pairs.join('&')}`;
}
