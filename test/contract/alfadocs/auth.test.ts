import { SlidingWindow } from '../../../nodes/shared/throttle';
import {
	API_KEY,
	BASE,
	HOST,
	P,
	expected,
	failAlfaDocs,
	items,
	ME,
	meRequest,
	oAuth2Credential,
	one,
	runAlfaDocs,
} from '../../helpers/alfadocs';

const patient = { id: 42, firstName: 'Mario', lastName: 'Rossi' };
const getPatient = {
	resource: 'patient',
	operation: 'get',
	patientId: { __rl: true, mode: 'id', value: '42' },
};

describe('AlfaDocs › authentication', () => {
	it('OAuth2 sends the access token as a Bearer header, under <AlfaDocs URL>/api/v1, without an API key', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: { authentication: 'oAuth2', ...getPatient },
			credentials: oAuth2Credential(),
			responses: [{ body: ME }, { body: one(patient) }],
		});
		const bearer = { Accept: 'application/json', Authorization: 'Bearer access-token-1' };
		expect(requests).toEqual([
			expected('GET', '/me', { headers: bearer }),
			expected('GET', `${P}/patients/42`, { headers: bearer }),
		]);
		expect(output).toEqual(items([patient]));
	});

	it('OAuth2 refreshes an expired token with the client ID and secret in the body, keeps it, and retries', async () => {
		const { output, requests, credentials } = await runAlfaDocs({
			parameters: { authentication: 'oAuth2', ...getPatient },
			credentials: oAuth2Credential(),
			responses: [
				{ status: 401, body: { error: 'invalid_token' } },
				{ status: 401, body: { error: 'invalid_token' } },
				{
					body: {
						token_type: 'Bearer',
						expires_in: 3600,
						access_token: 'access-token-2',
						refresh_token: 'refresh-token-2',
					},
				},
				{ body: ME },
				{ body: one(patient) },
			],
		});
		expect(
			requests.map(
				(request) =>
					`${request.method} ${request.url} ${String(request.headers?.Authorization ?? '')}`,
			),
		).toEqual([
			`GET ${BASE}/me Bearer access-token-1`,
			`GET ${BASE}/me Bearer access-token-1`,
			`POST ${HOST}/oauth2/token `,
			`GET ${BASE}/me Bearer access-token-2`,
			`GET ${BASE}${P}/patients/42 Bearer access-token-2`,
		]);
		expect(requests[2].body).toEqual({
			grant_type: 'refresh_token',
			refresh_token: 'refresh-token-1',
			client_id: 'n8n-client',
			client_secret: 'client-secret-value',
		});
		expect(
			(credentials.alfaDocsOAuth2Api.data.oauthTokenData as { access_token: string }).access_token,
		).toBe('access-token-2');
		expect(output).toEqual(items([patient]));
	});

	it('OAuth2 with every token revoked: the renewal is refused, and the error says to reconnect (not a network error)', async () => {
		const unauthorized = { status: 401, body: { error: 'invalid_token' } };
		const { error, requests } = await failAlfaDocs({
			parameters: { authentication: 'oAuth2', ...getPatient },
			credentials: oAuth2Credential(),
			responses: [
				unauthorized,
				unauthorized,
				{ status: 400, body: { error: 'invalid_grant', error_description: 'Token revoked' } },
			],
		});
		expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual([
			`GET ${BASE}/me`,
			`GET ${BASE}/me`,
			`POST ${HOST}/oauth2/token`,
		]);
		expect(error.message).toBe(
			'The OAuth2 access token could not be renewed: The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
		);
		expect(error.description).toBe(
			'Reconnect the AlfaDocs OAuth2 credential (open it and click Reconnect): its access was revoked or has expired.',
		);
		expect(error.httpCode).toBeNull();
	});

	it('the API key goes in X-Api-Key; a rejected key is a 401 error with a hint and no key in it', async () => {
		const { error, requests } = await failAlfaDocs({
			parameters: getPatient,
			responses: [
				{ status: 401, body: { error: 'Invalid API key' } },
				{ status: 401, body: { error: 'Invalid API key' } },
				{ status: 401, body: { error: 'Invalid API key' } },
			],
		});
		// The first answer is read; n8n's own path then sends it again once (as it does for every 401).
		expect(requests).toEqual([meRequest, meRequest, meRequest]);
		expect(error.message).toBe('The AlfaDocs API answered 401: Invalid API key');
		expect(error.description).toBe(
			'Check the API key of the AlfaDocs credential: it may be wrong or revoked (keys are made under Impostazioni → Studio → Chiavi API).',
		);
		expect(JSON.stringify(error)).not.toContain(API_KEY);
	});

	it('a 403 with OAuth2 points at the practice, archive and scopes', async () => {
		const { error } = await failAlfaDocs({
			parameters: { authentication: 'oAuth2', ...getPatient },
			credentials: oAuth2Credential(),
			responses: [
				{ body: ME },
				{
					status: 403,
					body: {
						error: 'insufficient_scope',
						error_description: 'The token lacks the scope patient:view',
					},
				},
			],
		});
		expect(error.message).toBe(
			'The AlfaDocs API answered 403: The token lacks the scope patient:view',
		);
		expect(error.description).toBe(
			"The connection may not use this practice or archive, or lacks the scope for this operation: check Practice and Archive, or add the scope to the credential's Scopes and reconnect.",
		);
	});

	it('retries a 429 after its Retry-After, then succeeds', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: getPatient,
			responses: [
				{ body: ME },
				{ status: 429, headers: { 'retry-after': '0' }, body: { error: 'Too many requests' } },
				{ body: one(patient) },
			],
		});
		expect(requests).toEqual([
			meRequest,
			expected('GET', `${P}/patients/42`),
			expected('GET', `${P}/patients/42`),
		]);
		expect(output).toEqual(items([patient]));
	});

	it('a failed GET /me names AlfaDocs and, with Continue On Fail, becomes an error item per input', async () => {
		const { output } = await runAlfaDocs({
			parameters: getPatient,
			continueOnFail: true,
			items: [{ json: {} }, { json: {} }],
			responses: [
				{ status: 500, body: { error: 'Database unavailable' } },
				{ body: ME },
				{ body: one(patient) },
			],
		});
		expect(output).toEqual([
			{
				json: {
					error: 'The AlfaDocs API answered 500: Database unavailable',
					description: 'AlfaDocs failed to process the request. Try again later.',
					httpCode: '500',
				},
				pairedItem: { item: 0 },
			},
			...items([patient], 1),
		]);
	});

	it('every request takes a slot of the ~10 per second budget: one every 100 ms', async () => {
		const take = jest.spyOn(SlidingWindow.prototype, 'take');
		try {
			await runAlfaDocs({
				parameters: getPatient,
				responses: [{ body: ME }, { body: one(patient) }],
			});
			expect(take).toHaveBeenCalledTimes(2);
			expect((take.mock.contexts[0] as SlidingWindow).budget).toEqual({
				limit: 1,
				windowMs: 100,
			});
		} finally {
			take.mockRestore();
		}
	});
});
