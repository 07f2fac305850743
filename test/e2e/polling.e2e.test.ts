/**
 * The HeyDonto Trigger and the AHDS Trigger in a running n8n (`n8n start`), polled as n8n polls them:
 * a manual run (the editor's "Fetch Test Event"), and active workflows across record changes, ties, many
 * changes at once, a poll that fails half-way, re-activations and a restart of n8n; then both polled by
 * n8n's own schedule, every minute, through a failing poll. The exact items of every execution are
 * asserted.
 *
 * Polls happen when the test asks: n8n polls once when it activates a workflow (and fails the
 * activation when that poll fails) and when it starts with the workflow active; the first workflows'
 * schedule (1 January, 00:00) does not come up during a test. No assertion depends on time: every wait
 * is for a condition, and each trigger's executions are compared in full, so an extra one would show.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Execution } from './activeN8n';
import { activeN8n, outputOf } from './activeN8n';
import { ADMIN } from './fixtures/heydonto';
import { TRIGGERS } from './fixtures/polling';
import { sandbox } from './harness';

const n8n = activeN8n();

beforeAll(async () => {
	await n8n.start();
});

afterAll(async () => {
	for (const trigger of Object.values(TRIGGERS))
		await n8n.deactivate(trigger.workflowId).catch(() => undefined);
	await n8n.stop();
});

beforeEach(async () => {
	await sandbox.reset();
});

type Trigger = (typeof TRIGGERS)[keyof typeof TRIGGERS];

// Each test drives n8n through many polls and restarts.
const LONG = 600000;

/** What each execution of a trigger emitted (error executions as their message). */
async function emitted(trigger: Trigger, count: number, timeoutMs?: number) {
	const executions = await n8n.settledExecutions(trigger.workflowId, count, timeoutMs);
	return executions.map((execution: Execution) =>
		execution.status === 'error'
			? { error: execution.data?.resultData.error?.message }
			: outputOf(execution, trigger.node),
	);
}

/** One poll now: n8n polls a workflow once when it activates it. */
async function poll(trigger: Trigger) {
	await n8n.deactivate(trigger.workflowId);
	const { ok, message } = await n8n.activate(trigger.workflowId);
	if (!ok) throw new Error(`activation failed: ${message}`);
}

/**
 * A poll that fails half-way (the fault set up before): n8n 2.8 fails the activation with the poll's
 * error, and the test activates again; n8n 2.41 retries the activation by itself. Either way the fault
 * was hit, and the next poll reads every change again.
 */
async function failingActivation(trigger: Trigger, message: string) {
	await n8n.deactivate(trigger.workflowId);
	const attempt = await n8n.activate(trigger.workflowId);
	if (!attempt.ok) {
		expect(attempt.message).toContain(message);
		await poll(trigger);
	}
	expect(await sandbox.faults()).toEqual([]);
	expect((await sandbox.requests()).filter((request) => request.fault === 'status')).toHaveLength(
		1,
	);
}

const sortDesc = (records: IDataObject[], key: (record: IDataObject) => string) =>
	records
		.map((record, n) => ({ record, n }))
		.sort((a, b) => key(b.record).localeCompare(key(a.record)) || a.n - b.n)
		.map(({ record }) => record);

const lastUpdated = (resource: IDataObject) => String((resource.meta as IDataObject).lastUpdated);

async function freezeFhirClock(at: number) {
	await sandbox.fhirClock(new Date(at).toISOString());
}

/** Site 1's first patient and practitioner, the people of the test's appointments. */
async function people() {
	const [patient] = (await sandbox.fhirGet(1, 'Patient')) as IDataObject[];
	const [practitioner] = (await sandbox.fhirGet(1, 'Practitioner')) as IDataObject[];
	return { patient, practitioner };
}

/** A minimal booked appointment. */
function appointmentBody(
	{ patient, practitioner }: { patient: IDataObject; practitioner: IDataObject },
	n: number,
	extra: IDataObject = {},
) {
	const start = Date.UTC(2027, 0, 4, 9) + n * 1800000;
	return {
		status: 'booked',
		description: `E2E appointment ${n}`,
		start: new Date(start).toISOString(),
		end: new Date(start + 1800000).toISOString(),
		participant: [
			{ actor: { reference: `Patient/${String(patient.id)}` }, status: 'accepted' },
			{ actor: { reference: `Practitioner/${String(practitioner.id)}` }, status: 'accepted' },
		],
		...extra,
	};
}

const put = async (body: IDataObject | IDataObject[]) =>
	await sandbox.fhirPut(1, 'Appointment', body);

describe('HeyDonto Trigger in a running n8n', () => {
	const trigger = TRIGGERS.appointments;

	it(
		'manual run, then polls across changes, ties, many changes, a failing poll, re-activations and a restart',
		async () => {
			const who = await people();
			const all = (await sandbox.fhirGet(1, 'Appointment')) as IDataObject[];
			const manual = await n8n.runManually(trigger.workflowId, trigger.node);
			expect(manual.status).toBe('success');
			expect(outputOf(manual, trigger.node)).toEqual(sortDesc(all, lastUpdated).slice(0, 5));

			// The first activation starts at the newest change and emits nothing.
			expect(await n8n.activate(trigger.workflowId)).toEqual({ ok: true, message: '' });
			const base = Date.now() + 60000;
			await freezeFhirClock(base);

			// A new appointment: one execution with it. The next poll: nothing more.
			const first = (await put(appointmentBody(who, 1))) as IDataObject;
			await poll(trigger);
			expect(await emitted(trigger, 1)).toEqual([[first]]);
			await poll(trigger);

			// Three appointments changed in the same millisecond, then a fourth in that millisecond too.
			await freezeFhirClock(base + 1000);
			const ties = (await put([2, 3, 4].map((n) => appointmentBody(who, n)))) as IDataObject[];
			await poll(trigger);
			const fourth = (await put(appointmentBody(who, 5))) as IDataObject;
			await poll(trigger);
			// An update, later.
			await freezeFhirClock(base + 2000);
			const updated = (await put({
				...ties[0],
				meta: undefined,
				status: 'cancelled',
			})) as IDataObject;
			await poll(trigger);
			expect(await emitted(trigger, 4)).toEqual([[first], ties, [fourth], [updated]]);

			// 230 changes between two polls: three pages, every one emitted once, oldest first.
			const bulk = (await put(
				Array.from({ length: 230 }, (_, n) =>
					appointmentBody(who, 10 + n, {
						meta: { lastUpdated: new Date(base + 3000 + n).toISOString() },
					}),
				),
			)) as IDataObject[];
			await sandbox.clearRequests();
			await poll(trigger);
			expect((await emitted(trigger, 5))[4]).toEqual(bulk);
			const searches = (await sandbox.requests()).filter(
				(r) => r.path === '/site/1/fhir/appointment',
			);
			expect(
				searches.map((r) =>
					decodeURIComponent(r.rawQuery).replace(/_page_token=[^&]+/, '_page_token=…'),
				),
			).toEqual([
				`_lastUpdated=ge${String((updated.meta as IDataObject).lastUpdated)}&_sort=_lastUpdated&_count=100`,
				`_lastUpdated=ge${String((updated.meta as IDataObject).lastUpdated)}&_sort=_lastUpdated&_count=100&_page_token=…`,
				`_lastUpdated=ge${String((updated.meta as IDataObject).lastUpdated)}&_sort=_lastUpdated&_count=100&_page_token=…`,
			]);

			// A poll that fails on its second page emits nothing; the next poll emits all 150 changes, once.
			await freezeFhirClock(base + 10000);
			const failing = (await put(
				Array.from({ length: 150 }, (_, n) =>
					appointmentBody(who, 300 + n, {
						meta: { lastUpdated: new Date(base + 10000 + n).toISOString() },
					}),
				),
			)) as IDataObject[];
			await sandbox.fault({
				method: 'GET',
				path: '^/site/1/fhir/appointment$',
				query: '_page_token=',
				status: 500,
			});
			await failingActivation(trigger, 'The HeyDonto API answered 500');
			expect((await emitted(trigger, 6))[5]).toEqual(failing);

			// n8n restarts; meanwhile an appointment is created: the poll at start emits it, and only it.
			await n8n.stop();
			await freezeFhirClock(base + 20000);
			const whileDown = (await put(appointmentBody(who, 500))) as IDataObject;
			await n8n.start();
			expect((await emitted(trigger, 7))[6]).toEqual([whileDown]);
			await poll(trigger);
			await freezeFhirClock(base + 21000);
			const last = (await put(appointmentBody(who, 501))) as IDataObject;
			await poll(trigger);
			const runs = await emitted(trigger, 8);
			expect(runs).toHaveLength(8);
			expect(runs[7]).toEqual([last]);
		},
		LONG,
	);
});

/** AHDS' API of a site as a practice's software would call it, with a token. */
async function ahds(method: string, path: string, body?: IDataObject, site = 1) {
	const token = await sandbox.token({ email: ADMIN.email });
	const response = await fetch(`${sandbox.url}/site/${site}/ahds/v1${path}`, {
		method,
		headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	if (!response.ok) throw new Error(`AHDS ${method} ${path}: ${response.status} ${text}`);
	return (text ? JSON.parse(text) : {}) as IDataObject;
}

const uuid = (n: number) => `e2e00000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const ANIMAL = uuid(800);

async function vaccinate(n: number) {
	return await ahds('POST', '/vaccination', {
		vaccinationId: uuid(n),
		animalId: ANIMAL,
		administeredAt: '2026-11-29T09:00:00.000Z',
		nextAdministrationDate: '2027-11-29',
	});
}

describe('AHDS Trigger in a running n8n', () => {
	const trigger = TRIGGERS.vaccinations;

	it(
		'manual run, then polls across changes, ties, many changes, a failing poll and a restart',
		async () => {
			const latest = (
				await ahds('GET', '/vaccination?sortBy=updatedAt&sortOrder=desc&page=0&pageSize=5')
			).data as IDataObject[];
			const manual = await n8n.runManually(trigger.workflowId, trigger.node);
			expect(outputOf(manual, trigger.node)).toEqual(latest);

			expect(await n8n.activate(trigger.workflowId)).toEqual({ ok: true, message: '' });
			const base = Date.now() + 60000;
			await sandbox.ahdsClock(new Date(base).toISOString());

			// A new vaccination, then two more in the same millisecond as the watermark.
			const first = await vaccinate(1);
			await poll(trigger);
			const tied = [await vaccinate(2), await vaccinate(3)];
			await poll(trigger);
			// An update, later.
			await sandbox.ahdsClock(undefined, 1000);
			const updated = await ahds('PATCH', `/vaccination/${uuid(2)}`, {
				nextAdministrationDate: '2027-12-01',
			});
			await poll(trigger);
			expect(await emitted(trigger, 3)).toEqual([[first], tied, [updated]]);

			// 120 changes: two pages read down to the watermark, emitted oldest first.
			const many: IDataObject[] = [];
			for (let n = 0; n < 120; n++) {
				await sandbox.ahdsClock(undefined, 1);
				many.push(await vaccinate(100 + n));
			}
			await sandbox.clearRequests();
			await poll(trigger);
			expect((await emitted(trigger, 4))[3]).toEqual(many);
			const lists = (await sandbox.requests()).filter(
				(r) => r.path === '/site/1/ahds/v1/vaccination',
			);
			expect(lists.map((r) => r.rawQuery)).toEqual([
				'sortBy=updatedAt&sortOrder=desc&page=0&pageSize=100',
				'sortBy=updatedAt&sortOrder=desc&page=1&pageSize=100',
			]);

			// A poll that fails on its second page emits nothing; the next poll emits all 110, once.
			const failing: IDataObject[] = [];
			for (let n = 0; n < 110; n++) {
				await sandbox.ahdsClock(undefined, 1);
				failing.push(await vaccinate(300 + n));
			}
			await sandbox.fault({
				method: 'GET',
				path: '^/site/1/ahds/v1/vaccination$',
				query: 'page=1&',
				status: 502,
				body: { statusCode: 502, message: 'Bad Gateway' },
			});
			await failingActivation(trigger, 'The AHDS API answered 502');
			expect((await emitted(trigger, 5))[4]).toEqual(failing);

			// A restart of n8n with a change made while it was down.
			await n8n.stop();
			await sandbox.ahdsClock(undefined, 1000);
			const whileDown = await vaccinate(500);
			await n8n.start();
			expect((await emitted(trigger, 6))[5]).toEqual([whileDown]);
			await poll(trigger);
			await sandbox.ahdsClock(undefined, 1000);
			const last = await vaccinate(501);
			await poll(trigger);
			const runs = await emitted(trigger, 7);
			expect(runs).toHaveLength(7);
			expect(runs[6]).toEqual([last]);
		},
		LONG,
	);
});

describe("Both triggers on n8n's schedule (every minute)", () => {
	it(
		'each scheduled poll emits the new records once; a failing poll is an error execution and loses nothing',
		async () => {
			const patients = TRIGGERS.patientsScheduled;
			const reminders = TRIGGERS.remindersScheduled;
			expect(await n8n.activate(patients.workflowId)).toEqual({ ok: true, message: '' });
			expect(await n8n.activate(reminders.workflowId)).toEqual({ ok: true, message: '' });
			const remind = async (n: number) =>
				await ahds(
					'POST',
					'/reminder',
					{
						reminderId: uuid(9000 + n),
						animalId: ANIMAL,
						dueDate: '2027-01-15',
						reason: `E2E ${n}`,
					},
					2,
				);
			const admit = async (n: number) =>
				(await sandbox.fhirPut(2, 'Patient', {
					name: [{ family: 'Scheduled', given: [`Patient ${n}`] }],
					gender: 'unknown',
				})) as IDataObject;

			const patient1 = await admit(1);
			const reminder1 = await remind(1);
			expect(await emitted(patients, 1, LONG)).toEqual([[patient1]]);
			expect(await emitted(reminders, 1, LONG)).toEqual([[reminder1]]);

			// The next poll of each fails; the records created meanwhile come with the poll after it.
			await sandbox.fault({ method: 'GET', path: '^/site/2/fhir/patient$', status: 500 });
			await sandbox.fault({ method: 'GET', path: '^/site/2/ahds/v1/reminder$', status: 500 });
			const patient2 = await admit(2);
			const reminder2 = await remind(2);
			// A patient changed (not new) is passed over by "New Patient".
			await sandbox.fhirPut(2, 'Patient', { ...patient1, gender: 'other' });
			expect(await emitted(patients, 3, LONG)).toEqual([
				[patient1],
				{ error: 'The HeyDonto API answered 500: Internal server error' },
				[patient2],
			]);
			expect(await emitted(reminders, 3, LONG)).toEqual([
				[reminder1],
				{ error: 'The AHDS API answered 500: Internal server error' },
				[reminder2],
			]);
			await n8n.deactivate(patients.workflowId);
			await n8n.deactivate(reminders.workflowId);
			// Nothing else came, up to the deactivation.
			expect(await emitted(patients, 3)).toHaveLength(3);
			expect(await emitted(reminders, 3)).toHaveLength(3);
		},
		LONG,
	);
});
