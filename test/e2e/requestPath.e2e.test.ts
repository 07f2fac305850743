/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test-only: reads n8n's user folder (database, logs) */
/**
 * Issue 9 in a real n8n, against the sandbox's faults: a server that never answers (`hang`), answers that
 * are not what they should be (malformed JSON, an empty 200, a 6.5 KB HTML 502, a record for a list),
 * and a server that echoes the whole request (`echo`), with a distinctive secret in every credential.
 * The secret scrub is proven where n8n keeps things: the node outputs and errors, n8n's SQLite database
 * files (read as bytes, every table), every other file of n8n's user folder, and what the `n8n execute`
 * process printed at debug log level.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import * as n8n from '../../scripts/lib/n8n';
import type { ExecutionRun } from './harness';
import { cliEnv, env, sandbox } from './harness';
import type { NodeSpec } from './fixtures/workflow';
import { rl, workflow } from './fixtures/workflow';
import { occurrences } from '../helpers/secrets';

const TYPES = {
	heyDonto: 'n8n-nodes-heydonto.heyDonto',
	ahds: 'n8n-nodes-heydonto.ahds',
	aerona: 'n8n-nodes-heydonto.aerona',
	alfaDocs: 'n8n-nodes-heydonto.alfaDocs',
};

/** A distinctive value in every secret field of every credential type (+ / = & " and spaces: every encoding differs). */
const SECRETS = {
	heyDontoPassword: 'Hd-Pw+9/Zq=&"Login x7',
	pastedToken: 'hd-pasted-T0ken+/=Secret-4f1c9a',
	aeronaPassword: 'Aer0na Pw+/=&"Wrong-x9',
	// A PIN of 4 digits with a leading zero: no JSON number, execution time or ID in n8n's data reads so.
	aeronaPin: '0739',
	apiKey: 'ak Secr3t+Key/With=Chars&"q',
	clientSecret: 'cs-Secr3t+/= 0Auth&"2',
	accessToken: 'at-Acc3ss+/=Token-77aa',
	refreshToken: 'rt-Refr3sh+/=Token-88bb',
};
/** The sandbox's own Aerona password (the login must succeed for the session token to be echoed). */
const AERONA_LOGIN = { username: 'frontdesk', password: 'Sandbox-Aerona-1', pin: '1234' };
const IDENTITIES = ['admin@heydonto.test', 'frontdesk', 'n8n-sandbox'];

const CREDENTIALS = {
	heyDontoLogin: { id: 'rpE2eHdLogin0001', name: 'Issue 9: HeyDonto wrong password' },
	heyDontoToken: { id: 'rpE2eHdToken0001', name: 'Issue 9: HeyDonto pasted token' },
	aeronaWrong: { id: 'rpE2eAeWrong0001', name: 'Issue 9: Aerona wrong password' },
	aeronaRight: { id: 'rpE2eAeRight0001', name: 'Issue 9: Aerona sandbox login' },
	alfaDocsKey: { id: 'rpE2eAdApiKey001', name: 'Issue 9: AlfaDocs API key' },
	alfaDocsOAuth2: { id: 'rpE2eAdOAuth2001', name: 'Issue 9: AlfaDocs OAuth2' },
};

function credentials(sandboxUrl: string) {
	const heyDonto = { environment: 'custom', baseUrl: sandboxUrl, sessionToken: '' };
	const aerona = {
		baseUrl: `${sandboxUrl}/aerona/AeronaAPI/v1`,
		requestLimit: 300,
		requestWindowSeconds: 900,
		customizeLogin: false,
		sessionToken: '',
	};
	return [
		{
			...CREDENTIALS.heyDontoLogin,
			type: 'heyDontoApi',
			data: {
				...heyDonto,
				authMethod: 'login',
				email: 'admin@heydonto.test',
				password: SECRETS.heyDontoPassword,
			},
		},
		{
			...CREDENTIALS.heyDontoToken,
			type: 'heyDontoApi',
			data: { ...heyDonto, authMethod: 'token', accessToken: SECRETS.pastedToken },
		},
		{
			...CREDENTIALS.aeronaWrong,
			type: 'aeronaApi',
			data: {
				...aerona,
				username: 'frontdesk',
				password: SECRETS.aeronaPassword,
				practicePin: SECRETS.aeronaPin,
			},
		},
		{
			...CREDENTIALS.aeronaRight,
			type: 'aeronaApi',
			data: {
				...aerona,
				username: AERONA_LOGIN.username,
				password: AERONA_LOGIN.password,
				practicePin: AERONA_LOGIN.pin,
			},
		},
		{
			...CREDENTIALS.alfaDocsKey,
			type: 'alfaDocsApi',
			data: { apiKey: SECRETS.apiKey, baseUrl: `${sandboxUrl}/alfadocs/api/v1` },
		},
		{
			...CREDENTIALS.alfaDocsOAuth2,
			type: 'alfaDocsOAuth2Api',
			data: {
				instanceUrl: `${sandboxUrl}/alfadocs`,
				clientId: 'n8n-sandbox',
				clientSecret: SECRETS.clientSecret,
				scopes: 'patient:view',
				oauthTokenData: {
					token_type: 'Bearer',
					access_token: SECRETS.accessToken,
					refresh_token: SECRETS.refreshToken,
					expires_in: 3600,
				},
			},
		},
	];
}

const node = (
	name: string,
	type: string,
	credential: keyof typeof CREDENTIALS,
	credentialType: string,
	parameters: IDataObject,
	continueOnFail = true,
): NodeSpec => ({
	name,
	type,
	parameters,
	continueOnFail,
	credentials: { [credentialType]: CREDENTIALS[credential] },
});
const heyDonto = (name: string, parameters: IDataObject, continueOnFail = true) =>
	node(name, TYPES.heyDonto, 'heyDontoToken', 'heyDontoApi', parameters, continueOnFail);
const aeronaPatient = (name: string, credential: 'aeronaWrong' | 'aeronaRight') =>
	node(name, TYPES.aerona, credential, 'aeronaApi', {
		resource: 'patient',
		operation: 'get',
		patientId: '426709',
	});
const alfaDocsPatient = (name: string, oAuth2: boolean) =>
	node(
		name,
		TYPES.alfaDocs,
		oAuth2 ? 'alfaDocsOAuth2' : 'alfaDocsKey',
		oAuth2 ? 'alfaDocsOAuth2Api' : 'alfaDocsApi',
		{
			...(oAuth2 ? { authentication: 'oAuth2' } : {}),
			resource: 'patient',
			operation: 'get',
			patientId: rl(42),
			practiceAndArchive: 'choose',
			practiceId: rl(7),
			archiveId: rl(11),
		},
	);

const WORKFLOWS = [
	workflow('rpE2eHangGet0001', 'Issue 9: a GET that never gets an answer', TYPES.heyDonto, [
		heyDonto(
			'Get Site',
			{ resource: 'site', operation: 'get', siteId: rl(1), options: { timeout: 2000 } },
			false,
		),
	]),
	workflow('rpE2eHangPost001', 'Issue 9: a write that never gets an answer', TYPES.heyDonto, [
		heyDonto(
			'Reset FHIR Store',
			{ resource: 'site', operation: 'resetFhirStore', siteId: rl(1), force: false },
			false,
		),
	]),
	workflow(
		'rpE2eAnswers0001',
		'Issue 9: answers that are not what they should be',
		TYPES.heyDonto,
		[
			heyDonto('Malformed JSON', { resource: 'site', operation: 'get', siteId: rl(1) }),
			heyDonto('Empty 200', { resource: 'site', operation: 'get', siteId: rl(2) }),
			heyDonto('HTML 502', { resource: 'site', operation: 'get', siteId: rl(3) }),
			heyDonto('Not a List', { resource: 'appointmentType', operation: 'getAll', returnAll: true }),
		],
	),
	workflow(
		'rpE2eEchoHd00001',
		'Issue 9: HeyDonto and AHDS against an echoing server',
		TYPES.heyDonto,
		[
			node('Wrong Password', TYPES.heyDonto, 'heyDontoLogin', 'heyDontoApi', {
				resource: 'site',
				operation: 'get',
				siteId: rl(1),
			}),
			node('AHDS Echo 502', TYPES.ahds, 'heyDontoToken', 'heyDontoApi', {
				resource: 'contact',
				operation: 'get',
				siteId: rl(1),
				contactId: '3f2b8c1e-9d4a-4e6b-8f0c-1a2b3c4d5e6f',
			}),
			heyDonto('Echo 200', { resource: 'site', operation: 'get', siteId: rl(1) }),
		],
	),
	workflow('rpE2eEchoAe00001', 'Issue 9: Aerona against an echoing server', TYPES.aerona, [
		aeronaPatient('Wrong Password', 'aeronaWrong'),
		aeronaPatient('Echo 502', 'aeronaRight'),
		aeronaPatient('Echo 200', 'aeronaRight'),
	]),
	workflow('rpE2eEchoAd00001', 'Issue 9: AlfaDocs against an echoing server', TYPES.alfaDocs, [
		alfaDocsPatient('API Key Echo 502', false),
		alfaDocsPatient('API Key Echo 200', false),
		alfaDocsPatient('OAuth2 Echo 502', true),
		alfaDocsPatient('OAuth2 Renewal Echo', true),
	]),
];

interface NodeRunData {
	executionTime: number;
	data?: { main: Array<Array<{ json: IDataObject }>> };
	error?: { message: string; description?: string; httpCode?: string | null };
}

/** `n8n execute` at debug log level: the stored execution and everything the process printed. */
async function execute(workflowId: string) {
	const result = await n8n.executeWorkflow(workflowId, {
		...cliEnv(),
		N8N_LOG_LEVEL: 'debug',
	});
	const run = result.run as ExecutionRun | undefined;
	if (!run) throw new Error(`n8n execute stored no execution:\n${result.stdout}\n${result.stderr}`);
	const runData = run.data.resultData.runData as unknown as Record<string, NodeRunData[]>;
	return {
		result,
		run,
		node: (name: string) => runData[name][0],
		json: (name: string) => (runData[name][0].data?.main[0] ?? []).map((item) => item.json),
	};
}

/**
 * An n8n CLI command run without blocking this process (the harness' `cli` blocks it: sockets kept
 * alive to the sandbox would go stale unnoticed meanwhile).
 */
async function cliAsync(args: string[]): Promise<void> {
	const environment = cliEnv();
	const [bin, main] = n8n.n8nCommand(environment.N8N_VERSION);
	await new Promise<void>((resolve, reject) => {
		const child = spawn(bin, [main, ...args], {
			env: environment,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.once('error', reject);
		child.once('exit', (code) =>
			code === 0
				? resolve()
				: reject(new Error(`n8n ${args.join(' ')} failed (${code}):\n${output}`)),
		);
	});
}

beforeAll(async () => {
	const dir = fs.mkdtempSync(path.join(process.env.E2E_WORK_DIR ?? env.userFolder, 'issue9-'));
	const credentialsFile = path.join(dir, 'credentials.json');
	fs.writeFileSync(credentialsFile, JSON.stringify(credentials(env.sandboxUrl)));
	const workflowsDir = path.join(dir, 'workflows');
	fs.mkdirSync(workflowsDir);
	for (const flow of WORKFLOWS)
		fs.writeFileSync(path.join(workflowsDir, `${flow.id}.json`), JSON.stringify(flow));
	await cliAsync(['import:credentials', `--input=${credentialsFile}`]);
	await cliAsync(['import:workflow', '--separate', `--input=${workflowsDir}`]);
});

beforeEach(async () => {
	await sandbox.reset();
});

describe('Issue 9 in n8n: a server that never answers', () => {
	it('a GET is tried 4 times with Options › Timeout 2000 ms, then fails saying which request and how long', async () => {
		await sandbox.fault({ method: 'GET', path: '^/site/1$', hang: true, count: 4 });
		const { result, node } = await execute('rpE2eHangGet0001');
		expect(result.status).toBe(1);
		const run = node('Get Site');
		expect(run.error?.message).toBe(
			'The HeyDonto API did not answer GET /site/1 within 2 s (4 attempts)',
		);
		expect(run.error?.description).toMatch(
			/^A GET without an answer is tried again, 4 times in all\./,
		);
		const hung = (await sandbox.requests()).filter((request) => request.path === '/site/1');
		expect(hung.map((request) => [request.status, request.sentAt, request.fault])).toEqual(
			Array(4).fill([0, null, 'hang']),
		);
		// 4 waits of 2 s and the retries' 1 + 2 + 4 s: about 15 s, never the sandbox's hang.
		const gaps = hung.slice(1).map((request, index) => request.at - hung[index].at);
		gaps.forEach((gap, index) => {
			expect(gap).toBeGreaterThanOrEqual(2000 + 1000 * 2 ** index - 50);
			expect(gap).toBeLessThan(2000 + 1000 * 2 ** index + 3000);
		});
		expect(run.executionTime).toBeGreaterThanOrEqual(15_000 - 100);
		expect(run.executionTime).toBeLessThan(25_000);
	});

	it('a write is sent once and fails after the default 30 s: it may have been applied', async () => {
		await sandbox.fault({ method: 'POST', path: '^/site/1/fhir-reset$', hang: true, count: 4 });
		const { node } = await execute('rpE2eHangPost001');
		const run = node('Reset FHIR Store');
		expect(run.error?.message).toBe(
			'The HeyDonto API did not answer POST /site/1/fhir-reset within 30 s',
		);
		expect(run.error?.description).toMatch(
			/^n8n did not send this POST again: HeyDonto may have applied it/,
		);
		const sent = (await sandbox.requests()).filter((request) => request.method === 'POST');
		expect(sent).toHaveLength(1);
		expect(run.executionTime).toBeGreaterThanOrEqual(30_000 - 100);
		expect(run.executionTime).toBeLessThan(36_000);
	});
});

describe('Issue 9 in n8n: answers that are not what they should be', () => {
	it('malformed JSON, an empty 200, a 6.5 KB HTML 502 and a record for a list are short, honest errors', async () => {
		await sandbox.fault({ path: '^/site/1$', rawBody: '{"id": 1, "name": "Clinic",' });
		await sandbox.fault({ path: '^/site/2$', rawBody: '' });
		await sandbox.fault({ path: '^/site/3$', html: true });
		await sandbox.fault({ path: '^/appointment-type$', rawBody: '{"message":"ok"}' });
		const { json } = await execute('rpE2eAnswers0001');
		expect(json('Malformed JSON')).toEqual([
			{
				error:
					'The HeyDonto API answered GET /site/1 with 200 and a body that is not JSON (application/json; charset=utf-8): {"id": 1, "name": "Clinic",',
				description: expect.stringMatching(
					/^This does not look like an answer of the HeyDonto API/,
				),
				httpCode: '200',
			},
		]);
		expect(json('Empty 200')).toEqual([
			expect.objectContaining({
				error:
					'The HeyDonto API answered GET /site/2 with 200 and an empty body, where a record was expected',
				httpCode: '200',
			}),
		]);
		expect(json('HTML 502')).toEqual([
			{
				error: 'The HeyDonto API answered 502: 502 Bad Gateway',
				description: 'HeyDonto failed to process the request. Try again later.',
				httpCode: '502',
			},
		]);
		expect(json('Not a List')).toEqual([
			expect.objectContaining({
				error:
					'The HeyDonto API answered GET /appointment-type with 200 and a record, where a list was expected: {"message":"ok"}',
			}),
		]);
	});
});

/** A header of an echoed request, whatever case it was sent in. */
const header = (record: IDataObject, name: string) => {
	const headers = (record.request as { headers: IDataObject }).headers;
	const key = Object.keys(headers).find((key) => key.toLowerCase() === name);
	return key === undefined ? undefined : headers[key];
};

/** Every file of n8n's user folder except the installed package, as text (the database as bytes). */
function userFolderFiles(): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (dir: string) => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== 'node_modules' && entry.name !== 'nodes') walk(full);
			} else if (entry.isFile()) {
				files[path.relative(env.userFolder, full)] = fs.readFileSync(full).toString('latin1');
			}
		}
	};
	walk(path.join(env.userFolder, '.n8n'));
	return files;
}

describe('Issue 9 in n8n: no secret, ever, against a server that echoes everything', () => {
	const places: Record<string, string> = {};
	const runs: Array<Awaited<ReturnType<typeof execute>>> = [];
	let aeronaToken = '';

	beforeAll(async () => {
		await sandbox.reset();
		// HeyDonto and AHDS: a wrong password's login echoed, a pasted token echoed by a 502 and by a 200.
		await sandbox.fault({ method: 'POST', path: '^/auth/login$', echo: 'onError' });
		await sandbox.fault({ vendor: 'ahds', echo: true });
		await sandbox.fault({ path: '^/site/1$', echo: true, status: 200 });
		runs.push(await execute('rpE2eEchoHd00001'));
		// Aerona: a wrong password and PIN echoed; a session token from a real login, by a 502 and a 200.
		await sandbox.fault({ path: '^/aerona/AeronaAPI/v1/login$', echo: 'onError' });
		await sandbox.fault({ path: '^/aerona/AeronaAPI/v1/patients/426709$', echo: true });
		await sandbox.fault({
			path: '^/aerona/AeronaAPI/v1/patients/426709$',
			echo: true,
			status: 200,
		});
		runs.push(await execute('rpE2eEchoAe00001'));
		// AlfaDocs: an API key by a 502 and a 200; an OAuth2 access token; a renewal's refresh token and secret.
		const api = '^/alfadocs/api/v1/practices/7/archives/11/patients/42$';
		await sandbox.fault({ path: api, echo: true });
		await sandbox.fault({ path: api, echo: true, status: 200 });
		await sandbox.fault({ path: api, echo: true });
		await sandbox.fault({ path: '^/alfadocs/oauth2/token$', echo: true, status: 400 });
		runs.push(await execute('rpE2eEchoAd00001'));
		const logged = await sandbox.requests();
		const echoedAerona = logged.find(
			(request) => request.fault === 'echo' && request.path.startsWith('/aerona/'),
		);
		aeronaToken = String(echoedAerona?.headers['aerona-auth-token'] ?? '');
		places.sandboxLog = JSON.stringify(logged);
		runs.forEach((run, index) => {
			places[`run ${index + 1}: outputs and errors`] = JSON.stringify(run.run.data.resultData);
			places[`run ${index + 1}: n8n stdout`] = run.result.stdout;
			places[`run ${index + 1}: n8n stderr`] = run.result.stderr;
		});
		for (const [file, text] of Object.entries(userFolderFiles())) places[`file ${file}`] = text;
	});

	const secrets = () => [...Object.values(SECRETS), aeronaToken, AERONA_LOGIN.password];
	const without = (exclude: string) =>
		Object.fromEntries(Object.entries(places).filter(([place]) => place !== exclude));

	it('the server did echo every secret (the sandbox log holds them), and n8n stored every run', () => {
		expect(aeronaToken).toMatch(/^[0-9a-f]{48}$/);
		for (const secret of secrets()) {
			expect(
				occurrences({ sandboxLog: places.sandboxLog }, [secret], IDENTITIES).count,
			).toBeGreaterThan(0);
		}
		const fileNames = Object.keys(places).filter((place) => place.startsWith('file '));
		expect(fileNames).toContain('file .n8n/database.sqlite');
		expect(runs.map((run) => run.run.status)).toEqual(['success', 'success', 'success']);
	});

	it('0 occurrences in outputs, errors, the database, the user folder and the n8n log', () => {
		const found = occurrences(without('sandboxLog'), secrets(), IDENTITIES);
		expect(found).toEqual({ count: 0, where: [] });
		// What was checked: printed by the test, for the report.
		const database = Object.keys(places).filter((place) => place.startsWith('file .n8n/database'));
		process.stdout.write(
			`issue 9 secret scrub: ${secrets().length} secrets in up to ${IDENTITIES.length + 7} shapes each, 0 occurrences in ${Object.keys(places).length - 1} places (${database.join(', ')} among them)\n`,
		);
	});

	it('what the echo carried reached n8n, scrubbed: the errors and outputs say [redacted] where the secrets were', () => {
		const [heyDonto, aerona, alfaDocs] = runs;
		expect(heyDonto.node('Wrong Password').data?.main[0][0].json).toEqual({
			error:
				'HeyDonto refused the login for admin@heydonto.test (HTTP 401: Upstream request failed with 401: POST /auth/login). Check the email and password in the HeyDonto credential.',
			description:
				'Open the HeyDonto credential and fix it: its email and password (n8n logs in with them), or paste a new JWT. Its Test button checks it.',
		});
		const ahds = heyDonto.json('AHDS Echo 502')[0];
		expect(ahds).toEqual(
			expect.objectContaining({
				error: expect.stringMatching(
					/^The AHDS API answered 502: Upstream request failed with 502: GET \/site\/1\/ahds\/v1\/contact\/.+authorization: (Bearer )?\[redacted\]/i,
				),
				httpCode: '502',
			}),
		);
		// n8n signs HeyDonto requests with the credential's header expression: the whole "Bearer <token>"
		// it wrote is a known secret, as is the token alone, so either may be what is replaced.
		expect(header(heyDonto.json('Echo 200')[0], 'authorization')).toMatch(
			/^(Bearer )?\[redacted\]$/,
		);
		expect(aerona.json('Wrong Password')[0]).toEqual({
			error:
				'Aerona refused the login for frontdesk (HTTP 401: Upstream request failed with 401: POST /aerona/AeronaAPI/v1/login). Check the username, password and practice PIN in the Aerona credential.',
			description:
				'Open the Aerona credential and fix its username, password or practice PIN; its Test button logs in. If they are right, check its Base URL and, under "Customize Login Request", the login path.',
		});
		expect(String(aerona.json('Echo 502')[0].error)).toMatch(/aerona-auth-token: \[redacted\]/i);
		expect(header(aerona.json('Echo 200')[0], 'aerona-auth-token')).toBe('[redacted]');
		expect(String(alfaDocs.json('API Key Echo 502')[0].error)).toMatch(/x-api-key: \[redacted\]/i);
		expect(header(alfaDocs.json('API Key Echo 200')[0], 'x-api-key')).toBe('[redacted]');
		// The whole header n8n signed the request with is a known secret: "Bearer <token>" goes at once.
		expect(String(alfaDocs.json('OAuth2 Echo 502')[0].error)).toMatch(
			/authorization: \[redacted\]/i,
		);
		expect(alfaDocs.json('OAuth2 Renewal Echo')[0]).toEqual({
			error:
				'The OAuth2 access token could not be renewed: Upstream request failed with 400: POST /alfadocs/oauth2/token',
			description:
				'Reconnect the AlfaDocs OAuth2 credential (open it and click Reconnect): its access was revoked or has expired.',
		});
	});
});
