/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test-only: a local webhook receiver */
import * as http from 'node:http';

import { decodeBracketForm } from '../../nodes/shared/brackets';
import { startSandbox, type Sandbox } from '../../sandbox';

const KEY = 'sandbox-alfadocs-key-11';
const API = '/alfadocs/api/v1';
const P = `${API}/practices/7/archives/11`;
const CLIENT = { id: 'n8n-sandbox', secret: 'sandbox-client-secret' };
const REDIRECT = 'http://127.0.0.1:9/rest/oauth2-credential/callback';

let sb: Sandbox;

beforeAll(async () => {
	sb = await startSandbox({ quiet: true });
});
afterAll(async () => {
	await sb.close();
});
beforeEach(() => sb.reset());

interface Call {
	key?: string;
	token?: string;
	body?: unknown;
	form?: Record<string, string>;
	headers?: Record<string, string>;
}

async function call(method: string, path: string, options: Call = {}) {
	const headers: Record<string, string> = { ...options.headers };
	if (options.key) headers['x-api-key'] = options.key;
	if (options.token) headers.authorization = `Bearer ${options.token}`;
	let body: string | undefined;
	if (options.form) {
		headers['content-type'] = 'application/x-www-form-urlencoded';
		body = new URLSearchParams(options.form).toString();
	} else if (options.body !== undefined) {
		headers['content-type'] = 'application/json';
		body = JSON.stringify(options.body);
	}
	const response = await fetch(`${sb.url}${path}`, { method, headers, body, redirect: 'manual' });
	const text = await response.text();
	let json: unknown = text;
	try {
		json = JSON.parse(text);
	} catch {
		// an HTML page or an empty body
	}
	return {
		status: response.status,
		headers: response.headers,
		body: json as Record<string, unknown> & unknown[],
		text,
	};
}

/** The consent flow as a browser runs it: the page, then Approve, then the code from the redirect. */
async function authorize(scope = 'patient:view patient:list appointment:list') {
	const query = new URLSearchParams({
		response_type: 'code',
		client_id: CLIENT.id,
		redirect_uri: REDIRECT,
		state: 'st+/=',
		scope,
	});
	const page = await call('GET', `/alfadocs/oauth2/authorize?${query}`);
	expect(page.status).toBe(200);
	expect(page.text).toContain(
		'<button type="submit" name="decision" value="approve">Approve</button>',
	);
	const approved = await call('POST', '/alfadocs/oauth2/authorize', {
		form: {
			response_type: 'code',
			client_id: CLIENT.id,
			redirect_uri: REDIRECT,
			state: 'st+/=',
			scope,
			decision: 'approve',
		},
	});
	expect(approved.status).toBe(302);
	const location = new URL(String(approved.headers.get('location')));
	expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
	expect(location.searchParams.get('state')).toBe('st+/=');
	return String(location.searchParams.get('code'));
}

const exchange = async (form: Record<string, string>) =>
	await call('POST', '/alfadocs/oauth2/token', {
		form: { client_id: CLIENT.id, client_secret: CLIENT.secret, ...form },
	});

describe('AlfaDocs sandbox', () => {
	it('GET /me names the practice and archive of an API key', async () => {
		const { status, body } = await call('GET', `${API}/me`, { key: KEY });
		expect(status).toBe(200);
		expect(body).toEqual({
			status: 'success',
			data: {
				practiceId: 7,
				archiveId: 11,
				ownerEmail: 'owner@studio-rossi.test',
				userId: null,
				userEmail: null,
			},
		});
	});

	it('refuses a missing or wrong key, both schemes at once, and another archive', async () => {
		expect((await call('GET', `${API}/me`)).status).toBe(401);
		expect(await call('GET', `${API}/me`, { key: 'nope' })).toEqual(
			expect.objectContaining({ status: 401, body: { error: 'Invalid API key' } }),
		);
		expect((await call('GET', `${API}/me`, { key: KEY, token: 'x' })).status).toBe(400);
		expect(await call('GET', `${API}/practices/7/archives/12/chairs`, { key: KEY })).toEqual(
			expect.objectContaining({
				status: 403,
				body: { error: 'This credential cannot open archive 12 of practice 7' },
			}),
		);
	});

	it("lists a patient's care plans as a bare array (what public code expects), and 404s an unknown patient", async () => {
		const plan = await call('GET', `${P}/care-plans/1`, { key: KEY });
		const patientId = Number(
			(plan.body as unknown as { data: { patientId: number } }).data.patientId,
		);
		const plans = await call('GET', `${P}/patients/${patientId}/care-plans`, { key: KEY });
		expect(plans.status).toBe(200);
		expect(Array.isArray(plans.body)).toBe(true);
		const rows = plans.body as unknown as Array<{ patientId: number }>;
		expect(rows.length).toBeGreaterThanOrEqual(1);
		expect(rows.every((entry) => entry.patientId === patientId)).toBe(true);
		expect((await call('GET', `${P}/patients/999999/care-plans`, { key: KEY })).status).toBe(404);
	});

	it('lists appointments in windows of at most 30 days and bills and transactions of at most 31', async () => {
		const appointments = await call(
			'GET',
			`${P}/appointments?dateStart=2026-01-01&dateEnd=2026-01-30`,
			{ key: KEY },
		);
		expect(appointments.status).toBe(200);
		expect(appointments.body).toEqual(
			expect.objectContaining({ status: 'success', count: expect.any(Number) }),
		);
		const data = (appointments.body as unknown as { data: Array<{ date: string }> }).data;
		expect(data.length).toBeGreaterThan(40);
		expect(
			data.every((a) => a.date >= '2026-01-01 00:00:00' && a.date <= '2026-01-30 23:59:59'),
		).toBe(true);
		expect(
			await call('GET', `${P}/appointments?dateStart=2026-01-01&dateEnd=2026-01-31`, { key: KEY }),
		).toEqual(
			expect.objectContaining({
				status: 400,
				body: { error: 'The maximum date range is 30 days (asked: 31)' },
			}),
		);
		expect(
			(await call('GET', `${P}/bills?dateStart=2026-01-01&dateEnd=2026-01-31`, { key: KEY }))
				.status,
		).toBe(200);
		expect(
			(await call('GET', `${P}/bills?dateStart=2026-01-01&dateEnd=2026-02-01`, { key: KEY }))
				.status,
		).toBe(400);
		expect(
			(
				await call(
					'GET',
					`${P}/transactions?dateStart=2026-01-01 00:00:00&dateEnd=2026-01-31 23:59:59`,
					{ key: KEY },
				)
			).status,
		).toBe(200);
		expect(
			(await call('GET', `${P}/transactions?dateStart=2026-01-01&dateEnd=2026-02-01`, { key: KEY }))
				.status,
		).toBe(400);
		expect(
			(await call('GET', `${P}/appointments?dateStart=2026-02-01&dateEnd=2026-01-01`, { key: KEY }))
				.status,
		).toBe(400);
	});

	it('searches patients with the {links, total, offset, limit, results} envelope and a next link', async () => {
		const { body } = await call('GET', `${P}/patients?limit=50`, { key: KEY });
		const page = body as unknown as {
			links: { next: string };
			total: number;
			offset: number;
			limit: number;
			results: unknown[];
		};
		expect(page.total).toBe(120);
		expect(page.results).toHaveLength(50);
		expect(page.links.next).toBe(`${sb.url}${P}/patients?limit=50&offset=50`);
		const last = await call('GET', `${P}/patients?offset=100&limit=50`, { key: KEY });
		expect((last.body as unknown as { results: unknown[]; links: object }).results).toHaveLength(
			20,
		);
		expect((last.body as unknown as { links: { next?: string } }).links.next).toBeUndefined();
	});

	it('creates a patient with a custom field and a phone number, and stores a document as base64', async () => {
		const created = await call('POST', `${P}/patients`, {
			key: KEY,
			body: {
				firstName: 'Anna',
				lastName: 'Verdi',
				_personHeight: '170',
				phoneNumbers: [{ prefix: '+39', number: '3470000000' }],
			},
		});
		expect(created.status).toBe(201);
		const patient = (
			created.body as unknown as {
				data: { id: number; _personHeight: string; phoneNumbers: unknown[] };
			}
		).data;
		expect(patient._personHeight).toBe('170');
		expect(patient.phoneNumbers).toHaveLength(1);
		expect(
			(await call('POST', `${P}/patients`, { key: KEY, body: { firstName: 'Anna' } })).body,
		).toEqual({ error: 'lastName is required' });
		const bytes = Buffer.from([0, 1, 2, 250, 255]);
		const added = await call('POST', `${P}/patients/${patient.id}/documents`, {
			key: KEY,
			body: {
				base64Data: bytes.toString('base64'),
				type: 'image',
				name: 'x.bin',
				folderName: 'Radiografie',
			},
		});
		const doc = (added.body as unknown as { data: { id: number } }).data;
		const download = await call('GET', `${P}/patients/${patient.id}/documents/${doc.id}/download`, {
			key: KEY,
		});
		expect(
			Buffer.from(String((download.body as unknown as { file: string }).file), 'base64').equals(
				bytes,
			),
		).toBe(true);
	});

	it('runs the OAuth2 code flow: consent, code for tokens (client secret in the body), scopes, refresh rotation, expiry', async () => {
		const code = await authorize();
		const basic = await call('POST', '/alfadocs/oauth2/token', {
			form: { grant_type: 'authorization_code', code, redirect_uri: REDIRECT },
			headers: {
				authorization: `Basic ${Buffer.from(`${CLIENT.id}:${CLIENT.secret}`).toString('base64')}`,
			},
		});
		expect(basic.status).toBe(401);
		expect(basic.body).toEqual(expect.objectContaining({ error: 'invalid_client' }));
		const tokens = await exchange({
			grant_type: 'authorization_code',
			code,
			redirect_uri: REDIRECT,
		});
		expect(tokens.status).toBe(200);
		const {
			access_token: access,
			refresh_token: refresh,
			expires_in: ttl,
			token_type: type,
		} = tokens.body as unknown as Record<string, string>;
		expect([type, ttl]).toEqual(['Bearer', 3600]);
		expect(
			(await exchange({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT })).status,
		).toBe(400);

		const me = await call('GET', `${API}/me`, { token: access });
		expect((me.body as unknown as { data: object }).data).toEqual(
			expect.objectContaining({ practiceId: 7, archiveId: 11, userId: 501 }),
		);
		expect(
			(await call('GET', `${API}/practices/7/archives/12/patients/1`, { token: access })).status,
		).toBe(200);
		expect(await call('GET', `${P}/chairs`, { token: access })).toEqual(
			expect.objectContaining({
				status: 403,
				body: {
					error: 'insufficient_scope',
					error_description: 'The access token lacks the scope chair:list',
				},
			}),
		);

		await call('POST', '/__sandbox/alfadocs/oauth/expire');
		expect((await call('GET', `${API}/me`, { token: access })).status).toBe(401);
		const renewed = await exchange({ grant_type: 'refresh_token', refresh_token: refresh });
		expect(renewed.status).toBe(200);
		const next = renewed.body as unknown as Record<string, string>;
		expect(next.refresh_token).not.toBe(refresh);
		expect((await call('GET', `${API}/me`, { token: next.access_token })).status).toBe(200);
		expect((await exchange({ grant_type: 'refresh_token', refresh_token: refresh })).status).toBe(
			400,
		);
	});

	it('the consent page redirects a denial and an unknown scope back to the client with an error', async () => {
		const denied = await call('POST', '/alfadocs/oauth2/authorize', {
			form: {
				response_type: 'code',
				client_id: CLIENT.id,
				redirect_uri: REDIRECT,
				state: 's',
				scope: 'patient:view',
				decision: 'deny',
			},
		});
		expect(new URL(String(denied.headers.get('location'))).searchParams.get('error')).toBe(
			'access_denied',
		);
		const query = new URLSearchParams({
			response_type: 'code',
			client_id: CLIENT.id,
			redirect_uri: REDIRECT,
			scope: 'patient:fly',
		});
		const unknown = await call('GET', `/alfadocs/oauth2/authorize?${query}`);
		expect(new URL(String(unknown.headers.get('location'))).searchParams.get('error')).toBe(
			'invalid_scope',
		);
		expect((await call('GET', '/alfadocs/oauth2/authorize?client_id=stranger')).status).toBe(400);
	});

	it('fires API writes as one form-urlencoded POST with indexed bracket keys', async () => {
		const received: Array<{ type?: string; body: string }> = [];
		const receiver = http.createServer((req, res) => {
			let body = '';
			req.on('data', (chunk) => (body += chunk));
			req.on('end', () => {
				received.push({ type: req.headers['content-type'], body });
				res.end();
			});
		});
		await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
		try {
			const { port } = receiver.address() as { port: number };
			await call('PUT', '/__sandbox/alfadocs/webhooks', {
				body: { url: `http://127.0.0.1:${port}/hook` },
			});
			await call('POST', `${P}/patients`, {
				key: KEY,
				body: { firstName: 'Anna', lastName: 'Verdi' },
			});
			await call('POST', `${P}/appointments`, {
				key: KEY,
				body: { date: '2026-05-04 10:00:00', colorId: 1 },
			});
			const fired = await call('POST', '/__sandbox/alfadocs/webhooks/fire');
			expect(fired.body).toEqual(expect.objectContaining({ sent: 2, status: 200 }));
			expect(received).toHaveLength(1);
			expect(received[0].type).toBe('application/x-www-form-urlencoded');
			expect(received[0].body).toContain('0%5Bevent%5D=patient_created');
			const events = decodeBracketForm(received[0].body) as Array<{
				event: string;
				data: { created_entity: { archiveId: string } };
			}>;
			expect(events.map((event) => event.event)).toEqual([
				'patient_created',
				'appointment_created',
			]);
			expect(events[1].data.created_entity.archiveId).toBe('11');
		} finally {
			await new Promise((resolve) => receiver.close(resolve));
		}
	});
});
