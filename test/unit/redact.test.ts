import {
	redactSecrets,
	redactText,
	scrubberFor,
	withoutRequestConfig,
} from '../../nodes/shared/redact';

const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.c2lnbmF0dXJl';

describe('redaction', () => {
	it('cuts JWTs and bearer tokens out of text', () => {
		expect(redactText(`token ${jwt} was rejected`)).toBe('token [redacted] was rejected');
		expect(redactText('Authorization: Bearer abc.def-123')).toBe(
			'Authorization: Bearer [redacted]',
		);
	});

	it('replaces secret-looking keys at any depth and leaves the input untouched', () => {
		const input = {
			user: { email: 'a@b.c', password: 'p', apiKey: 'k' },
			list: [{ token: 't', id: 1 }],
			pin: '1234',
		};
		expect(redactSecrets(input)).toEqual({
			user: { email: 'a@b.c', password: '[redacted]', apiKey: '[redacted]' },
			list: [{ token: '[redacted]', id: 1 }],
			pin: '[redacted]',
		});
		expect(input.user.password).toBe('p');
	});

	it('returns the same objects when there is nothing to redact', () => {
		const record = { id: 1, address: { city: 'Austin' }, tags: ['a'] };
		expect(redactSecrets(record, /password/i)).toBe(record);
	});

	it('keeps status, headers and body of an HTTP error but drops the request configuration', () => {
		const error = {
			message: 'Request failed with status code 429',
			code: 'ERR_BAD_REQUEST',
			config: { data: '{"password":"secret"}', headers: { Authorization: `Bearer ${jwt}` } },
			response: {
				status: 429,
				headers: { 'retry-after': '3' },
				data: { message: 'slow down', token: jwt },
			},
		};
		const clean = withoutRequestConfig(error) as Error & Record<string, unknown>;
		expect(clean.message).toBe('Request failed with status code 429');
		expect(clean.code).toBeUndefined();
		expect(clean.response).toEqual({
			status: 429,
			headers: { 'retry-after': '3' },
			data: { message: 'slow down', token: '[redacted]' },
		});
		expect(JSON.stringify(clean)).not.toContain('secret');
		expect(
			withoutRequestConfig({ message: 'connect ECONNREFUSED', code: 'ECONNREFUSED' }),
		).toMatchObject({ code: 'ECONNREFUSED' });
	});
});

describe('secrets by value (scrubberFor)', () => {
	const credentials = {
		username: 'frontdesk',
		password: 'pa ss+w/rd="x"&y',
		practicePin: '7391',
		sessionToken: 'aerona-session-0c1d2e3f',
		loginPassKey: 'password',
		requestLimit: 300,
		oauthTokenData: {
			token_type: 'Bearer',
			access_token: 'acc-7f3a9c21',
			refresh_token: 'ref-77aa00bb',
		},
		accessTokenUrl: 'http://alfadocs.test/oauth2/token',
	};
	const scrubber = scrubberFor({ credentials });

	it.each([
		['plain', 'pa ss+w/rd="x"&y'],
		['URL-encoded', encodeURIComponent('pa ss+w/rd="x"&y')],
		['form-encoded (spaces as +)', 'pa+ss%2Bw%2Frd%3D%22x%22%26y'],
		['JSON-escaped', 'pa ss+w/rd=\\"x\\"&y'],
		['base64', Buffer.from('pa ss+w/rd="x"&y').toString('base64')],
		[
			'HTTP Basic of username:password',
			Buffer.from('frontdesk:pa ss+w/rd="x"&y').toString('base64'),
		],
		['a session token', 'aerona-session-0c1d2e3f'],
		['an OAuth2 access token', 'acc-7f3a9c21'],
		['an OAuth2 refresh token, form-encoded', encodeURIComponent('ref-77aa00bb')],
	])('finds the password or a token %s inside any text', (_shape, shape) => {
		const text = `Upstream request failed: {"k":"${shape}"} trailing`;
		expect(scrubber.leaks(text)).toBe(true);
		expect(scrubber.text(text)).toBe('Upstream request failed: {"k":"[redacted]"} trailing');
	});

	it('replaces a short secret (a 4-digit PIN) only where it stands alone, and never in output items', () => {
		expect(scrubber.text('{"pin":"7391"} pin=7391')).toBe('{"pin":"[redacted]"} pin=[redacted]');
		expect(scrubber.text('Patient 173912 and phone 0617391')).toBe(
			'Patient 173912 and phone 0617391',
		);
		expect(scrubber.output({ note: 'room 7391', token: 'aerona-session-0c1d2e3f' })).toEqual({
			note: 'room 7391',
			token: '[redacted]',
		});
	});

	it('takes no field that only names a secret (token_type, accessTokenUrl, loginPassKey) for one', () => {
		expect(
			scrubber.text('token_type Bearer, password field, http://alfadocs.test/oauth2/token, 300'),
		).toBe('token_type Bearer, password field, http://alfadocs.test/oauth2/token, 300');
	});

	it('scrubs error bodies by key, by token shape and by value, and shares what it does not change', () => {
		const body = {
			message: 'rejected aerona-session-0c1d2e3f',
			request: { headers: { 'X-Api-Key': 'anything' }, body: '{"pin":"7391"}' },
			kept: { id: 1 },
		};
		const scrubbed = scrubber.errorBody(body);
		expect(scrubbed).toEqual({
			message: 'rejected [redacted]',
			request: { headers: { 'X-Api-Key': '[redacted]' }, body: '{"pin":"[redacted]"}' },
			kept: { id: 1 },
		});
		expect(scrubbed.kept).toBe(body.kept);
		const record = { id: 1, name: 'Clinic' };
		expect(scrubber.output(record)).toBe(record);
	});

	it('knows the secrets of the headers a request carried (a refreshed OAuth2 token)', () => {
		const fromHeaders = scrubberFor({
			headers: { Authorization: 'Bearer fresh-token-5b6c', Accept: 'application/json' },
		});
		expect(fromHeaders.text('sent fresh-token-5b6c with application/json')).toBe(
			'sent [redacted] with application/json',
		);
	});

	it('leaves values shorter than 4 characters alone: they cannot be told from words', () => {
		expect(scrubberFor({ credentials: { password: 'abc' } }).text('abc a b c')).toBe('abc a b c');
	});
});
