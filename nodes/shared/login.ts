import type { IDataObject } from 'n8n-workflow';
import { UserError } from 'n8n-workflow';

import { duration, shortText } from './answer';
import type { Scrubber } from './redact';
import { withoutRequestConfig } from './redact';

/**
 * What the credentials' logins (HeyDonto's email and password, Aerona's username, password and PIN)
 * share when they fail. A login's error never carries its request: the request configuration is
 * dropped, the vendor's message is cut to its first line (a server that echoes the request puts the
 * body after it) and every secret of the credential is scrubbed from what is kept.
 */
export interface Login {
	vendor: string;
	/** "POST /auth/login": how messages name the login. */
	label: string;
	timeoutMs: number;
	scrubber: Scrubber;
	/** The vendor's message in a JSON error body. */
	message(body: unknown): string | undefined;
}

interface HttpErrorLike {
	message?: string;
	code?: string;
	response?: { status?: number; headers?: IDataObject; data?: unknown };
}

/** The vendor's message in a login's error answer: its first line, at most 200 characters, no secret. */
export function loginMessage(body: unknown, login: Login): string | undefined {
	const text = typeof body === 'string' ? body : body == null ? undefined : login.message(body);
	const line = text === undefined ? undefined : shortText(text);
	return line === undefined ? undefined : login.scrubber.text(line);
}

const TIMEOUT = /timeout of \d+ms exceeded/;

/**
 * The error of a login that got no answer, or an answer that is not a refusal (a 5xx): a timeout says
 * which request it was and how long n8n waited; an error answer keeps its status and the vendor's
 * first line; a network error keeps its code.
 */
export function loginFailure(error: HttpErrorLike, login: Login): Error {
	if (!error.response && TIMEOUT.test(error.message ?? '')) {
		return new UserError(
			`${login.vendor} did not answer the login (${login.label}) within ${duration(login.timeoutMs)}. Check the credential's base URL, and that ${login.vendor} is reachable from n8n.`,
		);
	}
	if (!error.response) return withoutRequestConfig(error, login.scrubber);
	const message = loginMessage(error.response.data, login);
	return withoutRequestConfig(
		{
			message: error.message,
			response: {
				...error.response,
				data: { message: `the login (${login.label}) failed${message ? `: ${message}` : ''}` },
			},
		},
		login.scrubber,
	);
}
