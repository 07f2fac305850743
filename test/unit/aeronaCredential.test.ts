import { AeronaApi, aeronaLogin } from '../../credentials/AeronaApi.credentials';
import { aeronaBudget, loginRequest as loginOf } from '../../nodes/Aerona/transport/connection';
import type { IHttpRequestHelper } from 'n8n-workflow';
import {
	BASE,
	aeronaCredential,
	failAerona,
	get,
	loginAnswer,
	loginRequest,
	runAerona,
} from '../helpers/aerona';

const getPatient = { resource: 'patient', operation: 'get', patientId: '426709' };
const three = [{ json: {} }, { json: {} }, { json: {} }];
const usernameOf = (credentials: ReturnType<typeof aeronaCredential>) =>
	String(credentials.aeronaApi.data.username);

describe('Aerona API credential', () => {
	it('logs in once, reads the token from the AERONA-AUTH-TOKEN header, and sends it on every request', async () => {
		const credentials = aeronaCredential({ sessionToken: '' });
		const { output, requests } = await runAerona({
			credentials,
			items: three,
			parameters: (i) => ({ ...getPatient, patientId: String(i + 1) }),
			responses: [
				loginAnswer('tok-A'),
				{ body: { id: 1 } },
				{ body: { id: 2 } },
				{ body: { id: 3 } },
			],
		});
		expect(requests).toEqual([
			loginRequest(usernameOf(credentials)),
			get('/patients/1', undefined, 'tok-A'),
			get('/patients/2', undefined, 'tok-A'),
			get('/patients/3', undefined, 'tok-A'),
		]);
		expect(output.map((item) => item.json.id)).toEqual([1, 2, 3]);
		expect(credentials.aeronaApi.data.sessionToken).toBe('tok-A');
	});

	it('when the token has expired (401), n8n logs in again and the request is retried once', async () => {
		const credentials = aeronaCredential({ sessionToken: 'tok-expired' });
		const expired = { status: 401, body: { status: 401, message: 'Token expired' } };
		const { output, requests } = await runAerona({
			credentials,
			parameters: getPatient,
			responses: [expired, expired, loginAnswer('tok-fresh'), { body: { id: 426709 } }],
		});
		expect(requests).toEqual([
			get('/patients/426709', undefined, 'tok-expired'),
			get('/patients/426709', undefined, 'tok-expired'),
			loginRequest(usernameOf(credentials)),
			get('/patients/426709', undefined, 'tok-fresh'),
		]);
		expect(output[0].json).toEqual({ id: 426709 });
		expect(credentials.aeronaApi.data.sessionToken).toBe('tok-fresh');
	});

	it('a refused login names the user, says to fix the credential (no network hint) and never shows the password or the PIN', async () => {
		const credentials = aeronaCredential({ sessionToken: '' });
		const { error, requests } = await failAerona({
			credentials,
			parameters: getPatient,
			responses: [{ status: 401, body: { message: 'Invalid username, password or PIN' } }],
		});
		expect(requests).toEqual([loginRequest(usernameOf(credentials))]);
		expect(error.message).toBe(
			`Aerona refused the login for ${usernameOf(credentials)} (HTTP 401: Invalid username, password or PIN). Check the username, password and practice PIN in the Aerona credential.`,
		);
		// Issue 9: the description used to be the network hint ("check the Base URL, and that Aerona is reachable").
		expect(error.description).toBe(
			'Open the Aerona credential and fix its username, password or practice PIN; its Test button logs in. If they are right, check its Base URL and, under "Customize Login Request", the login path.',
		);
		const shown = JSON.stringify({
			...error,
			message: error.message,
			description: error.description,
		});
		expect(shown).not.toContain('Sandbox-Aerona-1');
		expect(shown).not.toContain('"1234"');
	});

	it('a login answered without the token header says so clearly', async () => {
		const credentials = aeronaCredential({ sessionToken: '' });
		const { error, requests } = await failAerona({
			credentials,
			parameters: getPatient,
			responses: [{ status: 200, body: { message: 'OK' } }],
		});
		expect(requests).toHaveLength(1);
		expect(error.message).toBe(
			`Aerona accepted the login for ${usernameOf(credentials)} (HTTP 200) but its answer carried no AERONA-AUTH-TOKEN header. Check that the Base URL points at the Aerona API (it ends in /AeronaAPI/v1); if it does, the login body may need other field names (see "Customize Login Request").`,
		);
	});

	it('a login path that does not exist points at the guessed path', async () => {
		const { error } = await failAerona({
			credentials: aeronaCredential({ sessionToken: '' }),
			parameters: getPatient,
			responses: [{ status: 404, body: 'Not Found' }],
		});
		expect(error.message).toBe(
			`Aerona has no login at ${BASE}/login (HTTP 404: Not Found). Check the Base URL; the login path is a guess (Aerona does not publish it): set the right one under "Customize Login Request".`,
		);
	});

	it('a network failure of the login keeps no request configuration (the password)', async () => {
		const helper = {
			helpers: {
				httpRequest: async () => {
					const error = new Error('connect ECONNREFUSED 127.0.0.1:9') as Error &
						Record<string, unknown>;
					error.code = 'ECONNREFUSED';
					error.config = { data: JSON.stringify({ password: 'Sandbox-Aerona-1' }) };
					throw error;
				},
			},
		} as unknown as IHttpRequestHelper;
		const failure = await aeronaLogin(helper, aeronaCredential().aeronaApi.data).catch(
			(error: Error) => error,
		);
		expect(failure).toBeInstanceOf(Error);
		expect((failure as Error).message).toBe('connect ECONNREFUSED 127.0.0.1:9');
		expect(JSON.stringify(failure)).not.toContain('Sandbox-Aerona-1');
		expect(Object.keys(failure as object)).toEqual(['code']);
	});

	it('"Customize Login Request" changes the path and the body field names', () => {
		const data = aeronaCredential({
			baseUrl: `${BASE}/`,
			customizeLogin: true,
			loginPath: 'auth/login',
			loginUserKey: 'userName',
			loginPassKey: 'password',
			loginPinKey: 'practicePin',
		}).aeronaApi.data;
		expect(loginOf(data)).toEqual({
			url: `${BASE}/auth/login`,
			body: { userName: data.username, password: 'Sandbox-Aerona-1', practicePin: '1234' },
		});
		expect(loginOf({ ...data, customizeLogin: false }).url).toBe(`${BASE}/login`);
	});

	it('defaults to the documented base URL and the 300 per 15 minutes budget, counted over a slightly longer window', () => {
		expect(loginOf({ username: 'u', password: 'p', practicePin: '1' }).url).toBe(
			'https://aeronadental.com/AeronaAPI/v1/login',
		);
		expect(aeronaBudget({})).toEqual({ limit: 300, windowMs: 918000 });
		expect(aeronaBudget({ requestLimit: 20, requestWindowSeconds: 3 })).toEqual({
			limit: 20,
			windowMs: 4000,
		});
	});

	it('"n8n Processes" gives each process its share of the limit (rounded down, at least 1)', () => {
		expect(aeronaBudget({ processes: 4 })).toEqual({ limit: 75, windowMs: 918000 });
		expect(aeronaBudget({ requestLimit: 20, processes: 3 }).limit).toBe(6);
		expect(aeronaBudget({ requestLimit: 2, processes: 5 }).limit).toBe(1);
		expect(aeronaBudget({ processes: 0 }).limit).toBe(300);
		const field = new AeronaApi().properties.find((property) => property.name === 'processes');
		expect(field).toMatchObject({ type: 'number', default: 1, typeOptions: { minValue: 1 } });
	});

	it('sends the token in the AERONA-AUTH-TOKEN header and keeps it in an expirable hidden field', async () => {
		const credential = new AeronaApi();
		// Generic (an object): n8n offers only such credentials in its HTTP Request node.
		expect(credential.authenticate).toEqual({
			type: 'generic',
			properties: { headers: { 'AERONA-AUTH-TOKEN': '={{$credentials.sessionToken}}' } },
		});
		const hidden = credential.properties.filter((property) => property.type === 'hidden');
		expect(hidden.map((property) => [property.name, property.typeOptions?.expirable])).toEqual([
			['sessionToken', true],
		]);
		expect(credential.test.request).toEqual({
			baseURL: '={{$credentials.baseUrl}}',
			url: '/appointment-types',
		});
	});
});
