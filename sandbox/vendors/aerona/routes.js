'use strict';
/**
 * The Aerona API routes (under the vendor's prefix). Lists are bare arrays without paging; a created
 * appointment or patient is answered with its bare ID, a status update with a bare boolean (SEED).
 * Creating or changing a patient or appointment sends a webhook (see webhooks.js).
 */
const { ok, reply } = require('../../lib/http');
const { aeronaError, vstate } = require('./access');
const { iso } = require('./data');
const { emitChange } = require('./webhooks');

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const STATUSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16];
const CANCELLED = new Set([5, 12, 13, 14]);

/** Query and body readers that collect every problem into one 400. */
function reader(ctx) {
	const problems = [];
	const fail = () => {
		if (problems.length) throw aeronaError(400, problems.join('; '), ctx.path);
	};
	const text = (source, name) => {
		const value = source[name];
		return Array.isArray(value) ? value[0] : value;
	};
	const id = (source, name, { required = false } = {}) => {
		const value = text(source, name);
		if (value === undefined || value === null || value === '') {
			if (required) problems.push(`${name} is required`);
			return undefined;
		}
		const number =
			typeof value === 'number' ? value : /^\d+$/.test(String(value)) ? Number(value) : NaN;
		if (!Number.isSafeInteger(number) || number < 0 || String(number).length > 11) {
			problems.push(`${name} must be a whole number of at most 11 digits`);
			return undefined;
		}
		return number;
	};
	const date = (source, name, { required = false } = {}) => {
		const value = text(source, name);
		if (value === undefined || value === '') {
			if (required) problems.push(`${name} is required`);
			return undefined;
		}
		if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(value))) {
			problems.push(`${name} must be a date (yyyy-MM-dd)`);
			return undefined;
		}
		return value;
	};
	const bool = (source, name) => {
		const value = text(source, name);
		if (value === undefined || value === '') return undefined;
		if (value === true || value === 'true') return true;
		if (value === false || value === 'false') return false;
		problems.push(`${name} must be true or false`);
		return undefined;
	};
	return { problems, fail, id, date, bool, text };
}

const clinicianName = (c) => `${c.title} ${c.forename} ${c.surname}`;
const clinicianView = (c) => ({
	id: c.id,
	title: c.title,
	forename: c.forename,
	surname: c.surname,
	name: clinicianName(c),
	clinicianTypeId: c.clinicianTypeId,
	practiceIds: c.practiceIds,
});

function notFound(ctx, label, id) {
	return aeronaError(404, `${label} ${id} not found`, ctx.path);
}

/** Appends a record with the table's next ID. */
function insert(table, fields) {
	const row = { id: table.nextId++, ...fields };
	table.rows.push(row);
	return row;
}

/** GET <path>/:id of a table, 404 when there is no such record. */
const getter = (tableOf, label) => (ctx) => ok(getRow(ctx, tableOf(vstate(ctx)), label));

function getRow(ctx, table, label) {
	const r = reader(ctx);
	const id = r.id(ctx.params, 'id', { required: true });
	r.fail();
	const row = table.find(id);
	if (!row) throw notFound(ctx, label, id);
	return row;
}

// --- Practices, clinicians, appointment types ----------------------------------------------------

function listPractices(ctx) {
	return ok(vstate(ctx).practices.rows);
}

function listClinicians(ctx) {
	const r = reader(ctx);
	const practiceId = r.id(ctx.query, 'practiceId');
	const appointmentTypeId = r.id(ctx.query, 'appointmentTypeId');
	r.fail();
	const s = vstate(ctx);
	const type =
		appointmentTypeId === undefined ? undefined : s.appointmentTypes.find(appointmentTypeId);
	return ok(
		s.clinicians.rows
			.filter((c) => practiceId === undefined || c.practiceIds.includes(practiceId))
			.filter(
				(c) =>
					appointmentTypeId === undefined || (type && type.clinicianTypeId === c.clinicianTypeId),
			)
			.map(clinicianView),
	);
}

function listAppointmentTypes(ctx) {
	const r = reader(ctx);
	const practiceId = r.id(ctx.query, 'practiceId') ?? ctx.user.practiceId;
	const clinicianTypeId = r.id(ctx.query, 'clinicianTypeId');
	const includeDisabled = r.bool(ctx.query, 'includeDisabled') ?? false;
	const onsiteOnly = r.bool(ctx.query, 'onsiteOnly') ?? false;
	const remoteOnly = r.bool(ctx.query, 'remoteOnly') ?? false;
	r.fail();
	const s = vstate(ctx);
	// A practice on its master practice's appointment types gets those (SEED).
	const practice = s.practices.find(practiceId);
	const owner = practice && practice.masterPracticeId ? practice.masterPracticeId : practiceId;
	return ok(
		s.appointmentTypes.rows
			.filter((t) => t.practiceIds.includes(owner) || t.practiceIds.includes(practiceId))
			.filter((t) => clinicianTypeId === undefined || t.clinicianTypeId === clinicianTypeId)
			.filter((t) => includeDisabled || !t.disabled)
			.filter((t) => !onsiteOnly || t.onsite)
			.filter((t) => !remoteOnly || t.remote),
	);
}

// --- Appointments --------------------------------------------------------------------------------

const WORK_START_MINUTE = 8 * 60;
const WORK_END_MINUTE = 19 * 60;
const TIME_OF_DAY = {
	0: () => true,
	1: (minute) => minute < 12 * 60,
	2: (minute) => minute >= 12 * 60 && minute < 17 * 60,
	3: (minute) => minute >= 17 * 60,
};

/** GET /find-appointment-slots: the next 50 free slots (weekdays 08:00-19:00 UTC, no overlap with bookings). */
function findSlots(ctx) {
	const r = reader(ctx);
	const clinicianId = r.id(ctx.query, 'clinicianId');
	const clinicianTypeId = r.id(ctx.query, 'clinicianTypeId');
	const practiceId = r.id(ctx.query, 'practiceId');
	const appointmentTypeId = r.id(ctx.query, 'appointmentTypeId', { required: true });
	const searchStart = r.date(ctx.query, 'searchStart', { required: true });
	const timeOfDay = r.id(ctx.query, 'timeOfDay', { required: true });
	if ((clinicianId === undefined) === (clinicianTypeId === undefined)) {
		r.problems.push('Either clinicianId or clinicianTypeId must be supplied, but not both');
	}
	if (clinicianTypeId !== undefined && practiceId === undefined) {
		r.problems.push('practiceId must be supplied with clinicianTypeId');
	}
	if (timeOfDay !== undefined && !(timeOfDay in TIME_OF_DAY))
		r.problems.push('timeOfDay must be 0, 1, 2 or 3');
	r.fail();
	const s = vstate(ctx);
	const type = s.appointmentTypes.find(appointmentTypeId);
	if (!type) throw aeronaError(400, `Unknown appointmentTypeId ${appointmentTypeId}`, ctx.path);
	const clinicians =
		clinicianId !== undefined
			? [s.clinicians.find(clinicianId)].filter(Boolean)
			: s.clinicians.rows.filter(
					(c) => c.clinicianTypeId === clinicianTypeId && c.practiceIds.includes(practiceId),
				);
	if (clinicianId !== undefined && clinicians.length === 0)
		throw aeronaError(400, `Unknown clinicianId ${clinicianId}`, ctx.path);
	const busy = s.appointments.rows
		.filter((a) => !CANCELLED.has(a.appointmentStatusId))
		.map((a) => ({
			userId: a.userId,
			start: Date.parse(a.appointmentTime),
			end: Date.parse(a.appointmentTime) + a.duration * 60000,
		}));
	const slots = [];
	const first = Date.parse(`${searchStart}T00:00:00Z`);
	for (let d = 0; d < 60 && slots.length < 50; d++) {
		const dayStart = first + d * 86400000;
		const weekday = new Date(dayStart).getUTCDay();
		if (weekday === 0 || weekday === 6) continue;
		for (
			let minute = WORK_START_MINUTE;
			minute + type.duration <= WORK_END_MINUTE;
			minute += type.duration
		) {
			if (!TIME_OF_DAY[timeOfDay](minute)) continue;
			const start = dayStart + minute * 60000;
			const end = start + type.duration * 60000;
			for (const c of clinicians) {
				if (busy.some((b) => b.userId === c.id && b.start < end && start < b.end)) continue;
				slots.push({
					clinicianId: c.id,
					clinicianName: clinicianName(c),
					practiceId: practiceId ?? c.practiceIds[0],
					appointmentTypeId,
					startTime: iso(start),
					endTime: iso(end),
					duration: type.duration,
				});
				if (slots.length === 50) break;
			}
			if (slots.length === 50) break;
		}
	}
	return ok(slots);
}

/** POST /appointments -> the new appointment's bare ID. */
function createAppointment(ctx) {
	const body = ctx.body && typeof ctx.body === 'object' && !Array.isArray(ctx.body) ? ctx.body : {};
	const r = reader(ctx);
	const fields = {
		practiceId: r.id(body, 'practiceId', { required: true }),
		userId: r.id(body, 'userId', { required: true }),
		appointmentTypeId: r.id(body, 'appointmentTypeId', { required: true }),
		appointmentStatusId: r.id(body, 'appointmentStatusId', { required: true }),
		duration: r.id(body, 'duration', { required: true }),
		patientId: r.id(body, 'patientId', { required: true }),
	};
	const time = body.appointmentTime;
	if (typeof time !== 'string' || Number.isNaN(Date.parse(time)) || !/T\d{2}:\d{2}/.test(time)) {
		r.problems.push('appointmentTime must be a date-time such as 2023-01-19T13:30:00Z');
	}
	if (fields.appointmentStatusId !== undefined && !STATUSES.includes(fields.appointmentStatusId))
		r.problems.push(`appointmentStatusId ${fields.appointmentStatusId} is not a status`);
	if (fields.duration !== undefined && (fields.duration < 1 || fields.duration > 999999))
		r.problems.push('duration must be 1 to 999999 minutes');
	if (body.emergency !== undefined && typeof body.emergency !== 'boolean')
		r.problems.push('emergency must be true or false');
	if (body.appointmentNotes !== undefined && typeof body.appointmentNotes !== 'string')
		r.problems.push('appointmentNotes must be text');
	r.fail();
	const s = vstate(ctx);
	const refs = [
		['practiceId', s.practices, 'Practice'],
		['userId', s.clinicians, 'Clinician'],
		['appointmentTypeId', s.appointmentTypes, 'Appointment type'],
		['patientId', s.patients, 'Patient'],
	];
	const unknown = refs.filter(([field, table]) => !table.find(fields[field]));
	if (unknown.length)
		throw aeronaError(
			400,
			unknown
				.map(([field, , label]) => `${label} ${fields[field]} not found (${field})`)
				.join('; '),
			ctx.path,
		);
	const row = insert(s.appointments, {
		...fields,
		appointmentTime: iso(Date.parse(time)),
		emergency: body.emergency ?? false,
		appointmentNotes: body.appointmentNotes ?? '',
		createdByApi: true,
	});
	emitChange(ctx.app, 'appointment', 'Created', row);
	return reply(200, row.id);
}

/** PUT /appointments/:id/status { appointmentStatusId } -> true; false for a deleted appointment. */
function updateStatus(ctx) {
	const row = getRow(ctx, vstate(ctx).appointments, 'Appointment');
	const r = reader(ctx);
	const status = r.id(ctx.body || {}, 'appointmentStatusId', { required: true });
	if (status !== undefined && !STATUSES.includes(status))
		r.problems.push(`appointmentStatusId ${status} is not a status`);
	r.fail();
	if (row.appointmentStatusId === 13) return ok(false);
	row.appointmentStatusId = status;
	emitChange(ctx.app, 'appointment', 'Updated', row);
	return ok(true);
}

// --- Patients ------------------------------------------------------------------------------------

const PATIENT_IDS = [
	'practiceId',
	'patientTypeId',
	'sourceId',
	'referrerId',
	'genderId',
	'titleId',
];

function patientFields(ctx, body, { requireNames }) {
	const r = reader(ctx);
	const fields = { ...body };
	delete fields.id;
	for (const name of PATIENT_IDS) {
		const value = r.id(body, name, { required: name === 'practiceId' && requireNames });
		if (value !== undefined) fields[name] = value;
	}
	for (const name of ['forename', 'surname']) {
		if (typeof body[name] !== 'string' || body[name].trim() === '') {
			if (requireNames) r.problems.push(`${name} is required`);
		}
	}
	if (body.dob !== undefined && body.dob !== '') r.date(body, 'dob');
	r.fail();
	if (fields.practiceId !== undefined && !vstate(ctx).practices.find(fields.practiceId))
		throw aeronaError(400, `Practice ${fields.practiceId} not found (practiceId)`, ctx.path);
	return fields;
}

function createPatient(ctx) {
	const body = ctx.body && typeof ctx.body === 'object' && !Array.isArray(ctx.body) ? ctx.body : {};
	const s = vstate(ctx);
	const row = insert(s.patients, {
		...patientFields(ctx, body, { requireNames: true }),
		dateModified: iso(Date.now()),
	});
	emitChange(ctx.app, 'patient', 'Created', row);
	return reply(200, row.id);
}

/** PUT /patients/:id replaces the record (fields left out are cleared) and answers with it. */
function updatePatient(ctx) {
	const row = getRow(ctx, vstate(ctx).patients, 'Patient');
	const body = ctx.body && typeof ctx.body === 'object' && !Array.isArray(ctx.body) ? ctx.body : {};
	const fields = patientFields(ctx, body, { requireNames: true });
	for (const key of Object.keys(row)) if (key !== 'id') delete row[key];
	Object.assign(row, fields, { dateModified: iso(Date.now()) });
	emitChange(ctx.app, 'patient', 'Updated', row);
	return ok(row);
}

function searchPatients(ctx) {
	const r = reader(ctx);
	const practiceId = r.id(ctx.query, 'practiceId');
	const dob = r.date(ctx.query, 'dob');
	const forename = r.text(ctx.query, 'forename');
	const surname = r.text(ctx.query, 'surname');
	r.fail();
	const starts = (value, wanted) =>
		wanted === undefined || String(value).toLowerCase().startsWith(String(wanted).toLowerCase());
	return ok(
		vstate(ctx).patients.rows.filter(
			(p) =>
				(practiceId === undefined || p.practiceId === practiceId) &&
				(dob === undefined || p.dob === dob) &&
				starts(p.forename, forename) &&
				starts(p.surname, surname),
		),
	);
}

// --- Payments and invoices -----------------------------------------------------------------------

/** Search by patient and dates; without dates Aerona searches from the 1st of this month to today (SEED). */
function searchByDate(table, dateOf) {
	return (ctx) => {
		const r = reader(ctx);
		const patientId = r.id(ctx.query, 'patientId');
		const today = new Date().toISOString().slice(0, 10);
		const fromDate = r.date(ctx.query, 'fromDate') ?? `${today.slice(0, 8)}01`;
		const toDate = r.date(ctx.query, 'toDate') ?? today;
		r.fail();
		return ok(
			table(ctx).rows.filter((row) => {
				const date = dateOf(row).slice(0, 10);
				return (
					(patientId === undefined || row.patientId === patientId) &&
					date >= fromDate &&
					date <= toDate
				);
			}),
		);
	};
}

function register(api) {
	api.get('/practices', listPractices);
	api.get('/clinicians', listClinicians);
	api.get('/appointment-types', listAppointmentTypes);
	api.get('/find-appointment-slots', findSlots);
	api.post('/appointments', createAppointment);
	api.get(
		'/appointments/:id',
		getter((state) => state.appointments, 'Appointment'),
	);
	api.put('/appointments/:id/status', updateStatus);
	api.get('/patients/search', searchPatients);
	api.post('/patients', createPatient);
	api.get(
		'/patients/:id',
		getter((state) => state.patients, 'Patient'),
	);
	api.put('/patients/:id', updatePatient);
	api.get(
		'/payments/search',
		searchByDate(
			(ctx) => vstate(ctx).payments,
			(row) => row.paymentDate,
		),
	);
	api.get(
		'/payments/:id',
		getter((state) => state.payments, 'Payment'),
	);
	api.get(
		'/invoices/search',
		searchByDate(
			(ctx) => vstate(ctx).invoices,
			(row) => row.date,
		),
	);
	api.get(
		'/invoices/:id',
		getter((state) => state.invoices, 'Invoice'),
	);
}

module.exports = { register };
