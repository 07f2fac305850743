'use strict';
/**
 * The AlfaDocs API routes, under /alfadocs/api/v1. Collections answer `{status, count, data}`, records
 * `{status, data}`, patient search `{links, total, offset, limit, results}`, errors `{error}`.
 * Appointments, bills and transactions take date windows of at most 30 / 31 / 31 days and do not page.
 */
const { ok, created } = require('../../lib/http');
const { fail, requireScope } = require('./access');
const { EXPENSE_TYPES, STATES } = require('./data');
const { first, dateWindow, checkBody, pathId, today, addDays, now } = require('./validate');
const { queue } = require('./webhooks');

const list = (data) => ok({ status: 'success', count: data.length, data });
const one = (data) => ok({ status: 'success', data });
const createdOne = (data) => created({ status: 'success', data });
const nextId = (rows, key = 'id') =>
	rows.reduce((max, row) => Math.max(max, Number(row[key]) || 0), 0) + 1;

function find(rows, id, label, key = 'id') {
	const row = rows.find((r) => Number(r[key]) === id);
	if (!row) throw fail(404, `${label} not found`);
	return row;
}

/** A patient as the API shows it: custom fields as `_technicalName`. */
function patientView(patient) {
	const { custom, deleted, ...fields } = patient;
	const view = { ...fields };
	for (const [name, value] of Object.entries(custom)) view[`_${name}`] = value;
	return deleted
		? { id: view.id, firstName: view.firstName, lastName: view.lastName, deleted: true }
		: view;
}

const patientCustomNames = (archive) =>
	new Set(
		archive.customFields.filter((f) => f.objectType === 'patient').map((f) => f.technicalName),
	);

/** `_name` keys of a body or query, checked against the archive's custom patient fields. */
function customValues(archive, source) {
	const known = patientCustomNames(archive);
	const values = {};
	for (const [key, value] of Object.entries(source || {})) {
		if (!key.startsWith('_')) continue;
		const name = key.slice(1);
		if (!known.has(name)) throw fail(400, `Unknown custom field ${key}`);
		values[name] = String(first(value));
	}
	return values;
}

const PATIENT_RULES = {
	firstName: { type: 'string' },
	lastName: { type: 'string' },
	email: { type: 'string' },
	emailEnabled: { type: 'boolean' },
	gender: { values: ['m', 'f'] },
	street: { type: 'string' },
	city: { type: 'string' },
	postcode: { type: 'string' },
	province: { type: 'string' },
	dateOfBirth: { type: 'date' },
	placeOfBirth: { type: 'string' },
	italianFiscalCode: { type: 'string' },
	job: { type: 'string' },
	yearlyNumberingYear: { type: 'string' },
	yearlyNumberingNumber: { type: 'integer' },
	defaultDiscount: { type: 'integer' },
	sourceId: { type: 'integer' },
	priceListId: { type: 'integer' },
	emailReminderPossible: { type: 'boolean' },
	smsReminderPossible: { type: 'boolean' },
	documentSignatureEmailPossible: { type: 'boolean' },
	phoneNumbers: { type: 'array' },
};
const PHONE_RULES = {
	prefix: { type: 'string', required: true },
	number: { type: 'string', required: true },
	label: { type: 'string' },
	smsEnabled: { type: 'boolean' },
};
const required = (rules, ...names) =>
	Object.fromEntries(
		Object.entries(rules).map(([k, r]) => [k, names.includes(k) ? { ...r, required: true } : r]),
	);
const pick = (body, rules) =>
	Object.fromEntries(
		Object.keys(rules)
			.filter((k) => body[k] !== undefined && body[k] !== null)
			.map((k) => [k, body[k]]),
	);

function phoneNumber(archive, patient, body) {
	checkBody(body, PHONE_RULES);
	const all = archive.patients.flatMap((p) => p.phoneNumbers);
	return { id: String(nextId(all)), label: '', smsEnabled: false, ...pick(body, PHONE_RULES) };
}

const digits = (prefix) => String(prefix ?? '').replace(/^\+|^00/, '');

function searchPatients(ctx) {
	const { archive, query } = ctx;
	const text = (name) => {
		const v = first(query[name]);
		return v === undefined || v === '' ? undefined : String(v).toLowerCase();
	};
	const custom = customValues(archive, query);
	const offset = first(query.offset) === undefined ? 0 : Number(first(query.offset));
	const limit = first(query.limit) === undefined ? 100 : Number(first(query.limit));
	if (!Number.isInteger(offset) || offset < 0)
		throw fail(400, 'offset must be a non-negative integer');
	if (!Number.isInteger(limit) || limit < 1) throw fail(400, 'limit must be a positive integer');
	const size = Math.min(limit, 100);
	const matches = archive.patients.filter((p) => {
		if (p.deleted) return false;
		const has = (name, value, exact = false) => {
			const wanted = text(name);
			if (wanted === undefined) return true;
			const actual = String(value ?? '').toLowerCase();
			return exact ? actual === wanted : actual.includes(wanted);
		};
		const phone = text('phoneNumber');
		const prefix = text('phoneNumberPrefix');
		return (
			has('firstName', p.firstName) &&
			has('lastName', p.lastName) &&
			has('email', p.email, true) &&
			has('italianFiscalCode', p.italianFiscalCode, true) &&
			has('dateBirth', p.dateOfBirth, true) &&
			(phone === undefined ||
				p.phoneNumbers.some(
					(n) =>
						n.number === phone && (prefix === undefined || digits(n.prefix) === digits(prefix)),
				)) &&
			Object.entries(custom).every(([name, value]) => p.custom[name] === value)
		);
	});
	const base = `http://${ctx.headers.host}${ctx.path}`;
	const link = (at) => {
		const params = new URLSearchParams(ctx.rawQuery);
		params.set('offset', String(at));
		params.set('limit', String(size));
		return `${base}?${params.toString()}`;
	};
	const links = { self: link(offset), first: link(0) };
	if (offset + size < matches.length) links.next = link(offset + size);
	if (offset > 0) links.prev = link(Math.max(0, offset - size));
	links.pages = Math.ceil(matches.length / size);
	return ok({
		links,
		total: matches.length,
		offset,
		limit: size,
		results: matches.slice(offset, offset + size).map(patientView),
	});
}

function registerApi(api, prefix) {
	const P = `${prefix}/practices/:practiceId/archives/:archiveId`;
	const route = (method, path, scope, handler) =>
		api[method](`${P}${path}`, requireScope(scope), handler);
	const archiveOf = (ctx) => ctx.archive;

	// Reference lists
	route('get', '/accounts', 'account:list', (ctx) => list(archiveOf(ctx).accounts));
	route('get', '/appointments/booking-reasons', 'appointment:booking-reasons:list', (ctx) =>
		list(archiveOf(ctx).bookingReasons),
	);
	route('get', '/chairs', 'chair:list', (ctx) => list(archiveOf(ctx).chairs));
	route('get', '/colors', 'color:list', (ctx) => list(archiveOf(ctx).colors));
	route('get', '/payment-types', 'payment-type:list', (ctx) => list(archiveOf(ctx).paymentTypes));
	route('get', '/specialties', 'specialty:list', (ctx) => list(archiveOf(ctx).specialties));
	route('get', '/operators', 'operator:list', (ctx) => {
		const ignoreDeleted = first(ctx.query.ignoreDeleted) === 'true';
		const code = first(ctx.query.italianFiscalCode);
		return list(
			archiveOf(ctx).operators.filter(
				(o) => (!ignoreDeleted || !o.deleted) && (!code || o.italianFiscalCode === code),
			),
		);
	});

	// Appointments (max 30 days; default: today to the Sunday after next + 14 days)
	route('get', '/appointments', 'appointment:list', (ctx) => {
		const { start, end } = dateWindow(ctx.query, {
			maxDays: 30,
			defaults: () => {
				const from = today();
				const toSunday = (7 - new Date(`${from}T00:00:00Z`).getUTCDay()) % 7;
				return [from, addDays(from, Math.min(toSunday + 14, 29))];
			},
		});
		const state = first(ctx.query.state);
		if (state !== undefined && !STATES.includes(state))
			throw fail(400, `state must be one of ${STATES.join(', ')}`);
		const patientId = first(ctx.query.patientId);
		return list(
			archiveOf(ctx).appointments.filter(
				(a) =>
					a.date.slice(0, 10) >= start &&
					a.date.slice(0, 10) <= end &&
					(state === undefined || a.state === state) &&
					(patientId === undefined || String(a.patientId) === String(patientId)),
			),
		);
	});
	const APPOINTMENT_RULES = {
		date: { type: 'dateTime' },
		patientId: { type: 'integer' },
		emailReminder: { type: 'boolean' },
		smsReminder: { type: 'boolean' },
		description: { type: 'string' },
		allDay: { type: 'boolean' },
		type: { values: ['telehealth', 'inPractice'] },
		duration: { type: 'integer' },
		state: { values: STATES },
		colorId: { type: 'integer' },
		chairId: { type: 'integer' },
		operatorId: { type: 'integer' },
	};
	const checkAppointmentRefs = (archive, body) => {
		if (body.colorId !== undefined) find(archive.colors, body.colorId, 'Color');
		if (body.chairId !== undefined) find(archive.chairs, body.chairId, 'Chair');
		if (body.operatorId !== undefined) find(archive.operators, body.operatorId, 'Operator');
		if (body.patientId !== undefined) find(archive.patients, body.patientId, 'Patient');
	};
	route('post', '/appointments', 'appointment:create', (ctx) => {
		const archive = archiveOf(ctx);
		const rules = required(APPOINTMENT_RULES, 'date', 'colorId');
		const body = pick(checkBody(ctx.body, rules), rules);
		checkAppointmentRefs(archive, body);
		const appointment = {
			id: nextId(archive.appointments),
			emailReminder: false,
			smsReminder: false,
			description: '',
			allDay: false,
			type: 'inPractice',
			state: 'confirmed',
			duration: 30,
			chairId: null,
			operatorId: null,
			patientId: null,
			...body,
			createdThroughBooking: false,
			createdThroughApi: true,
			firstVisit: 'no',
		};
		archive.appointments.push(appointment);
		queue(ctx, 'appointment_created', appointment);
		return createdOne(appointment);
	});
	route('get', '/appointments/:appointmentId', 'appointment:view', (ctx) =>
		one(find(archiveOf(ctx).appointments, pathId(ctx, 'appointmentId'), 'Appointment')),
	);
	route('patch', '/appointments/:appointmentId', 'appointment:create', (ctx) => {
		const archive = archiveOf(ctx);
		const appointment = find(archive.appointments, pathId(ctx, 'appointmentId'), 'Appointment');
		const rules = required(APPOINTMENT_RULES, 'date', 'colorId');
		const body = pick(checkBody(ctx.body, rules), rules);
		checkAppointmentRefs(archive, body);
		Object.assign(appointment, body);
		queue(ctx, 'appointment_updated', appointment);
		return one(appointment);
	});
	route(
		'get',
		'/appointments/:appointmentId/care-plan-entries',
		'appointment:care-plan-entry:list',
		(ctx) => {
			const archive = archiveOf(ctx);
			const id = pathId(ctx, 'appointmentId');
			find(archive.appointments, id, 'Appointment');
			const ids = archive.appointmentEntries[id] ?? [];
			return list(archive.carePlanEntries.filter((e) => ids.includes(e.entryId)));
		},
	);

	// Bills (max 31 days; default: the last 31 days) and their liabilities
	const billView = ({ paymentLinkValid, ...bill }) => bill;
	route('get', '/bills', 'bill:list', (ctx) => {
		const { start, end } = dateWindow(ctx.query, {
			maxDays: 31,
			defaults: () => [addDays(today(), -30), today()],
		});
		const { type, direction, carePlanId } = Object.fromEntries(
			['type', 'direction', 'carePlanId'].map((k) => [k, first(ctx.query[k])]),
		);
		return list(
			archiveOf(ctx)
				.bills.filter(
					(b) =>
						b.date.slice(0, 10) >= start &&
						b.date.slice(0, 10) <= end &&
						(type === undefined || b.type === type) &&
						(direction === undefined || b.direction === direction) &&
						(carePlanId === undefined || String(b.carePlanId) === String(carePlanId)),
				)
				.map(billView),
		);
	});
	route('get', '/bills/:billId', 'bill:view', (ctx) =>
		one(billView(find(archiveOf(ctx).bills, pathId(ctx, 'billId'), 'Bill'))),
	);
	route('get', '/bills/:billId/payment-link/validate', 'bill:view', (ctx) =>
		one({ isValid: find(archiveOf(ctx).bills, pathId(ctx, 'billId'), 'Bill').paymentLinkValid }),
	);
	const liabilityOf = (ctx) => {
		const archive = archiveOf(ctx);
		const billId = pathId(ctx, 'billId');
		find(archive.bills, billId, 'Bill');
		const id = pathId(ctx, 'liabilityId');
		const liability = archive.liabilities.find((l) => l.id === id && l.billId === billId);
		if (!liability) throw fail(404, 'Liability not found');
		return liability;
	};
	route('get', '/bills/:billId/liabilities', 'bill-liability:list', (ctx) => {
		const archive = archiveOf(ctx);
		const billId = pathId(ctx, 'billId');
		find(archive.bills, billId, 'Bill');
		return list(archive.liabilities.filter((l) => l.billId === billId));
	});
	route('patch', '/bills/:billId/liabilities/:liabilityId', null, (ctx) => {
		const liability = liabilityOf(ctx);
		const rules = {
			date: { type: 'date' },
			amount: { type: 'number' },
			relatedToInsurance: { type: 'boolean' },
			sistemaTsExpenseType: { values: EXPENSE_TYPES },
		};
		const body = pick(checkBody(ctx.body, rules), rules);
		if (Object.keys(body).length === 0) throw fail(400, 'Nothing to update');
		if (body.amount !== undefined) body.amount = body.amount.toFixed(2);
		Object.assign(liability, body);
		queue(ctx, 'bill_liability_updated', liability);
		return one(liability);
	});
	route('delete', '/bills/:billId/liabilities/:liabilityId', null, (ctx) => {
		const liability = liabilityOf(ctx);
		const { liabilities } = archiveOf(ctx);
		liabilities.splice(liabilities.indexOf(liability), 1);
		queue(ctx, 'bill_liability_deleted', liability);
		return ok({ status: 'success' });
	});

	// Care plans
	route('get', '/care-plans/:carePlanId', 'care-plan:view', (ctx) =>
		one(find(archiveOf(ctx).carePlans, pathId(ctx, 'carePlanId'), 'Care plan')),
	);
	route(
		'get',
		'/care-plans/:carePlanId/signature-status',
		'care-plan:signature-status:view',
		(ctx) =>
			ok({
				status: 'success',
				isSigned: find(archiveOf(ctx).carePlans, pathId(ctx, 'carePlanId'), 'Care plan').isSigned,
			}),
	);
	route(
		'get',
		'/care-plans/:carePlanId/care-plan-entries/:carePlanEntryId',
		'care-plan:care-plan-entry:view',
		(ctx) => {
			const archive = archiveOf(ctx);
			const carePlanId = pathId(ctx, 'carePlanId');
			find(archive.carePlans, carePlanId, 'Care plan');
			const entry = archive.carePlanEntries.find(
				(e) => e.entryId === pathId(ctx, 'carePlanEntryId') && e.carePlanId === carePlanId,
			);
			if (!entry) throw fail(404, 'Care plan entry not found');
			return one(entry);
		},
	);

	// Custom fields
	route('get', '/custom-fields', 'custom-field:list', (ctx) => {
		const objectType = first(ctx.query.objectType);
		return list(
			archiveOf(ctx).customFields.filter((f) => !objectType || f.objectType === objectType),
		);
	});
	route('post', '/custom-fields', 'custom-field:create', (ctx) => {
		const archive = archiveOf(ctx);
		const rules = {
			objectType: { type: 'string', required: true },
			label: { type: 'string', required: true },
			technicalName: { type: 'string', required: true },
			type: { type: 'string', required: true },
			choices: { type: 'array' },
			sequenceNumber: { type: 'integer' },
		};
		const body = pick(checkBody(ctx.body, rules), rules);
		if (!/^[A-Za-z][\w-]*$/.test(body.technicalName))
			throw fail(400, 'technicalName must be an identifier');
		if (
			archive.customFields.some(
				(f) => f.objectType === body.objectType && f.technicalName === body.technicalName,
			)
		) {
			throw fail(400, `technicalName ${body.technicalName} already exists`);
		}
		const field = { id: nextId(archive.customFields), choices: [], sequenceNumber: null, ...body };
		archive.customFields.push(field);
		if (field.objectType === 'patient')
			for (const p of archive.patients) p.custom[field.technicalName] ??= '';
		return createdOne(field);
	});

	// Free slots: 30-minute grid 09:00-18:00 on weekdays per operator, minus booked appointments
	route('get', '/free-slots', 'free-slot:list', (ctx) => {
		const archive = archiveOf(ctx);
		const start = first(ctx.query.startDate);
		const duration = Number(first(ctx.query.duration));
		if (!start || !/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2})?$/.test(start))
			throw fail(400, 'startDate is required (Y-m-d H:i:s)');
		if (!Number.isInteger(duration) || duration < 1)
			throw fail(400, 'duration is required (minutes)');
		const end = first(ctx.query.endDate) ?? `${addDays(start.slice(0, 10), 7)} 23:59:59`;
		const ids = first(ctx.query.operatorIds);
		const operators = archive.operators.filter(
			(o) => !o.deleted && (!ids || String(ids).split(',').map(Number).includes(o.id)),
		);
		const minutes = (text) =>
			Date.parse(`${text.slice(0, 10)}T${text.slice(11, 16) || '00:00'}:00Z`) / 60000;
		const busy = archive.appointments.map((a) => ({
			operatorId: a.operatorId,
			from: minutes(a.date),
			to: minutes(a.date) + a.duration,
		}));
		const slots = [];
		for (
			let t = Math.ceil(minutes(start) / 30) * 30;
			t + duration <= minutes(end) && slots.length < 200;
			t += 30
		) {
			const at = new Date(t * 60000);
			const hour = at.getUTCHours() * 60 + at.getUTCMinutes();
			if (at.getUTCDay() === 0 || at.getUTCDay() === 6 || hour < 540 || hour + duration > 1080)
				continue;
			for (const o of operators) {
				if (busy.some((b) => b.operatorId === o.id && b.from < t + duration && t < b.to)) continue;
				slots.push({
					chairId: archive.chairs[0].id,
					date: at.toISOString().slice(0, 10),
					operatorId: o.id,
					time: `${at.toISOString().slice(11, 16)}:00`,
				});
			}
		}
		return list(slots.slice(0, 200));
	});

	// Marketplace
	route('post', '/marketplace/integration-status', 'app:integration:setStatus', (ctx) => {
		const { status } = checkBody(ctx.body, {
			status: { values: ['success', 'failure'], required: true },
		});
		archiveOf(ctx).marketplace.integrationStatus = status;
		return ok({ status: 'success', data: [{ status }] });
	});
	const uiElements = (key) => (ctx) => {
		const { data } = checkBody(ctx.body, { data: { type: 'array', required: true } });
		if (
			!data.every((row) => row && typeof row.title === 'string' && typeof row.value === 'string')
		) {
			throw fail(400, 'invalid_request');
		}
		archiveOf(ctx).marketplace[key][ctx.params.uiElementName] = data;
		return ok({ status: 'success', data });
	};
	route(
		'put',
		'/marketplace/ui-elements/:uiElementName',
		'app:ui-element:update',
		uiElements('practiceUiElements'),
	);
	route(
		'put',
		'/marketplace/app/ui-elements/:uiElementName',
		'app:ui-element:update',
		uiElements('appUiElements'),
	);

	// Patients
	route('get', '/patients', 'patient:list', searchPatients);
	route('post', '/patients', 'patient:create', (ctx) => {
		const archive = archiveOf(ctx);
		const rules = required(PATIENT_RULES, 'firstName', 'lastName');
		const body = checkBody(ctx.body, rules);
		const custom = customValues(archive, body);
		const id = nextId(archive.patients);
		const patient = {
			id,
			emailEnabled: false,
			emailValid: 'true',
			...pick(body, rules),
			phoneNumbers: [],
			createdAt: now(),
			lastModifiedAt: now(),
			deleted: false,
			custom: Object.fromEntries(
				[...patientCustomNames(archive)].map((name) => [name, custom[name] ?? '']),
			),
		};
		for (const number of body.phoneNumbers ?? [])
			patient.phoneNumbers.push(phoneNumber(archive, patient, number));
		archive.patients.push(patient);
		queue(ctx, 'patient_created', patientView(patient));
		return createdOne(patientView(patient));
	});
	const patientOf = (ctx) => find(archiveOf(ctx).patients, pathId(ctx, 'patientId'), 'Patient');
	route('get', '/patients/:patientId', 'patient:view', (ctx) => one(patientView(patientOf(ctx))));
	route('patch', '/patients/:patientId', 'patient:create', (ctx) => {
		const archive = archiveOf(ctx);
		const patient = patientOf(ctx);
		const { phoneNumbers, ...rules } = required(PATIENT_RULES, 'firstName', 'lastName');
		const body = checkBody(ctx.body, rules);
		Object.assign(patient.custom, customValues(archive, body));
		Object.assign(patient, pick(body, rules), { lastModifiedAt: now() });
		queue(ctx, 'patient_updated', patientView(patient));
		return one(patientView(patient));
	});
	route('patch', '/patients/:patientId/custom-fields', 'patient:create', (ctx) => {
		const archive = archiveOf(ctx);
		const patient = patientOf(ctx);
		const { data } = checkBody(ctx.body, { data: { type: 'array', required: true } });
		const values = customValues(
			archive,
			Object.fromEntries(data.map((row) => [`_${row && row.technicalName}`, row && row.value])),
		);
		Object.assign(patient.custom, values);
		queue(ctx, 'patient_updated', patientView(patient));
		return ok({ status: 'success' });
	});

	// Phone numbers
	// A bare array, as the public code that calls it expects (CODE; not in the seed).
	route('get', '/patients/:patientId/care-plans', 'care-plan:list', (ctx) => {
		const patient = patientOf(ctx);
		return ok(archiveOf(ctx).carePlans.filter((plan) => plan.patientId === patient.id));
	});
	route('get', '/patients/:patientId/phone-numbers', 'patient:phone-number:list', (ctx) =>
		list(patientOf(ctx).phoneNumbers),
	);
	route('post', '/patients/:patientId/phone-numbers', 'patient:phone-number:create', (ctx) => {
		const patient = patientOf(ctx);
		const number = phoneNumber(archiveOf(ctx), patient, ctx.body);
		patient.phoneNumbers.push(number);
		queue(ctx, 'patient_updated', patientView(patient));
		return createdOne(number);
	});
	const phoneOf = (ctx) => {
		const patient = patientOf(ctx);
		const number = patient.phoneNumbers.find((n) => n.id === String(pathId(ctx, 'phoneNumberId')));
		if (!number) throw fail(404, 'Phone number not found');
		return { patient, number };
	};
	route(
		'get',
		'/patients/:patientId/phone-numbers/:phoneNumberId',
		'patient:phone-number:view',
		(ctx) => one(phoneOf(ctx).number),
	);
	route(
		'patch',
		'/patients/:patientId/phone-numbers/:phoneNumberId',
		'patient:phone-number:create',
		(ctx) => {
			const { patient, number } = phoneOf(ctx);
			Object.assign(number, pick(checkBody(ctx.body, PHONE_RULES), PHONE_RULES));
			queue(ctx, 'patient_updated', patientView(patient));
			return one(number);
		},
	);

	// Documents (stored base64; the download answers {status, file})
	const DOCUMENT_TYPES = [
		'text',
		'xray',
		'image',
		'identification',
		'electronic_signature_patient_details',
		'electronic_signature_patient_details_and_terms_and_conditions',
		'other',
	];
	const documentView = ({ base64Data, patientId, ...doc }) => doc;
	const documentOf = (ctx) => {
		const patient = patientOf(ctx);
		const doc = archiveOf(ctx).documents.find(
			(d) => d.id === pathId(ctx, 'documentId') && d.patientId === patient.id,
		);
		if (!doc) throw fail(404, 'Document not found');
		return doc;
	};
	route('get', '/patients/:patientId/documents', null, (ctx) => {
		const patient = patientOf(ctx);
		return list(
			archiveOf(ctx)
				.documents.filter((d) => d.patientId === patient.id)
				.map(documentView),
		);
	});
	route('post', '/patients/:patientId/documents', null, (ctx) => {
		const archive = archiveOf(ctx);
		const patient = patientOf(ctx);
		const body = checkBody(ctx.body, {
			base64Data: { type: 'string', required: true },
			type: { values: DOCUMENT_TYPES, required: true },
			name: { type: 'string', required: true },
			folderName: { type: 'string', required: true },
		});
		const clean = body.base64Data.replace(/\s+/g, '');
		if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0)
			throw fail(400, 'base64Data must be base64-encoded');
		archive.folders[body.folderName] ??= String(12345 + Object.keys(archive.folders).length);
		const doc = {
			id: nextId(archive.documents),
			patientId: patient.id,
			name: body.name,
			folderId: archive.folders[body.folderName],
			type: body.type,
			createdAt: now(),
			base64Data: clean,
		};
		archive.documents.push(doc);
		return createdOne(documentView(doc));
	});
	route('get', '/patients/:patientId/documents/:documentId', null, (ctx) =>
		one(documentView(documentOf(ctx))),
	);
	route('get', '/patients/:patientId/documents/:documentId/download', null, (ctx) =>
		ok({ status: 'success', file: documentOf(ctx).base64Data }),
	);

	// Transactions (max 31 days; date or date-time bounds)
	route('get', '/transactions', null, (ctx) => {
		const { start, end } = dateWindow(ctx.query, {
			maxDays: 31,
			dateTime: true,
			defaults: () => [addDays(today(), -30), today()],
		});
		const direction = first(ctx.query.direction);
		const billId = first(ctx.query.billId);
		return list(
			archiveOf(ctx).transactions.filter(
				(t) =>
					!t.deleted &&
					t.date >= start &&
					t.date <= end &&
					(direction === undefined || t.direction === direction) &&
					(billId === undefined || String(t.billId) === String(billId)),
			),
		);
	});
	route('post', '/transactions', null, (ctx) => {
		const archive = archiveOf(ctx);
		const rules = {
			amount: { type: 'number', required: true },
			date: { type: 'date', required: true },
			direction: { values: ['incoming', 'outgoing'], required: true },
			billId: { type: 'integer' },
			accountId: { type: 'integer', required: true },
			paymentTypeId: { type: 'integer', required: true },
			relatedToInsurance: { type: 'boolean' },
			sistemaTsExpenseType: { values: EXPENSE_TYPES, required: true },
		};
		const body = pick(checkBody(ctx.body, rules), rules);
		find(archive.accounts, body.accountId, 'Account');
		find(archive.paymentTypes, body.paymentTypeId, 'Payment type');
		if (body.billId !== undefined) find(archive.bills, body.billId, 'Bill');
		const transaction = {
			id: nextId(archive.transactions),
			billId: null,
			relatedToInsurance: false,
			...body,
			createdAt: now(),
			deleted: false,
			verified: false,
		};
		archive.transactions.push(transaction);
		return createdOne(transaction);
	});
}

module.exports = { registerApi, patientView };
