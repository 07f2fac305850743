'use strict';
/**
 * The seeded FHIR data of HeyDonto sites, generated from fixed seeds (same data on every start and
 * reset). IDs are UUID-shaped strings: sha1("<type-lowercase>:<siteId>:<n>") cut as a UUID (n from 1),
 * so Practitioner and Schedule 1 and 2 of a site are the ones GET /site/:id/availability answers.
 *
 *   site 1: 150 patients, 12 practitioners (one schedule each), 384 slots, 400 appointments
 *   site 2: 20 patients, 3 practitioners (one schedule each), 96 slots, 40 appointments
 *   Appointments: weekdays 2026-06-01 .. 2027-03-31, 08:00-17:00 UTC; those that ended before
 *   2026-11-01 are fulfilled (80 %), cancelled or noshow; later ones booked (85 %), pending or cancelled.
 *   Slots: 30 minutes, 09:00-17:00 UTC on 2026-12-01 and 2026-12-02, busy where /availability books.
 *   meta.lastUpdated: 2024-01-02 .. 2026-11-01 (never later); about one record in seven shares its
 *   lastUpdated with the one before it (a sync batch), so ties exist from the start.
 */
const { createRng } = require('../../lib/prng');
const { FIRST_NAMES, LAST_NAMES, STREETS } = require('../heydonto/data/catalog');
const { siteResources, fhirId, sha1, BOOKED_PERCENT } = require('../heydonto/routes/availability');

const DAY = 86400000;
const SEED_NOW = Date.UTC(2026, 10, 1);
const FIRST_UPDATE = Date.UTC(2024, 0, 2);
const APPOINTMENTS_FROM = Date.UTC(2026, 5, 1);
const APPOINTMENTS_TO = Date.UTC(2027, 2, 31);
const SLOT_DAYS = [Date.UTC(2026, 11, 1), Date.UTC(2026, 11, 2)];
const iso = (ms) => new Date(ms).toISOString();
const pad = (n, width) => String(n).padStart(width, '0');

/** What the two seeded sites hold; any other site starts empty. */
const SEEDED = {
	1: { patients: 150, practitioners: 12, appointments: 400 },
	2: { patients: 20, practitioners: 3, appointments: 40 },
};

const SYSTEMS = {
	patient: 'https://heydonto.com/fhir/sid/pms-patient-id',
	appointment: 'https://heydonto.com/fhir/sid/pms-appointment-id',
	npi: 'http://hl7.org/fhir/sid/us-npi',
	appointmentType: 'http://terminology.hl7.org/CodeSystem/v2-0276',
};

/** Fixed names first on site 1, for accent-insensitive and apostrophe searches. */
const FIXED_PATIENTS = {
	1: { given: ['Ana', 'María'], family: 'Muñoz', gender: 'female' },
	2: { given: ['Zoë'], family: 'Ólafsdóttir', gender: 'female' },
	3: { given: ['Seán'], family: "O'Brien", gender: 'male' },
};

const ascii = (text) =>
	String(text)
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9]+/g, '')
		.toLowerCase();

/** meta.lastUpdated of a seeded record: a time in [from, to), with milliseconds. */
function stampBetween(rng, from, to) {
	return from + Math.floor(rng.next() * Math.max(1, to - from));
}

/** Makes about one record in seven share the lastUpdated of the one before it (in time order). */
function addTies(resources) {
	const order = [...resources].sort((a, b) =>
		a.meta.lastUpdated < b.meta.lastUpdated ? -1 : a.meta.lastUpdated > b.meta.lastUpdated ? 1 : 0,
	);
	for (let k = 1; k < order.length; k++)
		if (k % 7 === 1) order[k].meta.lastUpdated = order[k - 1].meta.lastUpdated;
	return resources;
}

const meta = (rng, lastUpdated) => ({
	versionId: String(rng.chance(0.7) ? 1 : rng.int(2, 4)),
	lastUpdated: iso(lastUpdated),
});

function patient(site, n) {
	const rng = createRng(`fhir:patient:${site.id}:${n}`);
	const fixed = site.id === 1 ? FIXED_PATIENTS[n] : undefined;
	const given = fixed ? fixed.given : [rng.pick(FIRST_NAMES)];
	const family = fixed ? fixed.family : rng.pick(LAST_NAMES);
	const roll = rng.int(1, 100);
	const gender = fixed
		? fixed.gender
		: roll <= 48
			? 'female'
			: roll <= 96
				? 'male'
				: roll <= 98
					? 'other'
					: 'unknown';
	const telecom = [];
	if (rng.chance(0.9))
		telecom.push({
			system: 'phone',
			value: `+1-512-555-${pad(rng.int(0, 9999), 4)}`,
			use: 'mobile',
		});
	if (n <= 3 || rng.chance(0.8))
		telecom.push({
			system: 'email',
			value: `${ascii(given[0])}.${ascii(family)}${n}@example.test`,
			use: 'home',
		});
	const born = Date.UTC(1940, 0, 1) + rng.int(0, 29950) * DAY;
	const resource = {
		resourceType: 'Patient',
		id: fhirId(`patient:${site.id}:${n}`),
		meta: meta(rng, stampBetween(rng, FIRST_UPDATE, SEED_NOW)),
		identifier: [{ use: 'usual', system: SYSTEMS.patient, value: `PMS-${site.id}-${pad(n, 5)}` }],
		active: n % 30 !== 0,
		name: [{ use: 'official', family, given, text: `${given.join(' ')} ${family}` }],
		telecom,
		gender,
		birthDate: n % 25 === 0 ? undefined : iso(born).slice(0, 10),
		address: [
			{
				use: 'home',
				line: [`${rng.int(100, 9800)} ${rng.pick(STREETS)}`],
				city: site.address?.city,
				postalCode: site.address?.zipCode,
				country: 'US',
			},
		],
	};
	if (resource.birthDate === undefined) delete resource.birthDate;
	if (telecom.length === 0) delete resource.telecom;
	return resource;
}

const QUALIFICATIONS = ['DDS', 'DMD', 'RDH'];

function practitioner(site, n, fromAvailability) {
	const rng = createRng(`fhir:practitioner:${site.id}:${n}`);
	const base = fromAvailability
		? fromAvailability.practitioner
		: {
				name: [
					{
						use: 'official',
						family: rng.pick(LAST_NAMES),
						given: [rng.pick(FIRST_NAMES)],
						...(n % 4 === 3 ? {} : { prefix: ['Dr.'] }),
					},
				],
				qualification: [{ code: { text: QUALIFICATIONS[n % 3] } }],
			};
	const [name] = base.name;
	return {
		resourceType: 'Practitioner',
		id: fhirId(`practitioner:${site.id}:${n}`),
		meta: meta(rng, stampBetween(rng, FIRST_UPDATE, SEED_NOW)),
		identifier: [{ system: SYSTEMS.npi, value: `1${pad(rng.int(0, 999999999), 9)}` }],
		active: true,
		name: base.name,
		telecom: [
			{
				system: 'email',
				value: `${ascii(name.given[0])}.${ascii(name.family)}@site${site.id}.heydonto.test`,
				use: 'work',
			},
		],
		gender: rng.pick(['female', 'male']),
		qualification: base.qualification,
	};
}

const displayOf = (p) => {
	const [name] = p.name;
	return [...(name.prefix || []), ...name.given, name.family].join(' ');
};

function schedule(site, n, doctor, location, fromAvailability) {
	const rng = createRng(`fhir:schedule:${site.id}:${n}`);
	const base = fromAvailability ? fromAvailability.schedule : null;
	return {
		resourceType: 'Schedule',
		id: fhirId(`schedule:${site.id}:${n}`),
		meta: meta(rng, stampBetween(rng, FIRST_UPDATE, SEED_NOW)),
		active: true,
		serviceType: base ? base.serviceType : [{ text: 'General dentistry' }],
		actor: [
			{ reference: `Practitioner/${doctor.id}`, display: displayOf(doctor) },
			{ reference: `Location/${location.id}`, display: site.name },
		],
		planningHorizon: { start: '2026-01-01T00:00:00.000Z', end: '2027-12-31T23:59:59.999Z' },
		comment: 'Weekdays 09:00-17:00 UTC, 30-minute slots',
	};
}

function slots(site, scheduleN, sched) {
	const out = [];
	const rng = createRng(`fhir:slot:${site.id}:${scheduleN}`);
	let k = 0;
	for (const day of SLOT_DAYS) {
		for (let t = day + 9 * 3600000; t < day + 17 * 3600000; t += 30 * 60000) {
			k++;
			const start = iso(t);
			const busy = parseInt(sha1(`${sched.id}|${start}`).slice(0, 8), 16) % 100 < BOOKED_PERCENT;
			out.push({
				resourceType: 'Slot',
				id: fhirId(`slot:${site.id}:${scheduleN}:${k}`),
				meta: meta(rng, stampBetween(rng, Date.UTC(2026, 8, 1), SEED_NOW)),
				schedule: { reference: `Schedule/${sched.id}` },
				status: busy ? 'busy' : 'free',
				start,
				end: iso(t + 30 * 60000),
			});
		}
	}
	return out;
}

const WEEKDAYS = (() => {
	const days = [];
	for (let t = APPOINTMENTS_FROM; t <= APPOINTMENTS_TO; t += DAY) {
		const wd = new Date(t).getUTCDay();
		if (wd !== 0 && wd !== 6) days.push(t);
	}
	return days;
})();

const VISITS = [
	['ROUTINE', 'Cleaning', 60],
	['CHECKUP', 'Check-up', 30],
	['ROUTINE', 'Filling', 60],
	['FOLLOWUP', 'Crown fitting', 90],
	['FOLLOWUP', 'Root canal follow-up', 30],
	['ROUTINE', 'Whitening consultation', 30],
	['EMERGENCY', 'Emergency visit', 30],
	['WALKIN', 'Walk-in check', 30],
];

function appointment(site, n, total, patients, doctors) {
	const rng = createRng(`fhir:appointment:${site.id}:${n}`);
	const day = WEEKDAYS[Math.floor(((n - 1) * WEEKDAYS.length) / total) % WEEKDAYS.length];
	const start = day + 8 * 3600000 + rng.int(0, 17) * 30 * 60000;
	const [code, description, minutes] = rng.pick(VISITS);
	const end = start + minutes * 60000;
	const who = rng.pick(patients);
	const doctor = rng.pick(doctors);
	const roll = rng.int(1, 100);
	let status;
	let lastUpdated;
	const booked = Math.max(FIRST_UPDATE, start - rng.int(1, 60) * DAY - rng.int(0, DAY - 1));
	if (end < SEED_NOW) {
		status = roll <= 80 ? 'fulfilled' : roll <= 90 ? 'cancelled' : 'noshow';
		lastUpdated = Math.min(end + rng.int(5, 240) * 60000 + rng.int(0, 59999), SEED_NOW - 1);
	} else {
		status = roll <= 85 ? 'booked' : roll <= 95 ? 'pending' : 'cancelled';
		// Booked before the seed's "now", or (for appointments far ahead) some time in the months before.
		lastUpdated =
			booked < SEED_NOW - 3600000
				? booked
				: stampBetween(rng, Date.UTC(2026, 5, 1), SEED_NOW - 3600000);
	}
	const resource = {
		resourceType: 'Appointment',
		id: fhirId(`appointment:${site.id}:${n}`),
		meta: meta(rng, lastUpdated),
		identifier: [{ system: SYSTEMS.appointment, value: `APT-${site.id}-${pad(n, 6)}` }],
		status,
		appointmentType: {
			coding: [{ system: SYSTEMS.appointmentType, code }],
			text: description,
		},
		description,
		start: iso(start),
		end: iso(end),
		minutesDuration: minutes,
		created: iso(Math.min(booked, lastUpdated)),
		participant: [
			{
				actor: { reference: `Patient/${who.id}`, display: who.name[0].text },
				required: 'required',
				status: 'accepted',
			},
			{
				actor: { reference: `Practitioner/${doctor.id}`, display: displayOf(doctor) },
				required: 'required',
				status: 'accepted',
			},
		],
	};
	if (status === 'cancelled') resource.cancelationReason = { text: 'Patient request' };
	return resource;
}

function practitionersOf(site, count) {
	const { location, practitioners: known } = siteResources(site);
	const doctors = [];
	const schedules = [];
	for (let n = 1; n <= count; n++) {
		const doctor = practitioner(site, n, known[n - 1]);
		doctors.push(doctor);
		schedules.push(schedule(site, n, doctor, location, known[n - 1]));
	}
	return { doctors, schedules };
}

/** The records of a site: `{ Patient: [...], Practitioner, Schedule, Slot, Appointment }`. */
function generateSite(site, counts) {
	const patients = Array.from({ length: counts.patients }, (_, i) => patient(site, i + 1));
	const { doctors, schedules } = practitionersOf(site, counts.practitioners);
	const slotList = schedules.flatMap((sched, i) => slots(site, i + 1, sched));
	const appointments = Array.from({ length: counts.appointments }, (_, i) =>
		appointment(site, i + 1, counts.appointments, patients, doctors),
	);
	return {
		Patient: addTies(patients),
		Practitioner: addTies(doctors),
		Schedule: addTies(schedules),
		Slot: addTies(slotList),
		Appointment: addTies(appointments),
	};
}

/** Bulk patients for the benchmark (the same for the same site and N). */
const bulkPatients = (site, count) =>
	addTies(Array.from({ length: count }, (_, i) => patient(site, i + 1)));

/** Bulk practitioners (1 and 2 are /availability's) and their schedules. */
function bulkPractitioners(site, count) {
	const { doctors, schedules } = practitionersOf(site, count);
	return { doctors: addTies(doctors), schedules: addTies(schedules) };
}

/** Bulk appointments over the site's patients and practitioners. */
const bulkAppointments = (site, count, patients, doctors) =>
	addTies(
		Array.from({ length: count }, (_, i) => appointment(site, i + 1, count, patients, doctors)),
	);

module.exports = {
	SEEDED,
	SEED_NOW,
	SYSTEMS,
	generateSite,
	bulkPatients,
	bulkPractitioners,
	bulkAppointments,
};
