/**
 * The sandbox's HeyDonto FHIR R4 API (issue 13 item 5): auth and site scoping, the seeded data,
 * search parameters, Bundles and paging that stays stable while records change, create / read /
 * update / delete, and the control API (the clock of meta.lastUpdated, direct writes, bulk seed).
 */
import { startSandbox, type Sandbox } from '../../sandbox';

// Generous: these talk to real sockets on a shared, loaded machine.
jest.setTimeout(30000);

let sb: Sandbox;
let admin: string;

beforeAll(async () => {
	sb = await startSandbox({ port: 0, quiet: true });
});
afterAll(async () => {
	await sb.close();
});
beforeEach(async () => {
	sb.reset();
	admin = await token('admin@heydonto.test');
});

interface Resource {
	resourceType: string;
	id: string;
	meta: { versionId: string; lastUpdated: string; tag?: Array<{ code: string }> };
	[field: string]: unknown;
}
interface Bundle {
	resourceType: 'Bundle';
	type: 'searchset';
	total?: number;
	link: Array<{ relation: string; url: string }>;
	entry?: Array<{ fullUrl: string; resource: Resource; search: { mode: string } }>;
}
interface Outcome {
	resourceType: 'OperationOutcome';
	issue: Array<{ severity: string; code: string; diagnostics: string; expression?: string[] }>;
}

async function token(email: string) {
	const response = await fetch(`${sb.url}/__sandbox/tokens`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ email }),
	});
	return ((await response.json()) as { token: string }).token;
}

async function api<T = Record<string, unknown>>(
	method: string,
	path: string,
	{ body, as = admin }: { body?: unknown; as?: string | null } = {},
) {
	const headers: Record<string, string> = {};
	if (as) headers.authorization = `Bearer ${as}`;
	if (body !== undefined) headers['content-type'] = 'application/json';
	const response = await fetch(path.startsWith('http') ? path : `${sb.url}${path}`, {
		method,
		headers,
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	return {
		status: response.status,
		headers: response.headers,
		body: (text ? JSON.parse(text) : undefined) as T,
	};
}

const search = async (path: string, as?: string) => await api<Bundle>('GET', path, { as });
const total = async (path: string) => {
	const res = await search(`${path}${path.includes('?') ? '&' : '?'}_summary=count`);
	expect(res.status).toBe(200);
	return res.body.total as number;
};
const ids = (bundle: Bundle) => (bundle.entry ?? []).map((e) => e.resource.id);

async function control<T = unknown>(method: string, path: string, body?: unknown) {
	const response = await fetch(`${sb.url}/__sandbox${path}`, {
		method,
		headers: body === undefined ? {} : { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

const stored = async (siteId: number, type: string) =>
	(await control<Resource[]>('GET', `/heydonto/fhir/${siteId}/${type}`)).body;

/** Every page of a search, following the `next` links. */
async function allPages(path: string) {
	const pages: Bundle[] = [];
	let next: string | undefined = path;
	while (next) {
		const res = await search(next);
		expect(res.status).toBe(200);
		pages.push(res.body);
		next = res.body.link.find((l) => l.relation === 'next')?.url;
	}
	return pages;
}

const refs = (resource: Resource) =>
	(resource.participant as Array<{ actor: { reference: string } }>).map((p) => p.actor.reference);

describe('HeyDonto FHIR: auth and site scoping', () => {
	it('needs a token, a visible site and a FHIR R4 resource type, in that order', async () => {
		expect(await api('GET', '/site/1/fhir/patient', { as: null })).toMatchObject({
			status: 401,
			body: { statusCode: 401, message: 'Unauthorized' },
		});
		expect(await api('GET', '/site/abc/fhir/patient')).toMatchObject({
			status: 400,
			body: { message: 'Validation failed (numeric string is expected)' },
		});
		expect(await api('GET', '/site/999/fhir/patient')).toMatchObject({
			status: 404,
			body: { statusCode: 404, message: 'Site with ID 999 not found', error: 'Not Found' },
		});
		// Client account 20 cannot see site 1 (account 10); brand 1's user sees site 1, not site 2.
		const otherAccount = await token('olivia.jackson@sierradental.test');
		expect((await api('GET', '/site/1/fhir/patient', { as: otherAccount })).body).toMatchObject({
			message: 'Site with ID 1 not found',
		});
		const brandUser = await token('kevin.chen@brightsmile.test');
		expect((await api('GET', '/site/1/fhir/patient', { as: brandUser })).status).toBe(200);
		expect((await api('GET', '/site/2/fhir/patient', { as: brandUser })).status).toBe(404);
		expect((await api('POST', '/site/2/fhir/patient', { as: brandUser, body: {} })).status).toBe(
			404,
		);

		expect(await api('GET', '/site/1/fhir/spaceship')).toEqual({
			status: 404,
			headers: expect.anything(),
			body: {
				resourceType: 'OperationOutcome',
				issue: [
					{
						severity: 'error',
						code: 'not-supported',
						diagnostics: 'Unknown resource type "spaceship": not a FHIR R4 resource type',
					},
				],
			},
		});
		expect(await api('GET', '/site/1/fhir')).toMatchObject({
			status: 404,
			body: { message: 'Cannot GET /site/1/fhir' },
		});
	});

	it('logs FHIR requests like the rest of the API (control writes are not logged)', async () => {
		await control('DELETE', '/requests');
		await search('/site/1/fhir/patient?_count=1');
		await control('POST', '/heydonto/fhir/1/patient', { name: [{ family: 'Quiet' }] });
		const log = (
			await control<Array<{ path: string; rawQuery: string; status: number }>>('GET', '/requests')
		).body;
		expect(log.map((entry) => [entry.path, entry.rawQuery, entry.status])).toEqual([
			['/site/1/fhir/patient', '_count=1', 200],
		]);
	});
});

describe('HeyDonto FHIR: seeded data', () => {
	it('seeds sites 1 and 2; every other site and type starts empty', async () => {
		const counts: Record<string, number[]> = {
			patient: [150, 20, 0],
			practitioner: [12, 3, 0],
			appointment: [400, 40, 0],
			schedule: [12, 3, 0],
			slot: [384, 96, 0],
			observation: [0, 0, 0],
			parameters: [0, 0, 0],
		};
		for (const [type, expected] of Object.entries(counts)) {
			const got = [];
			for (const site of [1, 2, 3]) got.push(await total(`/site/${site}/fhir/${type}`));
			expect([type, got]).toEqual([type, expected]);
		}
		const empty = await search('/site/3/fhir/patient');
		expect(empty.body).toEqual({
			resourceType: 'Bundle',
			type: 'searchset',
			total: 0,
			link: [{ relation: 'self', url: `${sb.url}/site/3/fhir/patient` }],
		});
	});

	it('is the same after a reset, with string IDs shared with /availability', async () => {
		const before = await stored(1, 'appointment');
		await api('DELETE', `/site/1/fhir/appointment/${before[0].id}`);
		sb.reset();
		expect(await stored(1, 'appointment')).toEqual(before);

		const practitioners = await stored(1, 'practitioner');
		const availability = await api<{
			data: Array<{ scheduleId: string; practitioners: Resource[] }>;
		}>(
			'GET',
			'/site/1/availability?startDate=2026-12-01&endDate=2026-12-01&includePractitioner=true',
		);
		const fromAvailability = new Set(availability.body.data.map((s) => s.practitioners[0].id));
		expect([...fromAvailability].sort()).toEqual([practitioners[0].id, practitioners[1].id].sort());
		const schedules = await stored(1, 'schedule');
		expect(new Set(availability.body.data.map((s) => s.scheduleId))).toEqual(
			new Set([schedules[0].id, schedules[1].id]),
		);
		// Busy slots on 2026-12-01 are exactly the ones /availability leaves out.
		const free = await search(
			`/site/1/fhir/slot?schedule=Schedule/${schedules[0].id}&status=free&start=ge2026-12-01&start=lt2026-12-02&_count=100`,
		);
		expect((free.body.entry ?? []).map((e) => e.resource.start).sort()).toEqual(
			availability.body.data
				.filter((s) => s.scheduleId === schedules[0].id)
				.map((s) => (s as unknown as { start: string }).start)
				.sort(),
		);

		for (const resource of [...before, ...practitioners]) {
			expect(typeof resource.id).toBe('string');
			expect(resource.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
			expect(resource.meta.lastUpdated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
			expect(resource.meta.lastUpdated <= '2026-11-01T00:00:00.000Z').toBe(true);
		}
	});

	it('seeds appointments over months that reference existing patients and practitioners', async () => {
		const appointments = await stored(1, 'appointment');
		const patients = new Set((await stored(1, 'patient')).map((p) => `Patient/${p.id}`));
		const doctors = new Set((await stored(1, 'practitioner')).map((p) => `Practitioner/${p.id}`));
		const starts = appointments.map((a) => a.start as string).sort();
		expect(starts[0] >= '2026-06-01').toBe(true);
		expect(starts[starts.length - 1] < '2027-04-01').toBe(true);
		expect(new Set(starts.map((s) => s.slice(0, 7))).size).toBe(10);
		for (const a of appointments) {
			const [patient, doctor] = refs(a);
			expect(patients.has(patient) && doctors.has(doctor)).toBe(true);
			expect(Date.parse(a.end as string) > Date.parse(a.start as string)).toBe(true);
		}
		const statuses = new Set(appointments.map((a) => a.status));
		expect([...statuses].sort()).toEqual(['booked', 'cancelled', 'fulfilled', 'noshow', 'pending']);
		// Ties from the start: several records share a lastUpdated.
		const stamps = appointments.map((a) => a.meta.lastUpdated);
		expect(new Set(stamps).size).toBeLessThan(stamps.length - 40);
	});
});

describe('HeyDonto FHIR: Bundles and paging', () => {
	it('pages 20 at a time with full-URL next links, in creation order by default', async () => {
		const first = await search('/site/1/fhir/patient');
		expect(first.status).toBe(200);
		expect(first.body).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 150 });
		expect(first.body.entry).toHaveLength(20);
		expect(first.body.entry?.[0]).toEqual({
			fullUrl: `${sb.url}/site/1/fhir/patient/${first.body.entry?.[0].resource.id}`,
			resource: expect.objectContaining({ resourceType: 'Patient' }),
			search: { mode: 'match' },
		});
		const next = first.body.link.find((l) => l.relation === 'next')?.url as string;
		expect(next).toMatch(
			new RegExp(`^${sb.url}/site/1/fhir/patient\\?_page_token=[A-Za-z0-9_-]+$`),
		);

		const pages = await allPages('/site/1/fhir/patient');
		expect(pages.map((p) => p.entry?.length)).toEqual([20, 20, 20, 20, 20, 20, 20, 10]);
		const identifiers = pages.flatMap((p) =>
			(p.entry ?? []).map((e) => (e.resource.identifier as Array<{ value: string }>)[0].value),
		);
		expect(identifiers).toEqual(
			Array.from({ length: 150 }, (_, i) => `PMS-1-${String(i + 1).padStart(5, '0')}`),
		);
		expect(pages[7].link.map((l) => l.relation)).toEqual(['self']);
	});

	it('keeps every other parameter in the next link, clamps _count to 100, and answers _count=0 with the total', async () => {
		const pages = await allPages('/site/1/fhir/appointment?status=booked&_count=50&_sort=date');
		const next = pages[0].link[1].url;
		expect(next).toContain('status=booked&_count=50&_sort=date&_page_token=');
		const booked = (await stored(1, 'appointment')).filter((a) => a.status === 'booked').length;
		expect(pages.flatMap((p) => ids(p))).toHaveLength(booked);

		const clamped = await search('/site/1/fhir/appointment?_count=500');
		expect(clamped.body.entry).toHaveLength(100);
		const none = await search('/site/1/fhir/appointment?_count=0');
		expect(none.body).toEqual({
			resourceType: 'Bundle',
			type: 'searchset',
			total: 400,
			link: [{ relation: 'self', url: `${sb.url}/site/1/fhir/appointment?_count=0` }],
		});
		const noTotal = await search('/site/1/fhir/appointment?_total=none&_count=1');
		expect(noTotal.body.total).toBeUndefined();
		expect(noTotal.body.entry).toHaveLength(1);
	});

	it('pages a poller stably while records are created, updated and deleted between pages', async () => {
		await control('PUT', '/heydonto/fhir/clock', { now: '2026-11-20T00:00:00.000Z' });
		// 25 records in 5 sync batches of 5 sharing one lastUpdated each.
		const batch = Array.from({ length: 25 }, (_, i) => ({
			id: `poll-${String(i).padStart(2, '0')}`,
			resourceType: 'Patient',
			name: [{ family: `Poll${i}` }],
			meta: { lastUpdated: `2026-11-20T00:00:0${1 + Math.floor(i / 5)}.000Z` },
		}));
		expect((await control('POST', '/heydonto/fhir/3/patient', batch)).status).toBe(200);

		const query = '/site/3/fhir/patient?_lastUpdated=gt2026-11-19&_sort=_lastUpdated&_count=7';
		const first = await search(query);
		expect(ids(first.body)).toEqual(batch.slice(0, 7).map((p) => p.id));
		// Between pages: two new records, one already seen deleted, one not yet seen updated.
		await control('PUT', '/heydonto/fhir/clock', { now: '2026-11-20T00:00:10.000Z' });
		await api('POST', '/site/3/fhir/patient', { body: { resourceType: 'Patient', id: 'x' } });
		await api('POST', '/site/3/fhir/patient', { body: { resourceType: 'Patient' } });
		await api('DELETE', '/site/3/fhir/patient/poll-02');
		await control('PUT', '/heydonto/fhir/clock', { now: '2026-11-20T00:00:20.000Z' });
		await api('PUT', '/site/3/fhir/patient/poll-12', {
			body: { resourceType: 'Patient', id: 'poll-12', name: [{ family: 'Moved' }] },
		});

		const rest: Bundle[] = [];
		let next = first.body.link.find((l) => l.relation === 'next')?.url;
		while (next) {
			const page = await search(next);
			rest.push(page.body);
			next = page.body.link.find((l) => l.relation === 'next')?.url;
		}
		const seen = [...ids(first.body), ...rest.flatMap(ids)];
		const created = rest
			.flatMap((p) => p.entry ?? [])
			.filter((e) => !e.resource.id.startsWith('poll-'));
		expect(created).toHaveLength(2);
		expect(seen).toEqual([
			...batch.map((p) => p.id).filter((id) => id !== 'poll-12'),
			...created.map((e) => e.resource.id),
			'poll-12',
		]);
		expect(new Set(seen).size).toBe(seen.length);
		const stamps = rest.flatMap((p) => (p.entry ?? []).map((e) => e.resource.meta.lastUpdated));
		expect([...stamps].sort()).toEqual(stamps);
		expect(rest.every((p) => p.total === 26)).toBe(true);
	});

	it('refuses a page token that is not one, or that belongs to another sort', async () => {
		const first = await search('/site/1/fhir/patient?_sort=family&_count=5');
		const tokenValue = new URL(first.body.link[1].url).searchParams.get('_page_token');
		const otherSort = await api<Outcome>(
			'GET',
			`/site/1/fhir/patient?_sort=given&_page_token=${tokenValue}`,
		);
		expect(otherSort.status).toBe(400);
		expect(otherSort.body.issue[0].diagnostics).toBe(
			'_page_token was issued for _sort=family: repeat the same search',
		);
		const garbage = await api<Outcome>('GET', '/site/1/fhir/patient?_page_token=nope');
		expect(garbage.body).toEqual({
			resourceType: 'OperationOutcome',
			issue: [{ severity: 'error', code: 'invalid', diagnostics: 'Invalid _page_token: nope' }],
		});
	});
});

describe('HeyDonto FHIR: search parameters', () => {
	it('Patient name, family and given: accent- and case-insensitive starts-with, :contains, :exact', async () => {
		const names = async (query: string) =>
			((await search(`/site/1/fhir/patient?${query}`)).body.entry ?? []).map(
				(e) => (e.resource.name as Array<{ text: string }>)[0].text,
			);
		expect(await names('name=munoz')).toEqual(['Ana María Muñoz']);
		expect(await names('name=MARIA')).toEqual(['Ana María Muñoz']);
		expect(await names('given=zo&family=olafs')).toEqual(['Zoë Ólafsdóttir']);
		expect(await names(`family=${encodeURIComponent("o'b")}`)).toEqual(["Seán O'Brien"]);
		expect(await names('name:contains=fsdot')).toEqual(['Zoë Ólafsdóttir']);
		expect(await names('name:exact=Muñoz')).toEqual(['Ana María Muñoz']);
		expect(await names('name:exact=munoz')).toEqual([]);
		expect(await names('name=munoz,seán')).toEqual(['Ana María Muñoz', "Seán O'Brien"]);
	});

	it('Patient identifier, telecom, email, phone, gender, active and birthdate', async () => {
		const patients = await stored(1, 'patient');
		const count = async (query: string) => await total(`/site/1/fhir/patient?${query}`);
		const system = 'https://heydonto.com/fhir/sid/pms-patient-id';
		expect(await count('identifier=PMS-1-00042')).toBe(1);
		expect(await count(`identifier=${encodeURIComponent(`${system}|PMS-1-00042`)}`)).toBe(1);
		expect(await count('identifier=urn:other%7CPMS-1-00042')).toBe(0);
		expect(await count('identifier=PMS-1-00042,PMS-1-00043,PMS-2-00001')).toBe(2);
		expect(await count('email=ANA.MUNOZ1@EXAMPLE.TEST')).toBe(1);
		expect(await count('telecom=email%7Cana.munoz1@example.test')).toBe(1);
		expect(await count('phone=ana.munoz1@example.test')).toBe(0);
		const phones = patients.flatMap((p) =>
			((p.telecom ?? []) as Array<{ system: string; value: string }>)
				.filter((t) => t.system === 'phone')
				.map((t) => t.value),
		);
		expect(phones.length).toBeGreaterThan(100);
		expect(await count(`phone=${encodeURIComponent(phones[7])}`)).toBe(
			phones.filter((phone) => phone === phones[7]).length,
		);
		expect(await count('gender=female')).toBe(patients.filter((p) => p.gender === 'female').length);
		expect(await count('gender:not=female')).toBe(
			patients.filter((p) => p.gender !== 'female').length,
		);
		expect(await count('active=false')).toBe(5);

		const born = (from: string, to: string) =>
			patients.filter(
				(p) => p.birthDate && (p.birthDate as string) >= from && (p.birthDate as string) < to,
			).length;
		expect(await count('birthdate=ge1980-01-01&birthdate=lt1990')).toBe(
			born('1980-01-01', '1990-01-01'),
		);
		expect(await count('birthdate=1985')).toBe(born('1985-01-01', '1986-01-01'));
		expect(await count('birthdate=gt1985-06')).toBe(born('1985-07-01', '9999'));
		expect(await count('birthdate:missing=true')).toBe(6);
		expect(await count('birthdate:missing=false')).toBe(144);
		// Unknown parameters are ignored.
		expect(await count('shoe-size=44&_include=Patient:organization')).toBe(150);
	});

	it('Appointment date, status, patient / practitioner / actor references, and _sort', async () => {
		const appointments = await stored(1, 'appointment');
		const [patientRef, doctorRef] = refs(appointments[10]);
		const patientId = patientRef.split('/')[1];
		const doctorId = doctorRef.split('/')[1];
		const count = async (query: string) => await total(`/site/1/fhir/appointment?${query}`);
		const ofPatient = appointments.filter((a) => refs(a).includes(patientRef)).length;
		expect(await count(`patient=${patientRef}`)).toBe(ofPatient);
		expect(await count(`patient=${patientId}`)).toBe(ofPatient);
		expect(
			await count(`patient=${encodeURIComponent(`${sb.url}/site/1/fhir/Patient/${patientId}`)}`),
		).toBe(ofPatient);
		expect(await count(`patient=Practitioner/${patientId}`)).toBe(0);
		expect(await count(`actor=${patientId}`)).toBe(ofPatient);
		const ofDoctor = appointments.filter((a) => refs(a).includes(doctorRef)).length;
		expect(await count(`practitioner=${doctorId}`)).toBe(ofDoctor);
		expect(await count(`actor=Practitioner/${doctorId}`)).toBe(ofDoctor);
		expect(await count('status=booked,pending')).toBe(
			appointments.filter((a) => ['booked', 'pending'].includes(a.status as string)).length,
		);
		const inMarch = appointments.filter(
			(a) => (a.start as string) >= '2027-03-01' && (a.start as string) < '2027-04-01',
		);
		expect(await count('date=2027-03')).toBe(inMarch.length);
		expect(await count('date=ge2027-03-01&date=le2027-03-31')).toBe(inMarch.length);
		expect(await count('date=sa2027-02-28')).toBe(inMarch.length);

		const sorted = await allPages('/site/1/fhir/appointment?date=2027-03&_sort=-date&_count=30');
		const starts = sorted.flatMap((p) => (p.entry ?? []).map((e) => e.resource.start as string));
		expect(starts).toEqual(
			inMarch
				.map((a) => a.start as string)
				.sort()
				.reverse(),
		);
	});

	it('escaped commas, reference type modifiers and :missing on references', async () => {
		await control('POST', '/heydonto/fhir/3/patient', [
			{ id: 'p1', name: [{ family: 'Smith,Jones' }] },
			{ id: 'p2', name: [{ family: 'Smith' }] },
		]);
		const found = async (query: string) =>
			ids((await search(`/site/3/fhir/patient?${query}`)).body);
		expect(await found(`family=${encodeURIComponent('Smith\\,J')}`)).toEqual(['p1']);
		expect(await found('family=Smith,Nobody')).toEqual(['p1', 'p2']);
		await control('POST', '/heydonto/fhir/3/appointment', [
			{ id: 'a1', participant: [{ actor: { reference: 'Patient/p1' } }] },
			{ id: 'a2', participant: [{ actor: { reference: 'Practitioner/p1' } }] },
			{ id: 'a3', participant: [{ type: [{ text: 'room' }] }] },
		]);
		const appointments = async (query: string) =>
			ids((await search(`/site/3/fhir/appointment?${query}`)).body);
		expect(await appointments('actor=p1')).toEqual(['a1', 'a2']);
		expect(await appointments('actor:Practitioner=p1')).toEqual(['a2']);
		expect(await appointments('actor:missing=true')).toEqual(['a3']);
	});

	it('Practitioner, Schedule and Slot parameters', async () => {
		const doctors = await stored(1, 'practitioner');
		const npi = (doctors[3].identifier as Array<{ value: string }>)[0].value;
		expect(ids((await search(`/site/1/fhir/practitioner?identifier=${npi}`)).body)).toEqual([
			doctors[3].id,
		]);
		const family = (doctors[0].name as Array<{ family: string }>)[0].family;
		expect(
			ids((await search(`/site/1/fhir/practitioner?name=${family}`)).body).includes(doctors[0].id),
		).toBe(true);
		const schedules = await stored(1, 'schedule');
		expect(
			ids((await search(`/site/1/fhir/schedule?actor=Practitioner/${doctors[4].id}`)).body),
		).toEqual([schedules[4].id]);
		const slots = await stored(1, 'slot');
		const mine = slots.filter(
			(s) => (s.schedule as { reference: string }).reference === `Schedule/${schedules[4].id}`,
		);
		expect(await total(`/site/1/fhir/slot?schedule=${schedules[4].id}`)).toBe(32);
		expect(await total(`/site/1/fhir/slot?schedule=${schedules[4].id}&status=free`)).toBe(
			mine.filter((s) => s.status === 'free').length,
		);
		expect(await total('/site/1/fhir/slot?start=ge2026-12-02')).toBe(192);
	});

	it('_lastUpdated with prefixes, at the precision given', async () => {
		await control('POST', '/heydonto/fhir/3/patient', [
			{ id: 'a', meta: { lastUpdated: '2026-11-20T10:00:00.000Z' } },
			{ id: 'b', meta: { lastUpdated: '2026-11-20T10:00:00.500Z' } },
			{ id: 'c', meta: { lastUpdated: '2026-11-20T10:00:01.000Z' } },
			{ id: 'd', meta: { lastUpdated: '2026-11-21T08:00:00.000Z' } },
		]);
		const found = async (query: string) =>
			ids((await search(`/site/3/fhir/patient?${query}&_sort=_lastUpdated`)).body);
		expect(await found('_lastUpdated=gt2026-11-20T10:00:00.000Z')).toEqual(['b', 'c', 'd']);
		expect(await found('_lastUpdated=ge2026-11-20T10:00:00.500Z')).toEqual(['b', 'c', 'd']);
		// A whole second: gt means after 10:00:00.999.
		expect(await found('_lastUpdated=gt2026-11-20T10:00:00Z')).toEqual(['c', 'd']);
		expect(await found('_lastUpdated=eq2026-11-20T10:00:00Z')).toEqual(['a', 'b']);
		expect(await found('_lastUpdated=2026-11-20')).toEqual(['a', 'b', 'c']);
		expect(
			await found(`_lastUpdated=lt${encodeURIComponent('2026-11-20T11:00:01+01:00')}`),
		).toEqual(['a', 'b']);
		expect(
			await found('_lastUpdated=gt2026-11-20&_lastUpdated=le2026-11-21T08:00:00.000Z'),
		).toEqual(['d']);
		expect(await found('_lastUpdated=ne2026-11-20')).toEqual(['d']);
		expect(await found('_lastUpdated=eb2026-11-20T10:00:01Z')).toEqual(['a', 'b']);
		expect(await found('_id=a,d')).toEqual(['a', 'd']);
	});

	it('_sort on several keys, missing values last, ties by creation order', async () => {
		const pages = await allPages('/site/1/fhir/patient?_sort=family,given&_count=100');
		const names = pages.flatMap((p) =>
			(p.entry ?? []).map((e) => {
				const [n] = e.resource.name as Array<{ family: string; given: string[] }>;
				return `${n.family}|${n.given[0]}`;
			}),
		);
		const norm = (s: string) =>
			s
				.normalize('NFD')
				.replace(/[\u0300-\u036f]/g, '')
				.toLowerCase();
		const keys = names.map((n) => n.split('|').map(norm));
		for (let i = 1; i < keys.length; i++) {
			const [f0, g0] = keys[i - 1];
			const [f1, g1] = keys[i];
			expect(f0 < f1 || (f0 === f1 && g0 <= g1)).toBe(true);
		}

		const byBirth = await allPages('/site/1/fhir/patient?_sort=-birthdate&_count=100');
		const births = byBirth.flatMap((p) => (p.entry ?? []).map((e) => e.resource.birthDate ?? null));
		expect(births.slice(-6)).toEqual([null, null, null, null, null, null]);
		const dated = births.slice(0, -6) as string[];
		expect(dated).toEqual([...dated].sort().reverse());

		const recent = await allPages('/site/1/fhir/appointment?_sort=-_lastUpdated&_count=100');
		const entries = recent.flatMap((p) => p.entry ?? []);
		const order = new Map((await stored(1, 'appointment')).map((a, i) => [a.id, i]));
		for (let i = 1; i < entries.length; i++) {
			const [a, b] = [entries[i - 1].resource, entries[i].resource];
			expect(a.meta.lastUpdated >= b.meta.lastUpdated).toBe(true);
			if (a.meta.lastUpdated === b.meta.lastUpdated)
				expect((order.get(a.id) as number) < (order.get(b.id) as number)).toBe(true);
		}
	});

	it('_elements keeps the listed elements plus id, meta and resourceType, tagged SUBSETTED', async () => {
		const res = await search('/site/1/fhir/patient?_elements=name,birthDate&_count=1');
		const [entry] = res.body.entry ?? [];
		expect(Object.keys(entry.resource)).toEqual([
			'resourceType',
			'id',
			'meta',
			'name',
			'birthDate',
		]);
		expect(entry.resource.meta.tag).toEqual([
			{
				system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue',
				code: 'SUBSETTED',
				display: 'subsetted',
			},
		]);
		// The stored record is untouched.
		expect((await stored(1, 'patient'))[0].meta.tag).toBeUndefined();
	});

	it('answers one 400 OperationOutcome with every bad parameter', async () => {
		const res = await api<Outcome>(
			'GET',
			'/site/1/fhir/patient?_count=-1&_sort=shoe&birthdate=ge1980-02-30&name:fuzzy=x&_lastUpdated=gt2026-11-20T10:00:00+01:00',
		);
		expect(res.status).toBe(400);
		expect(res.body.issue.map((i) => [i.code, i.diagnostics])).toEqual([
			['invalid', '_count must be a whole number, got "-1"'],
			[
				'not-supported',
				'Unknown sort parameter "shoe" for Patient (sortable: _id, _lastUpdated, family, given, name, birthdate, gender)',
			],
			[
				'invalid',
				'Invalid date in birthdate: "ge1980-02-30" (prefix eq|ne|gt|ge|lt|le|sa|eb, then YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss[.sss]][Z|±hh:mm])',
			],
			[
				'not-supported',
				'Unsupported modifier name:fuzzy (a string parameter takes :contains, :exact, :missing)',
			],
			[
				'invalid',
				'Invalid date in _lastUpdated: "gt2026-11-20T10:00:00 01:00" (prefix eq|ne|gt|ge|lt|le|sa|eb, then YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss[.sss]][Z|±hh:mm]) (a \'+\' in a query string means a space: send the zone as %2B)',
			],
		]);
	});
});

describe('HeyDonto FHIR: create, read, update, delete', () => {
	it('creates a Patient with a server id, version 1 and lastUpdated, and reads it back', async () => {
		const before = Date.now();
		const created = await api<Resource>('POST', '/site/1/fhir/patient', {
			body: {
				resourceType: 'Patient',
				id: 'client-chosen',
				meta: { versionId: '9', lastUpdated: '2000-01-01T00:00:00Z', tag: [{ code: 'vip' }] },
				name: [{ family: 'Zyxwell', given: ['Linh'] }],
				birthDate: '1990-02-03',
			},
		});
		expect(created.status).toBe(201);
		const { id, meta } = created.body;
		expect(typeof id).toBe('string');
		expect(id).not.toBe('client-chosen');
		expect(meta.versionId).toBe('1');
		expect(meta.lastUpdated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
		expect(Date.parse(meta.lastUpdated)).toBeGreaterThanOrEqual(before - 5);
		expect(meta.tag).toEqual([{ code: 'vip' }]);
		expect(created.headers.get('location')).toBe(`${sb.url}/site/1/fhir/patient/${id}/_history/1`);
		expect(created.headers.get('etag')).toBe('W/"1"');
		expect(created.headers.get('content-type')).toBe('application/json; charset=utf-8');

		const read = await api<Resource>('GET', `/site/1/fhir/patient/${id}`);
		expect(read.status).toBe(200);
		expect(read.body).toEqual(created.body);
		expect(Object.keys(read.body).slice(0, 3)).toEqual(['resourceType', 'id', 'meta']);
		expect(await total('/site/1/fhir/patient?family=zyxw')).toBe(1);
		expect(await total('/site/1/fhir/patient')).toBe(151);
		expect(await total('/site/2/fhir/patient')).toBe(20);
	});

	it('replaces on PUT (the id must match), bumps the version, and deletes with 204 then 404', async () => {
		const [first] = await stored(1, 'patient');
		const url = `/site/1/fhir/patient/${first.id}`;
		const mismatch = await api<Outcome>('PUT', url, {
			body: { resourceType: 'Patient', id: 'someone-else' },
		});
		expect(mismatch.status).toBe(400);
		expect(mismatch.body.issue).toEqual([
			{
				severity: 'error',
				code: 'invalid',
				diagnostics: `The id in the body ("someone-else") does not match the id in the URL (${first.id})`,
				expression: ['Patient.id'],
			},
		]);
		expect(
			(await api<Outcome>('PUT', url, { body: { resourceType: 'Patient' } })).body.issue[0],
		).toMatchObject({
			code: 'required',
		});
		expect(
			(await api<Outcome>('PUT', url, { body: { resourceType: 'Practitioner', id: first.id } }))
				.status,
		).toBe(400);

		const updated = await api<Resource>('PUT', url, {
			body: {
				resourceType: 'Patient',
				id: first.id,
				name: [{ family: 'Renamed' }],
				gender: 'other',
			},
		});
		expect(updated.status).toBe(200);
		expect(updated.body.meta.versionId).toBe(String(Number(first.meta.versionId) + 1));
		expect(updated.body.meta.lastUpdated > first.meta.lastUpdated).toBe(true);
		expect(updated.body.birthDate).toBeUndefined();
		expect(updated.body.identifier).toBeUndefined();
		expect(updated.headers.get('etag')).toBe(`W/"${updated.body.meta.versionId}"`);
		expect((await api<Resource>('GET', url)).body).toEqual(updated.body);

		expect(await api('DELETE', url)).toMatchObject({ status: 204, body: undefined });
		const gone = await api<Outcome>('GET', url);
		expect(gone).toMatchObject({
			status: 404,
			body: {
				resourceType: 'OperationOutcome',
				issue: [
					{ severity: 'error', code: 'deleted', diagnostics: `Patient/${first.id} was deleted` },
				],
			},
		});
		expect((await api('DELETE', url)).status).toBe(404);
		expect(
			(await api('PUT', url, { body: { resourceType: 'Patient', id: first.id } })).status,
		).toBe(404);
		expect((await api<Outcome>('GET', '/site/1/fhir/patient/never-was')).body.issue[0]).toEqual({
			severity: 'error',
			code: 'not-found',
			diagnostics: 'Patient/never-was not found',
		});
		expect((await api<Outcome>('GET', `/site/1/fhir/patient/${'x'.repeat(65)}`)).status).toBe(400);
		expect(await total('/site/1/fhir/patient')).toBe(149);
	});

	it('checks Appointment, Slot and Schedule bodies the R4 way', async () => {
		const bad = await api<Outcome>('POST', '/site/1/fhir/appointment', {
			body: {
				resourceType: 'Appointment',
				start: '2026-12-01T10:00:00Z',
				end: '2026-12-01T09:00:00Z',
			},
		});
		expect(bad.status).toBe(400);
		expect(bad.body.issue.map((i) => [i.code, i.expression?.[0]])).toEqual([
			['required', 'Appointment.status'],
			['required', 'Appointment.participant'],
			['invariant', 'Appointment.end'],
		]);
		const wrongStatus = await api<Outcome>('POST', '/site/1/fhir/appointment', {
			body: {
				resourceType: 'Appointment',
				status: 'done',
				participant: [{ actor: { reference: 'Patient/x' } }],
			},
		});
		expect(wrongStatus.body.issue.map((i) => i.expression?.[0])).toEqual([
			'Appointment.status',
			'Appointment.participant[0].status',
			'Appointment',
		]);
		expect(
			(await api<Outcome>('POST', '/site/1/fhir/slot', { body: { resourceType: 'Slot' } })).body
				.issue,
		).toHaveLength(4);
		expect(
			(await api<Outcome>('POST', '/site/1/fhir/schedule', { body: { resourceType: 'Schedule' } }))
				.status,
		).toBe(400);
		expect(
			(await api<Outcome>('POST', '/site/1/fhir/patient', { body: [1, 2] })).body.issue[0],
		).toMatchObject({
			code: 'structure',
		});

		const [patient] = await stored(1, 'patient');
		const ok = await api<Resource>('POST', '/site/1/fhir/appointment', {
			body: {
				resourceType: 'Appointment',
				status: 'booked',
				start: '2026-12-07T15:00:00.000Z',
				end: '2026-12-07T15:30:00.000Z',
				participant: [{ actor: { reference: `Patient/${patient.id}` }, status: 'accepted' }],
			},
		});
		expect(ok.status).toBe(201);
		expect(
			ids((await search(`/site/1/fhir/appointment?patient=${patient.id}&date=2026-12-07`)).body),
		).toContain(ok.body.id);
	});

	it('serves any other R4 type generically ("Other FHIR resource")', async () => {
		const obs = await api<Resource>('POST', '/site/1/fhir/observation', {
			body: { resourceType: 'Observation', status: 'final', code: { text: 'Probing depth' } },
		});
		expect(obs.status).toBe(201);
		expect((await api('GET', `/site/1/fhir/Observation/${obs.body.id}`)).body).toEqual(obs.body);
		expect(ids((await search('/site/1/fhir/observation')).body)).toEqual([obs.body.id]);
		const allergy = await api<Resource>('POST', '/site/2/fhir/allergyintolerance', {
			body: { resourceType: 'AllergyIntolerance', code: { text: 'Latex' } },
		});
		expect(allergy.status).toBe(201);
		expect(await total('/site/2/fhir/allergyintolerance?_id=' + allergy.body.id)).toBe(1);
		expect(
			(
				await api<Outcome>('POST', '/site/1/fhir/encounter', {
					body: { resourceType: 'Observation' },
				})
			).body.issue[0].diagnostics,
		).toBe('resourceType must be "Encounter" (got "Observation")');
	});
});

describe('HeyDonto FHIR: control API', () => {
	it('freezes the clock of meta.lastUpdated (ties), moves it, and goes back to real time', async () => {
		expect((await control('GET', '/heydonto/fhir/clock')).body).toMatchObject({ frozen: false });
		expect(await control('PUT', '/heydonto/fhir/clock', { now: '2026-12-01T10:00:00Z' })).toEqual({
			status: 200,
			body: { now: '2026-12-01T10:00:00.000Z', frozen: true },
		});
		const made: Resource[] = [];
		for (let i = 0; i < 3; i++)
			made.push(
				(await api<Resource>('POST', '/site/1/fhir/patient', { body: { resourceType: 'Patient' } }))
					.body,
			);
		expect(made.map((p) => p.meta.lastUpdated)).toEqual(Array(3).fill('2026-12-01T10:00:00.000Z'));
		expect(await total('/site/1/fhir/patient?_lastUpdated=2026-12-01T10:00:00.000Z')).toBe(3);
		await control('PUT', '/heydonto/fhir/clock', { advanceMs: 1 });
		const later = await api<Resource>('PUT', `/site/1/fhir/patient/${made[0].id}`, {
			body: { resourceType: 'Patient', id: made[0].id },
		});
		expect(later.body.meta).toEqual({ versionId: '2', lastUpdated: '2026-12-01T10:00:00.001Z' });

		expect((await control('PUT', '/heydonto/fhir/clock', { now: null })).body).toMatchObject({
			frozen: false,
		});
		expect(await control('PUT', '/heydonto/fhir/clock', { advanceMs: 5 })).toMatchObject({
			status: 400,
			body: { message: ['advanceMs moves a frozen clock: set now first'] },
		});
		expect((await control('PUT', '/heydonto/fhir/clock', { now: 'soon' })).status).toBe(400);
		await control('PUT', '/heydonto/fhir/clock', { now: '2030-01-01T00:00:00Z' });
		sb.reset();
		expect((await control('GET', '/heydonto/fhir/clock')).body).toMatchObject({ frozen: false });
	});

	it('writes records directly (create, replace, many at once, explicit lastUpdated) and deletes them', async () => {
		const one = await control<Resource>('POST', '/heydonto/fhir/1/appointment', {
			id: 'appt-direct-1',
			status: 'booked',
			meta: { lastUpdated: '2026-11-25T09:00:00+01:00' },
		});
		expect(one).toEqual({
			status: 201,
			body: {
				resourceType: 'Appointment',
				id: 'appt-direct-1',
				meta: { versionId: '1', lastUpdated: '2026-11-25T08:00:00.000Z' },
				status: 'booked',
			},
		});
		const again = await control<Resource>('POST', '/heydonto/fhir/1/Appointment', {
			resourceType: 'Appointment',
			id: 'appt-direct-1',
			status: 'cancelled',
		});
		expect(again.status).toBe(200);
		expect(again.body.meta.versionId).toBe('2');
		expect((await api<Resource>('GET', '/site/1/fhir/appointment/appt-direct-1')).body.status).toBe(
			'cancelled',
		);

		const many = await control<Resource[]>('POST', '/heydonto/fhir/2/encounter', [
			{ status: 'finished' },
			{ id: 'enc-2', status: 'planned', meta: { versionId: '7' } },
		]);
		expect(many.status).toBe(200);
		expect(many.body.map((r) => [r.resourceType, r.meta.versionId])).toEqual([
			['Encounter', '1'],
			['Encounter', '7'],
		]);
		expect((await control<Resource>('GET', '/heydonto/fhir/2/encounter/enc-2')).body.status).toBe(
			'planned',
		);
		expect((await stored(2, 'encounter')).map((r) => r.id)).toEqual([many.body[0].id, 'enc-2']);

		const refused = await control('POST', '/heydonto/fhir/1/patient', [
			{ resourceType: 'Practitioner' },
			{ id: 'bad id!' },
			{ meta: { lastUpdated: 'yesterday' } },
		]);
		expect(refused).toMatchObject({
			status: 400,
			body: {
				message: [
					'[0] resourceType must be Patient',
					'[1] id must be a FHIR id (1-64 of A-Z a-z 0-9 - .)',
					'[2] meta.lastUpdated must be an instant with a time zone',
				],
			},
		});
		expect(await total('/site/1/fhir/patient')).toBe(150);
		expect((await control('POST', '/heydonto/fhir/999/patient', {})).body).toMatchObject({
			message: ['siteId must be the ID of a sandbox site'],
		});
		expect((await control('POST', '/heydonto/fhir/1/gizmo', {})).body).toMatchObject({
			message: ['gizmo is not a FHIR R4 resource type'],
		});

		expect((await control('DELETE', '/heydonto/fhir/1/appointment/appt-direct-1')).status).toBe(
			204,
		);
		expect(
			(await api<Outcome>('GET', '/site/1/fhir/appointment/appt-direct-1')).body.issue[0].code,
		).toBe('deleted');
		expect((await control('DELETE', '/heydonto/fhir/1/appointment/appt-direct-1')).status).toBe(
			404,
		);
		expect((await control('DELETE', '/heydonto/fhir/1/slot')).status).toBe(204);
		expect(await total('/site/1/fhir/slot')).toBe(0);
	});

	it('seeds bulk patients and appointments for the benchmark, the same each time, undone by a reset', async () => {
		const seeded = await control('POST', '/seed', {
			vendor: 'heydonto-fhir',
			siteId: 3,
			patients: 500,
			appointments: 2000,
		});
		expect(seeded).toEqual({
			status: 200,
			body: {
				vendor: 'heydonto-fhir',
				siteId: 3,
				patients: 500,
				practitioners: 12,
				appointments: 2000,
			},
		});
		expect(await total('/site/3/fhir/appointment')).toBe(2000);
		expect(await total('/site/3/fhir/schedule')).toBe(12);
		const firstIds = (await stored(3, 'appointment')).slice(0, 5).map((a) => a.id);
		const pages = await allPages('/site/3/fhir/appointment?_count=100');
		expect(pages).toHaveLength(20);
		const patients = new Set((await stored(3, 'patient')).map((p) => `Patient/${p.id}`));
		expect((await stored(3, 'appointment')).every((a) => patients.has(refs(a)[0]))).toBe(true);

		await control('POST', '/seed', { vendor: 'heydonto-fhir', siteId: 3, appointments: 2000 });
		expect((await stored(3, 'appointment')).slice(0, 5).map((a) => a.id)).toEqual(firstIds);
		expect(
			(await control('POST', '/seed', { vendor: 'heydonto-fhir', siteId: 1, patients: 10 })).body,
		).toMatchObject({
			patients: 10,
			practitioners: 12,
			appointments: 400,
		});

		expect(
			await control('POST', '/seed', { vendor: 'heydonto-fhir', siteId: 4, appointments: 5 }),
		).toMatchObject({
			status: 400,
			body: { message: ['appointments need patients: seed patients too'] },
		});
		expect(
			await control('POST', '/seed', { vendor: 'heydonto-fhir', siteId: 99999, patients: -1 }),
		).toMatchObject({
			status: 400,
			body: {
				message: [
					'siteId must be the ID of a sandbox site',
					'patients must be an integer from 0 to 100000',
				],
			},
		});

		await control('POST', '/reset');
		expect(await total('/site/3/fhir/appointment')).toBe(0);
		expect(await total('/site/1/fhir/patient')).toBe(150);
	});
});
