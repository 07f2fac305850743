/**
 * scripts/lib/sandbox.js: the control client the e2e tests and the benchmark use, for the controls
 * added for field conditions (latency, faults) and HeyDonto FHIR.
 */
import { startSandbox, type Sandbox } from '../../sandbox';
import { sandboxClient, type FhirResource, type SandboxClient } from '../../scripts/lib/sandbox';

// Generous: these talk to real sockets on a shared, loaded machine.
jest.setTimeout(30000);

let sb: Sandbox;
let client: SandboxClient;

beforeAll(async () => {
	sb = await startSandbox({ port: 0, quiet: true });
	client = sandboxClient(sb.url);
});
afterAll(async () => {
	await sb.close();
});
beforeEach(async () => {
	await client.reset();
	await client.clearLatency();
});

describe('sandbox control client', () => {
	it('sets, reads and clears the latency', async () => {
		expect(await client.latency(150, 20)).toEqual({
			ms: 150,
			jitterMs: 20,
			seed: 'sandbox-latency',
		});
		expect(await client.latency(5, 0, 'x')).toEqual({ ms: 5, jitterMs: 0, seed: 'x' });
		expect(await client.getLatency()).toEqual({ ms: 5, jitterMs: 0, seed: 'x' });
		expect(await client.clearLatency()).toEqual({ ms: 0, jitterMs: 0, seed: 'x' });
		await expect(client.latency(-1)).rejects.toThrow(
			'sandbox PUT /__sandbox/latency: 400 {"statusCode":400,"message":["ms must be an integer from 0 to 600000"],"error":"Bad Request"}',
		);
	});

	it('queues, lists and clears faults of the new kinds', async () => {
		await client.fault({ path: '^/site$', html: true, count: 2 });
		await client.fault({ vendor: 'alfadocs', echo: 'onError' });
		expect(await client.faults()).toEqual([
			{
				method: null,
				path: '^/site$',
				status: 502,
				retryAfter: null,
				remaining: 2,
				reset: false,
				html: true,
			},
			{
				method: null,
				path: null,
				vendor: 'alfadocs',
				status: null,
				retryAfter: null,
				remaining: 1,
				reset: false,
				echo: 'onError',
			},
		]);
		const page = await fetch(`${sb.url}/site`);
		expect(page.status).toBe(502);
		const [entry] = await client.requests();
		expect(entry).toMatchObject({ path: '/site', status: 502, fault: 'html', delayMs: 0 });
		expect(typeof entry.sentAt).toBe('number');
		await client.clearFaults();
		expect(await client.faults()).toEqual([]);
	});

	it('drives the FHIR clock, direct writes, reads, deletes and the bulk seed', async () => {
		expect(await client.fhirClock('2026-12-24T18:00:00.000Z')).toEqual({
			now: '2026-12-24T18:00:00.000Z',
			frozen: true,
		});
		const created = (await client.fhirPut(2, 'patient', {
			resourceType: 'Patient',
			id: 'client-1',
			name: [{ family: 'Helper' }],
		})) as FhirResource;
		expect(created.meta).toEqual({ versionId: '1', lastUpdated: '2026-12-24T18:00:00.000Z' });
		const many = (await client.fhirPut(2, 'Patient', [
			{ id: 'client-2' },
			{ id: 'client-1' },
		])) as FhirResource[];
		expect(many.map((r) => [r.id, r.meta?.versionId])).toEqual([
			['client-2', '1'],
			['client-1', '2'],
		]);
		expect(((await client.fhirGet(2, 'patient', 'client-1')) as FhirResource).meta?.versionId).toBe(
			'2',
		);
		expect(((await client.fhirGet(2, 'patient')) as FhirResource[]).length).toBe(22);
		await client.fhirDelete(2, 'patient', 'client-2');
		expect(((await client.fhirGet(2, 'patient')) as FhirResource[]).length).toBe(21);
		await client.fhirDelete(2, 'patient');
		expect(await client.fhirGet(2, 'patient')).toEqual([]);
		expect(await client.fhirClock(null)).toMatchObject({ frozen: false });
		expect(await client.fhirSeed({ siteId: 5, patients: 30, appointments: 90 })).toEqual({
			vendor: 'heydonto-fhir',
			siteId: 5,
			patients: 30,
			practitioners: 12,
			appointments: 90,
		});
	});
});
