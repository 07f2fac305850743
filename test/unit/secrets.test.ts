/**
 * Issue 9, "a server whose error message echoes the request": with a distinctive secret in every
 * credential field, a server that echoes everything it receives (a debugging proxy, a misconfigured
 * gateway) finds its way into no error, error item or output item, in any shape; a refused login never
 * carries its request body. Each test first checks that the server did echo the secret.
 */
import type { IDataObject } from 'n8n-workflow';

import { aeronaCredential, failAerona, loginAnswer, runAerona } from '../helpers/aerona';
import { failAhds, site, UUID } from '../helpers/ahds';
import { apiKeyCredential, failAlfaDocs, oAuth2Credential, runAlfaDocs } from '../helpers/alfadocs';
import { echo, echoOf } from '../helpers/echo';
import type { SentRequest } from '../helpers/fakeN8n';
import {
	byId,
	failHeyDonto,
	loginCredential,
	runHeyDonto,
	tokenCredential,
} from '../helpers/heydonto';
import { errorTexts, occurrences } from '../helpers/secrets';

const SECRETS = {
	heyDontoPassword: 'Hd-Pw+9/Zq=&"Login x7',
	pastedToken: 'hd-pasted-T0ken+/=Secret-4f1c9a',
	aeronaPassword: 'Aer0na Pw+/=&"Wrong-x9',
	aeronaPin: '7391',
	aeronaToken: 'aerona-session-Fr3sh+/=-0c1d',
	apiKey: 'ak Secr3t+Key/With=Chars&"q',
	clientSecret: 'cs-Secr3t+/= 0Auth&"2',
	accessToken: 'at-Acc3ss+/=Token-77aa',
	refreshToken: 'rt-Refr3sh+/=Token-88bb',
};
const ALL = Object.values(SECRETS);
const IDENTITIES = ['admin@heydonto.test', 'frontdesk', 'n8n-client'];

/** The secrets in the echo the fake server answered to a request (the control: it did leak them). */
const echoed = (request: SentRequest, status = 502) =>
	occurrences({ echo: JSON.stringify(echoOf(request, status)) }, ALL, IDENTITIES).count;

const inError = (error: Error & IDataObject) => occurrences(errorTexts(error), ALL, IDENTITIES);
const inOutput = (output: unknown) =>
	occurrences({ output: JSON.stringify(output) }, ALL, IDENTITIES);

const getSite = { resource: 'site', operation: 'get', siteId: byId(1) };
const alfaDocsPatient = {
	resource: 'patient',
	operation: 'get',
	patientId: byId(42),
	practiceAndArchive: 'choose',
	practiceId: byId(7),
	archiveId: byId(11),
};

describe('no secret, by value, in anything a server echoes', () => {
	it('AlfaDocs API key: not in the error, nor in the error item of Continue On Fail', async () => {
		const credentials = apiKeyCredential({ apiKey: SECRETS.apiKey });
		const { error, requests } = await failAlfaDocs({
			parameters: alfaDocsPatient,
			credentials,
			responses: [echo(502)],
		});
		expect(echoed(requests[0])).toBeGreaterThan(0);
		expect(inError(error)).toEqual({ count: 0, where: [] });
		expect(error.message).toMatch(
			/^The AlfaDocs API answered 502: Upstream request failed with 502: GET http:\/\/alfadocs\.test\/api\/v1\/practices\/7\/archives\/11\/patients\/42 /,
		);
		expect(JSON.stringify(error.errorResponse)).toContain('[redacted]');
		const { output } = await runAlfaDocs({
			parameters: alfaDocsPatient,
			credentials,
			continueOnFail: true,
			responses: [echo(502)],
		});
		expect(output).toHaveLength(1);
		expect(output[0].json.error).toEqual(error.message);
		expect(inOutput(output)).toEqual({ count: 0, where: [] });
	});

	it('AlfaDocs API key: an echo answered with 200 becomes an output item without it', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: alfaDocsPatient,
			credentials: apiKeyCredential({ apiKey: SECRETS.apiKey }),
			responses: [echo(200)],
		});
		expect(echoed(requests[0], 200)).toBeGreaterThan(0);
		expect(inOutput(output)).toEqual({ count: 0, where: [] });
		expect((output[0].json.request as IDataObject).headers).toEqual({
			Accept: 'application/json',
			'X-Api-Key': '[redacted]',
		});
	});

	it('Aerona: the session token a login brought during this very request is scrubbed', async () => {
		const credentials = () =>
			aeronaCredential({
				sessionToken: '',
				password: SECRETS.aeronaPassword,
				practicePin: SECRETS.aeronaPin,
			});
		const getPatient = { resource: 'patient', operation: 'get', patientId: byId(426709) };
		const failed = await failAerona({
			parameters: getPatient,
			credentials: credentials(),
			responses: [loginAnswer(SECRETS.aeronaToken), echo(502)],
		});
		expect(failed.requests[1].headers).toEqual({ 'AERONA-AUTH-TOKEN': SECRETS.aeronaToken });
		expect(echoed(failed.requests[1])).toBeGreaterThan(0);
		expect(inError(failed.error)).toEqual({ count: 0, where: [] });
		const answered = await runAerona({
			parameters: getPatient,
			credentials: credentials(),
			responses: [loginAnswer(SECRETS.aeronaToken), echo(200)],
		});
		expect(inOutput(answered.output)).toEqual({ count: 0, where: [] });
	});

	it('Aerona: a refused login carries no password, no PIN and no request body, and says to fix the credential', async () => {
		const credentials = aeronaCredential({
			sessionToken: '',
			password: SECRETS.aeronaPassword,
			practicePin: SECRETS.aeronaPin,
		});
		const user = String(credentials.aeronaApi.data.username);
		const { error, requests } = await failAerona({
			parameters: { resource: 'patient', operation: 'get', patientId: byId(426709) },
			credentials,
			responses: [echo(401)],
		});
		expect(requests).toHaveLength(1);
		expect(echoed(requests[0], 401)).toBeGreaterThan(0);
		expect(inError(error)).toEqual({ count: 0, where: [] });
		expect(error.message).toBe(
			`Aerona refused the login for ${user} (HTTP 401: Upstream request failed with 401: POST http://aerona.test/AeronaAPI/v1/login). Check the username, password and practice PIN in the Aerona credential.`,
		);
		expect(error.description).toBe(
			'Open the Aerona credential and fix its username, password or practice PIN; its Test button logs in. If they are right, check its Base URL and, under "Customize Login Request", the login path.',
		);
	});

	it('Aerona: a login answered 502 keeps its status, and the first line of the echo only', async () => {
		const { error } = await failAerona({
			parameters: { resource: 'patient', operation: 'get', patientId: byId(426709) },
			credentials: aeronaCredential({
				sessionToken: '',
				password: SECRETS.aeronaPassword,
				practicePin: SECRETS.aeronaPin,
			}),
			responses: [echo(502)],
		});
		expect(inError(error)).toEqual({ count: 0, where: [] });
		expect(error.message).toBe(
			'The Aerona API answered 502: the login (POST /AeronaAPI/v1/login) failed: Upstream request failed with 502: POST http://aerona.test/AeronaAPI/v1/login',
		);
		expect(error.description).toBe('Aerona failed to process the request. Try again later.');
	});

	it('HeyDonto: a refused login carries no password and no request body', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: getSite,
			credentials: loginCredential({ password: SECRETS.heyDontoPassword }),
			responses: [echo(401)],
		});
		expect(echoed(requests[0], 401)).toBeGreaterThan(0);
		expect(inError(error)).toEqual({ count: 0, where: [] });
		expect(error.message).toBe(
			'HeyDonto refused the login for admin@heydonto.test (HTTP 401: Upstream request failed with 401: POST http://heydonto.test/auth/login). Check the email and password in the HeyDonto credential.',
		);
		expect(error.description).toBe(
			'Open the HeyDonto credential and fix it: its email and password (n8n logs in with them), or paste a new JWT. Its Test button checks it.',
		);
	});

	it('HeyDonto and AHDS: a pasted token that is no JWT is found by its value', async () => {
		const credentials = tokenCredential({ accessToken: SECRETS.pastedToken });
		const heyDonto = await failHeyDonto({
			parameters: getSite,
			credentials,
			responses: [echo(502)],
		});
		expect(echoed(heyDonto.requests[0])).toBeGreaterThan(0);
		expect(inError(heyDonto.error)).toEqual({ count: 0, where: [] });
		const ahds = await failAhds({
			parameters: { resource: 'contact', operation: 'get', siteId: site, contactId: UUID },
			credentials,
			responses: [echo(502)],
		});
		expect(inError(ahds.error)).toEqual({ count: 0, where: [] });
		const answered = await runHeyDonto({
			parameters: getSite,
			credentials,
			responses: [echo(200)],
		});
		expect(inOutput(answered.output)).toEqual({ count: 0, where: [] });
	});

	describe('AlfaDocs OAuth2', () => {
		const credentials = () =>
			oAuth2Credential({
				clientSecret: SECRETS.clientSecret,
				oauthTokenData: {
					token_type: 'Bearer',
					access_token: SECRETS.accessToken,
					refresh_token: SECRETS.refreshToken,
					expires_in: 3600,
				},
			});

		it('the access token of an echoed API request', async () => {
			const { error, requests } = await failAlfaDocs({
				parameters: { authentication: 'oAuth2', ...alfaDocsPatient },
				credentials: credentials(),
				responses: [echo(502)],
			});
			expect(echoed(requests[0])).toBeGreaterThan(0);
			expect(inError(error)).toEqual({ count: 0, where: [] });
		});

		it('the refresh token and client secret of an echoed token renewal; the error says to reconnect', async () => {
			const unauthorized = { status: 401, body: { error: 'invalid_token' } };
			const { error, requests } = await failAlfaDocs({
				parameters: { authentication: 'oAuth2', ...alfaDocsPatient },
				credentials: credentials(),
				responses: [unauthorized, unauthorized, echo(400)],
			});
			expect(requests[2].url).toBe('http://alfadocs.test/oauth2/token');
			expect(echoed(requests[2], 400)).toBeGreaterThan(0);
			expect(inError(error)).toEqual({ count: 0, where: [] });
			expect(error.message).toBe(
				'The OAuth2 access token could not be renewed: Upstream request failed with 400: POST http://alfadocs.test/oauth2/token',
			);
			expect(error.description).toBe(
				'Reconnect the AlfaDocs OAuth2 credential (open it and click Reconnect): its access was revoked or has expired.',
			);
		});
	});
});
