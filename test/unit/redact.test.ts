import { redactSecrets, redactText, withoutRequestConfig } from '../../nodes/shared/redact';

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
