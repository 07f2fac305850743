/**
 * AlfaDocs in a real n8n with the API key credential: the packed package in n8n's community-nodes
 * folder, workflows run with `n8n execute` against the sandbox.
 */
import type { IDataObject } from 'n8n-workflow';

import { API_KEY, FILE_BYTES_BASE64 } from './fixtures/alfadocs';
import { env, execute, sandbox } from './harness';

const P = '/alfadocs/api/v1/practices/7/archives/11';

beforeEach(async () => {
	await sandbox.reset();
});

/** The sandbox API as an API key client would call it, to check what n8n did. */
async function alfaDocs(path: string): Promise<IDataObject> {
	const response = await fetch(`${env.sandboxUrl}${path}`, { headers: { 'x-api-key': API_KEY } });
	expect(response.status).toBe(200);
	return (await response.json()) as IDataObject;
}

const apiRequests = async () =>
	(await sandbox.requests()).map(
		(request) =>
			`${request.method} ${request.path}${request.rawQuery ? `?${decodeURIComponent(request.rawQuery)}` : ''} ${request.status}`,
	);

describe('AlfaDocs node in n8n (API key)', () => {
	it('Appointment → Get Many over 90 days asks three 30-day windows and returns every appointment once', async () => {
		const run = await execute('adE2eAppts900001');
		expect(run.exitCode).toBe(0);
		expect(await apiRequests()).toEqual([
			'GET /alfadocs/api/v1/me 200',
			`GET ${P}/appointments?dateStart=2026-01-01&dateEnd=2026-01-30 200`,
			`GET ${P}/appointments?dateStart=2026-01-31&dateEnd=2026-03-01 200`,
			`GET ${P}/appointments?dateStart=2026-03-02&dateEnd=2026-03-31 200`,
		]);
		const windows = [
			['2026-01-01', '2026-01-30'],
			['2026-01-31', '2026-03-01'],
			['2026-03-02', '2026-03-31'],
		];
		const expected: IDataObject[] = [];
		for (const [start, end] of windows) {
			expected.push(
				...((await alfaDocs(`${P}/appointments?dateStart=${start}&dateEnd=${end}`))
					.data as IDataObject[]),
			);
		}
		const appointments = run.json('Get Appointments');
		expect(appointments.length).toBeGreaterThan(150);
		expect(appointments).toEqual(expected);
		expect(new Set(appointments.map((appointment) => appointment.id)).size).toBe(
			appointments.length,
		);
		expect(appointments[0].date).toMatch(/^2026-01-0\d \d\d:\d\d:00$/);
		expect(appointments[appointments.length - 1].date).toMatch(/^2026-03-3\d/);
	});

	it('creates a patient with a custom field, adds a phone number and lists it', async () => {
		const run = await execute('adE2ePatient0001');
		expect(run.exitCode).toBe(0);
		const [patient] = run.json('Create Patient');
		expect(patient).toEqual(
			expect.objectContaining({
				id: 121,
				firstName: 'Giorgia',
				lastName: 'E2E Fontana',
				email: 'giorgia.fontana@example.it',
				dateOfBirth: '1990-04-12',
				_personHeight: '168',
			}),
		);
		const [phone] = run.json('Add Phone Number');
		expect(phone).toEqual(
			expect.objectContaining({
				prefix: '+39',
				number: '3339876543',
				label: 'Cellulare',
				smsEnabled: true,
			}),
		);
		expect(run.json('Get Phone Numbers')).toEqual([phone]);
		const stored = (await alfaDocs(`${P}/patients/121`)).data as IDataObject;
		expect(stored.phoneNumbers).toEqual([phone]);
		const requests = await sandbox.requests();
		expect(
			requests.find((request) => request.method === 'POST' && request.path === `${P}/patients`)
				?.body,
		).toEqual({
			firstName: 'Giorgia',
			lastName: 'E2E Fontana',
			email: 'giorgia.fontana@example.it',
			dateOfBirth: '1990-04-12',
			_personHeight: '168',
		});
	});

	it('adds a document from binary data and downloads it back byte for byte, with its name and type', async () => {
		const run = await execute('adE2eDocument001');
		expect(run.exitCode).toBe(0);
		const [added] = run.json('Add Document');
		expect(added).toEqual(expect.objectContaining({ name: 'referto-e2e.pdf', type: 'other' }));
		const [download] = run.items('Download Document') as Array<{
			json: IDataObject;
			binary?: Record<string, IDataObject>;
		}>;
		expect(download.json).toEqual(added);
		expect(download.binary?.data).toEqual(
			expect.objectContaining({
				fileName: 'referto-e2e.pdf',
				mimeType: 'application/pdf',
				fileExtension: 'pdf',
			}),
		);
		expect(run.json('Read Bytes')).toEqual([{ base64: FILE_BYTES_BASE64, length: 64 }]);
		const stored = await alfaDocs(`${P}/patients/3/documents/${String(added.id)}/download`);
		expect(stored.file).toBe(FILE_BYTES_BASE64);
		const post = (await sandbox.requests()).find((request) => request.method === 'POST');
		expect(post?.body).toEqual({
			base64Data: FILE_BYTES_BASE64,
			type: 'other',
			name: 'referto-e2e.pdf',
			folderName: 'Referti',
		});
	});
});
