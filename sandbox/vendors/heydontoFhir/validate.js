'use strict';
/**
 * Checks of a FHIR resource sent to create (POST) or update (PUT): the shape, the resourceType, the id
 * rules, and for the named types the R4 cardinalities and code lists that a FHIR server enforces
 * (INFERRED: HeyDonto documents only that a Patient body has `resourceType: "Patient"`). Every problem
 * is one issue of one 400 OperationOutcome. Other resource types get the generic checks only.
 */
const { fhirError } = require('./outcome');

const ID_RE = /^[A-Za-z0-9\-.]{1,64}$/;
const DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

const CODES = {
	gender: ['male', 'female', 'other', 'unknown'],
	appointmentStatus: [
		'proposed',
		'pending',
		'booked',
		'arrived',
		'fulfilled',
		'cancelled',
		'noshow',
		'entered-in-error',
		'checked-in',
		'waitlist',
	],
	participantStatus: ['accepted', 'declined', 'tentative', 'needs-action'],
	slotStatus: ['busy', 'free', 'busy-unavailable', 'busy-tentative', 'entered-in-error'],
};

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isInstant = (v) =>
	typeof v === 'string' && INSTANT_RE.test(v) && !Number.isNaN(Date.parse(v));

function person(type, r, issues) {
	if (r.gender !== undefined && !CODES.gender.includes(r.gender))
		issues.push({
			code: 'value',
			expression: `${type}.gender`,
			diagnostics: `${type}.gender must be one of ${CODES.gender.join(', ')} (got ${JSON.stringify(r.gender)})`,
		});
	if (r.birthDate !== undefined && !(typeof r.birthDate === 'string' && DATE_RE.test(r.birthDate)))
		issues.push({
			code: 'value',
			expression: `${type}.birthDate`,
			diagnostics: `${type}.birthDate must be a date (YYYY, YYYY-MM or YYYY-MM-DD), got ${JSON.stringify(r.birthDate)}`,
		});
	for (const field of ['name', 'telecom', 'identifier', 'address'])
		if (r[field] !== undefined && !Array.isArray(r[field]))
			issues.push({
				code: 'structure',
				expression: `${type}.${field}`,
				diagnostics: `${type}.${field} must be an array`,
			});
	if (r.active !== undefined && typeof r.active !== 'boolean')
		issues.push({
			code: 'value',
			expression: `${type}.active`,
			diagnostics: `${type}.active must be true or false`,
		});
}

function instantField(type, r, field, issues, required) {
	if (r[field] === undefined) {
		if (required)
			issues.push({
				code: 'required',
				expression: `${type}.${field}`,
				diagnostics: `${type}.${field} is required`,
			});
		return;
	}
	if (!isInstant(r[field]))
		issues.push({
			code: 'value',
			expression: `${type}.${field}`,
			diagnostics: `${type}.${field} must be an instant with a time zone (YYYY-MM-DDThh:mm:ss[.sss]Z), got ${JSON.stringify(r[field])}`,
		});
}

function period(type, r, issues) {
	if (isInstant(r.start) && isInstant(r.end) && Date.parse(r.end) < Date.parse(r.start))
		issues.push({
			code: 'invariant',
			expression: `${type}.end`,
			diagnostics: `${type}.end must not be before ${type}.start`,
		});
}

const CHECKS = {
	Patient: (r, issues) => person('Patient', r, issues),
	Practitioner: (r, issues) => person('Practitioner', r, issues),
	Appointment(r, issues) {
		if (r.status === undefined)
			issues.push({
				code: 'required',
				expression: 'Appointment.status',
				diagnostics: 'Appointment.status is required',
			});
		else if (!CODES.appointmentStatus.includes(r.status))
			issues.push({
				code: 'value',
				expression: 'Appointment.status',
				diagnostics: `Appointment.status must be one of ${CODES.appointmentStatus.join(', ')} (got ${JSON.stringify(r.status)})`,
			});
		if (!Array.isArray(r.participant) || r.participant.length === 0)
			issues.push({
				code: 'required',
				expression: 'Appointment.participant',
				diagnostics: 'Appointment.participant needs at least one participant',
			});
		else
			r.participant.forEach((p, i) => {
				const at = `Appointment.participant[${i}]`;
				if (!isObject(p) || !(isObject(p.actor) || Array.isArray(p.type)))
					issues.push({
						code: 'invariant',
						expression: at,
						diagnostics: `${at} needs an actor or a type`,
					});
				if (!isObject(p) || !CODES.participantStatus.includes(p.status))
					issues.push({
						code: isObject(p) && p.status !== undefined ? 'value' : 'required',
						expression: `${at}.status`,
						diagnostics: `${at}.status is required: ${CODES.participantStatus.join(', ')}`,
					});
			});
		const optional = ['proposed', 'cancelled', 'waitlist'].includes(r.status);
		if (!optional && (r.start === undefined || r.end === undefined))
			issues.push({
				code: 'invariant',
				expression: 'Appointment',
				diagnostics:
					'Appointment.start and Appointment.end are required unless the status is proposed, cancelled or waitlist',
			});
		instantField('Appointment', r, 'start', issues, false);
		instantField('Appointment', r, 'end', issues, false);
		period('Appointment', r, issues);
	},
	Schedule(r, issues) {
		if (
			!Array.isArray(r.actor) ||
			r.actor.length === 0 ||
			!r.actor.every((a) => isObject(a) && typeof a.reference === 'string')
		)
			issues.push({
				code: 'required',
				expression: 'Schedule.actor',
				diagnostics: 'Schedule.actor needs at least one actor with a reference',
			});
	},
	Slot(r, issues) {
		if (!isObject(r.schedule) || typeof r.schedule.reference !== 'string')
			issues.push({
				code: 'required',
				expression: 'Slot.schedule',
				diagnostics: 'Slot.schedule is required (a reference to a Schedule)',
			});
		if (!CODES.slotStatus.includes(r.status))
			issues.push({
				code: r.status === undefined ? 'required' : 'value',
				expression: 'Slot.status',
				diagnostics: `Slot.status is required: ${CODES.slotStatus.join(', ')}`,
			});
		instantField('Slot', r, 'start', issues, true);
		instantField('Slot', r, 'end', issues, true);
		period('Slot', r, issues);
	},
};

/**
 * Throws a 400 OperationOutcome unless `body` is a valid `type` resource. `pathId` (PUT) must be the
 * body's id.
 */
function checkResource(type, body, { pathId } = {}) {
	if (!isObject(body))
		throw fhirError(400, 'structure', `The body must be a FHIR ${type} resource (a JSON object)`);
	const issues = [];
	if (body.resourceType !== type)
		issues.push({
			code: 'invalid',
			expression: 'resourceType',
			diagnostics: `resourceType must be "${type}" (got ${JSON.stringify(body.resourceType)})`,
		});
	if (pathId !== undefined) {
		if (body.id === undefined)
			issues.push({
				code: 'required',
				expression: `${type}.id`,
				diagnostics: `An update needs the resource's id in the body (${pathId})`,
			});
		else if (body.id !== pathId)
			issues.push({
				code: 'invalid',
				expression: `${type}.id`,
				diagnostics: `The id in the body (${JSON.stringify(body.id)}) does not match the id in the URL (${pathId})`,
			});
	}
	if (body.meta !== undefined && !isObject(body.meta))
		issues.push({
			code: 'structure',
			expression: `${type}.meta`,
			diagnostics: 'meta must be an object',
		});
	if (CHECKS[type]) CHECKS[type](body, issues);
	if (issues.length) throw fhirError(400, issues);
	return body;
}

const validId = (id) => typeof id === 'string' && ID_RE.test(id);

module.exports = { checkResource, validId, isInstant, CODES };
