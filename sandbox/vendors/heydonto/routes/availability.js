'use strict';
/**
 * GET /site/:siteId/availability -> { data: [{ scheduleId, start, end, schedule?, practitioners?, locations? }] }
 * 30-minute free slots, 09:00-17:00 UTC on weekdays, for the site's two practitioners, minus booked
 * slots chosen by a hash (so they are the same on every run). FHIR ids are strings.
 */
const crypto = require('node:crypto');
const { ok, parseId, badRequest } = require('../../../lib/http');
const { dateParam, boolParam } = require('../../../lib/listing');
const { createRng } = require('../../../lib/prng');
const { FIRST_NAMES, LAST_NAMES } = require('../data/catalog');
const { vstate } = require('../access');
const { visibleSite } = require('./sites');

const DAY = 86400000;
const SLOT = 30 * 60000;
const MAX_RANGE_DAYS = 31;
const BOOKED_PERCENT = 35;

const sha1 = (text) => crypto.createHash('sha1').update(text).digest('hex');
/** A stable UUID-shaped id for a FHIR resource. */
const fhirId = (text) =>
	sha1(text).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12}).*$/, '$1-$2-$3-$4-$5');

function siteResources(site) {
	const rng = createRng(`availability:site:${site.id}`);
	const location = {
		resourceType: 'Location',
		id: fhirId(`location:${site.id}`),
		status: 'active',
		name: site.name,
		telecom: site.phoneNumber ? [{ system: 'phone', value: site.phoneNumber }] : [],
		address: {
			line: [site.address?.street].filter(Boolean),
			city: site.address?.city,
			postalCode: site.address?.zipCode,
			country: 'US',
		},
	};
	const practitioners = [1, 2].map((n) => {
		const given = rng.pick(FIRST_NAMES);
		const family = rng.pick(LAST_NAMES);
		const practitioner = {
			resourceType: 'Practitioner',
			id: fhirId(`practitioner:${site.id}:${n}`),
			active: true,
			name: [{ use: 'official', family, given: [given], prefix: ['Dr.'] }],
			qualification: [{ code: { text: n === 1 ? 'DDS' : 'DMD' } }],
		};
		const schedule = {
			resourceType: 'Schedule',
			id: fhirId(`schedule:${site.id}:${n}`),
			active: true,
			serviceType: [{ text: 'General dentistry' }],
			actor: [
				{ reference: `Practitioner/${practitioner.id}`, display: `Dr. ${given} ${family}` },
				{ reference: `Location/${location.id}`, display: site.name },
			],
			comment: 'Weekdays 09:00-17:00 UTC, 30-minute slots',
		};
		return { practitioner, schedule };
	});
	return { location, practitioners };
}

function parseWindow(query) {
	const errors = [];
	const startDate = dateParam(query, 'startDate', errors);
	const endDate = dateParam(query, 'endDate', errors);
	const flags = {};
	for (const name of ['includeSchedule', 'includePractitioner', 'includeLocation'])
		flags[name] = boolParam(query, name, errors);
	if (errors.length) throw badRequest(errors);
	const start = Date.parse(startDate ?? new Date().toISOString().slice(0, 10));
	const end = endDate ? Date.parse(endDate) : start + 6 * DAY;
	if (end < start) throw badRequest(['endDate must not be before startDate']);
	if ((end - start) / DAY > MAX_RANGE_DAYS)
		throw badRequest([`The date range must not exceed ${MAX_RANGE_DAYS} days`]);
	const practitionerId = Array.isArray(query.practitionerId)
		? query.practitionerId[0]
		: query.practitionerId;
	return { start, end, flags, practitionerId };
}

function availability(ctx) {
	const siteId = parseId(ctx.params.siteId);
	const { start, end, flags, practitionerId } = parseWindow(ctx.query);
	const site = vstate(ctx).sites.get(siteId, visibleSite(ctx));
	const { location, practitioners } = siteResources(site);
	const chosen = practitioners.filter(
		(p) => !practitionerId || p.practitioner.id === practitionerId,
	);
	const data = [];
	for (let day = start; day <= end; day += DAY) {
		const weekday = new Date(day).getUTCDay();
		if (weekday === 0 || weekday === 6) continue;
		for (let t = day + 9 * 3600000; t < day + 17 * 3600000; t += SLOT) {
			for (const { practitioner, schedule } of chosen) {
				const startIso = new Date(t).toISOString();
				if (parseInt(sha1(`${schedule.id}|${startIso}`).slice(0, 8), 16) % 100 < BOOKED_PERCENT)
					continue;
				const slot = {
					scheduleId: schedule.id,
					start: startIso,
					end: new Date(t + SLOT).toISOString(),
				};
				if (flags.includeSchedule) slot.schedule = schedule;
				if (flags.includePractitioner) slot.practitioners = [practitioner];
				if (flags.includeLocation) slot.locations = [location];
				data.push(slot);
			}
		}
	}
	return ok({ data });
}

function registerAvailability(api) {
	api.get('/site/:siteId/availability', availability);
}

module.exports = { registerAvailability, siteResources, fhirId, BOOKED_PERCENT, sha1 };
