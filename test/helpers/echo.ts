/**
 * What a misbehaving server answers, for the fake n8n: the sandbox's `echo` fault (a debugging proxy
 * or a misconfigured gateway that puts the whole request in its error, as sandbox/lib/faults.js
 * `echoReply` builds it) and its `html` fault (a gateway's 6,506-character HTML error page).
 */
import type { IDataObject } from 'n8n-workflow';

import type { FakeResponse, SentRequest } from './fakeN8n';

const STATUS_TEXT: Record<number, string> = {
	200: 'OK',
	400: 'Bad Request',
	401: 'Unauthorized',
	502: 'Bad Gateway',
	503: 'Service Unavailable',
};

/** The raw body as the server received it: JSON as sent, a form body URL-encoded. */
function rawBody(request: SentRequest): string {
	if (request.body === undefined) return '';
	if (typeof request.body === 'string') return request.body;
	const form = Object.entries(request.headers ?? {}).some(
		([name, value]) =>
			name.toLowerCase() === 'content-type' && String(value).includes('x-www-form-urlencoded'),
	);
	return form
		? new URLSearchParams(request.body as Record<string, string>).toString()
		: JSON.stringify(request.body);
}

/** The sandbox's echo of a request: in `message` and `error_description` as text, in `request` as data. */
export function echoOf(request: SentRequest, status = 502): IDataObject {
	const headers = request.headers ?? {};
	const text = rawBody(request);
	const message =
		`Upstream request failed with ${status}: ${request.method} ${request.url}\n` +
		`${Object.entries(headers)
			.map(([name, value]) => `${name}: ${String(value)}`)
			.join('\n')}\n\n${text}`;
	const decoded: IDataObject = {};
	const basic = /^Basic\s+(\S+)/i.exec(String(headers.Authorization ?? ''));
	if (basic) decoded.basic = Buffer.from(basic[1], 'base64').toString('utf8');
	return {
		statusCode: status,
		status,
		error: STATUS_TEXT[status] ?? 'Error',
		message,
		error_description: message,
		path: request.url,
		request: { method: request.method, url: request.url, headers, body: text, decoded },
	};
}

/** A responder that answers with the echo of the request it gets. */
export const echo =
	(status = 502) =>
	(request: SentRequest): FakeResponse => ({ status, body: echoOf(request, status) });

/** A gateway's HTML error page of 6,506 characters with `<title>502 Bad Gateway</title>`. */
export function gatewayPage(status = 502): string {
	const title = `${status} ${STATUS_TEXT[status] ?? 'Error'}`;
	const head = `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n<h1>${title}</h1>\n<p>The web server reported a bad gateway error.</p>\n`;
	const end = '</body>\n</html>\n';
	const filler = '<!-- upstream diagnostics: connect() failed (111: Connection refused) -->\n';
	let page = head;
	while (page.length + filler.length + end.length <= 6506) page += filler;
	return page + ' '.repeat(6506 - page.length - end.length) + end;
}

export const HTML = { 'content-type': 'text/html; charset=utf-8' };
export const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };
