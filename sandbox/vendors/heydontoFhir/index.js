'use strict';
/**
 * HeyDonto FHIR R4 stand-in: /site/:siteId/fhir/:type[/:id] with HeyDonto's JWTs and site scoping.
 *
 *   GET    /site/:siteId/fhir/:type          search -> Bundle searchset (search.js)
 *   POST   /site/:siteId/fhir/:type          create -> 201 the resource (id, meta.versionId '1', meta.lastUpdated)
 *   GET    /site/:siteId/fhir/:type/:id      read -> 200, ETag W/"<versionId>"
 *   PUT    /site/:siteId/fhir/:type/:id      replace -> 200, versionId + 1 (the body's id must match)
 *   DELETE /site/:siteId/fhir/:type/:id      -> 204; then GET/PUT/DELETE answer 404 (issue code 'deleted')
 * `:type` is any FHIR R4 resource type in lower case (`patient`, `allergyintolerance`; the sandbox also
 * accepts `Patient`). Patient, Practitioner, Appointment, Schedule and Slot have seeded data on sites 1
 * and 2, their own search parameters and checks; every other type starts empty (generic).
 * Order of checks: unknown route (404 NestJS), token (401 NestJS), site id (400 NestJS), site not
 * visible (404 NestJS `Site with ID <id> not found`), then FHIR: unknown type (404), id, body, query
 * (400), missing record (404) - FHIR errors are OperationOutcomes.
 *
 * Control (no auth, not logged): the clock of meta.lastUpdated, direct writes, and the bulk seed
 * (`POST /__sandbox/seed { vendor: 'heydonto-fhir', siteId, patients?, practitioners?, appointments? }`).
 * See sandbox/README.md.
 */
const { ok, created, noContent, reply, badRequest, notFound, parseId } = require('../../lib/http');
const { authenticate, canSee, siteKey } = require('../heydonto/access');
const { canonicalType } = require('./types');
const { fhirError } = require('./outcome');
const { parseSearch, runSearch, subset } = require('./search');
const { checkResource, validId, isInstant } = require('./validate');
const { FhirState, TypeStore } = require('./store');
const data = require('./data');

const NAME = 'heydonto-fhir';
const MAX_BULK = 100000;
const iso = (ms) => new Date(ms).toISOString();
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The seeded records are generated once per process, then copied on every reset. */
let template = null;
function seededTemplate(app) {
	if (!template) {
		template = {};
		for (const [siteId, counts] of Object.entries(data.SEEDED)) {
			const site = app.state.heydonto.sites.find(Number(siteId));
			if (site) template[siteId] = data.generateSite(site, counts);
		}
	}
	return template;
}

const createState = (app) => new FhirState(structuredClone(seededTemplate(app)));
const fhirOf = (app) => app.state[NAME];

/** '1' -> '2'; anything else -> '2'. */
const nextVersion = (previous) => {
	const n = Number(previous);
	return String(Number.isInteger(n) && n > 0 ? n + 1 : 2);
};

/** The stored form: resourceType, id and meta first (versionId, lastUpdated, then the client's meta). */
function build(type, id, body, { versionId, lastUpdated }) {
	const { resourceType, id: ignored, meta, ...rest } = body;
	const { versionId: v, lastUpdated: l, ...clientMeta } = isObject(meta) ? meta : {};
	return { resourceType: type, id, meta: { versionId, lastUpdated, ...clientMeta }, ...rest };
}

const baseUrl = (ctx) => `http://${ctx.headers.host || '127.0.0.1'}`;
const resourceUrl = (ctx, type, id) =>
	`${baseUrl(ctx)}/site/${ctx.siteId}/fhir/${type.toLowerCase()}/${id}`;

function headersOf(resource) {
	return {
		etag: `W/"${resource.meta.versionId}"`,
		'last-modified': new Date(resource.meta.lastUpdated).toUTCString(),
	};
}

// ---- middleware ----------------------------------------------------------------------------------

/** The site must exist and be visible to the caller (HeyDonto's scoping), as for AHDS. */
function siteScope(ctx) {
	const siteId = parseId(ctx.params.siteId);
	const site = ctx.state.heydonto.sites.find(siteId);
	if (!site || !canSee(ctx.user, siteKey(site))) throw notFound(`Site with ID ${siteId} not found`);
	ctx.siteId = siteId;
	return undefined;
}

function knownType(ctx) {
	const type = canonicalType(ctx.params.type);
	if (!type)
		throw fhirError(
			404,
			'not-supported',
			`Unknown resource type "${ctx.params.type}": not a FHIR R4 resource type`,
		);
	ctx.fhirType = type;
	ctx.records = fhirOf(ctx.app).store(ctx.siteId, type);
	return undefined;
}

function pathId(ctx) {
	const id = ctx.params.id;
	if (!validId(id))
		throw fhirError(400, 'invalid', `Invalid ${ctx.fhirType} id "${id}" (1-64 of A-Z a-z 0-9 - .)`);
	return id;
}

function missing(ctx, id) {
	const ref = `${ctx.fhirType}/${id}`;
	if (ctx.records.deleted.has(id)) return fhirError(404, 'deleted', `${ref} was deleted`);
	return fhirError(404, 'not-found', `${ref} not found`);
}

// ---- the API ---------------------------------------------------------------------------------------

function search(ctx) {
	const query = parseSearch(ctx.fhirType, ctx.rawQuery);
	const { total, page, next } = runSearch(ctx.records.rows, query);
	const base = `${baseUrl(ctx)}${ctx.path}`;
	const link = [{ relation: 'self', url: ctx.rawQuery ? `${base}?${ctx.rawQuery}` : base }];
	if (next) {
		const kept = query.parts.filter((p) => p.name !== '_page_token').map((p) => p.raw);
		link.push({ relation: 'next', url: `${base}?${[...kept, `_page_token=${next}`].join('&')}` });
	}
	const bundle = { resourceType: 'Bundle', type: 'searchset' };
	if (query.total) bundle.total = total;
	bundle.link = link;
	if (page.length) {
		bundle.entry = page.map(({ resource }) => ({
			fullUrl: resourceUrl(ctx, ctx.fhirType, resource.id),
			resource: query.elements ? subset(resource, query.elements) : resource,
			search: { mode: 'match' },
		}));
	}
	return ok(bundle);
}

function create(ctx) {
	const body = checkResource(ctx.fhirType, ctx.body);
	const fhir = fhirOf(ctx.app);
	const id = fhir.newId(ctx.siteId, ctx.fhirType);
	const resource = build(ctx.fhirType, id, body, {
		versionId: '1',
		lastUpdated: iso(fhir.now()),
	});
	ctx.records.add(resource);
	return reply(201, resource, {
		...headersOf(resource),
		location: `${resourceUrl(ctx, ctx.fhirType, id)}/_history/1`,
	});
}

function read(ctx) {
	const id = pathId(ctx);
	const row = ctx.records.get(id);
	if (!row) throw missing(ctx, id);
	return reply(200, row.resource, headersOf(row.resource));
}

function update(ctx) {
	const id = pathId(ctx);
	const body = checkResource(ctx.fhirType, ctx.body, { pathId: id });
	const row = ctx.records.get(id);
	if (!row) throw missing(ctx, id);
	const resource = build(ctx.fhirType, id, body, {
		versionId: nextVersion(row.resource.meta && row.resource.meta.versionId),
		lastUpdated: iso(fhirOf(ctx.app).now()),
	});
	ctx.records.replace(row, resource);
	return reply(200, resource, headersOf(resource));
}

function remove(ctx) {
	const id = pathId(ctx);
	const row = ctx.records.get(id);
	if (!row) throw missing(ctx, id);
	ctx.records.remove(row, iso(fhirOf(ctx.app).now()));
	return noContent();
}

// ---- control -------------------------------------------------------------------------------------

function controlTarget(app, params) {
	const errors = [];
	const siteId = /^[1-9]\d*$/.test(params.siteId) ? Number(params.siteId) : NaN;
	if (!app.state.heydonto.sites.find(siteId))
		errors.push('siteId must be the ID of a sandbox site');
	const type = canonicalType(params.type);
	if (!type) errors.push(`${params.type} is not a FHIR R4 resource type`);
	if (errors.length) throw badRequest(errors);
	return { siteId, type, records: fhirOf(app).store(siteId, type) };
}

/** Problems of one resource written through the control API (lighter than the API's checks). */
function controlProblems(type, body, where = '') {
	if (!isObject(body)) return [`${where}must be a JSON object (a ${type} resource)`];
	const problems = [];
	if (body.resourceType !== undefined && body.resourceType !== type)
		problems.push(`${where}resourceType must be ${type}`);
	if (body.id !== undefined && !validId(body.id))
		problems.push(`${where}id must be a FHIR id (1-64 of A-Z a-z 0-9 - .)`);
	if (body.meta !== undefined && !isObject(body.meta))
		problems.push(`${where}meta must be an object`);
	const meta = isObject(body.meta) ? body.meta : {};
	if (meta.lastUpdated !== undefined && !isInstant(meta.lastUpdated))
		problems.push(`${where}meta.lastUpdated must be an instant with a time zone`);
	if (meta.versionId !== undefined && typeof meta.versionId !== 'string')
		problems.push(`${where}meta.versionId must be a string`);
	return problems;
}

/** Creates (new or absent id) or replaces (existing id) one resource, as given. */
function putDirect(app, target, body) {
	const fhir = fhirOf(app);
	const existing = body.id === undefined ? undefined : target.records.get(body.id);
	const id = body.id ?? fhir.newId(target.siteId, target.type);
	const meta = isObject(body.meta) ? body.meta : {};
	const resource = build(target.type, id, body, {
		versionId: meta.versionId ?? (existing ? nextVersion(existing.resource.meta?.versionId) : '1'),
		lastUpdated: meta.lastUpdated ? iso(Date.parse(meta.lastUpdated)) : iso(fhir.now()),
	});
	if (existing) target.records.replace(existing, resource);
	else target.records.add(resource);
	return { created: !existing, resource };
}

function clockView(fhir) {
	return { now: iso(fhir.now()), frozen: fhir.frozenAt !== null };
}

function registerControl(router, app) {
	const prefix = '/__sandbox/heydonto/fhir';
	router.add('GET', `${prefix}/clock`, () => ok(clockView(fhirOf(app))));
	router.add('PUT', `${prefix}/clock`, (ctx) => {
		const body = isObject(ctx.body) ? ctx.body : {};
		const fhir = fhirOf(app);
		const errors = [];
		if (body.now !== undefined && body.now !== null && Number.isNaN(Date.parse(body.now)))
			errors.push('now must be an ISO date-time, or null for real time');
		if (body.advanceMs !== undefined && !Number.isInteger(body.advanceMs))
			errors.push('advanceMs must be an integer number of milliseconds');
		if (body.now === undefined && body.advanceMs === undefined)
			errors.push('give now (ISO date-time or null) and/or advanceMs');
		const frozen = body.now === undefined ? fhir.frozenAt !== null : body.now !== null;
		if (body.advanceMs !== undefined && !frozen)
			errors.push('advanceMs moves a frozen clock: set now first');
		if (errors.length) throw badRequest(errors);
		if (body.now !== undefined) fhir.frozenAt = body.now === null ? null : Date.parse(body.now);
		if (body.advanceMs !== undefined) fhir.frozenAt += body.advanceMs;
		return ok(clockView(fhir));
	});
	router.add('GET', `${prefix}/:siteId/:type`, (ctx) =>
		ok(controlTarget(app, ctx.params).records.rows.map((row) => row.resource)),
	);
	router.add('GET', `${prefix}/:siteId/:type/:id`, (ctx) => {
		const target = controlTarget(app, ctx.params);
		const row = target.records.get(ctx.params.id);
		if (!row) throw notFound(`${target.type}/${ctx.params.id} not found`);
		return ok(row.resource);
	});
	router.add('POST', `${prefix}/:siteId/:type`, (ctx) => {
		const target = controlTarget(app, ctx.params);
		const many = Array.isArray(ctx.body);
		const bodies = many ? ctx.body : [ctx.body];
		const problems = bodies.flatMap((body, i) =>
			controlProblems(target.type, body, many ? `[${i}] ` : ''),
		);
		if (problems.length) throw badRequest(problems);
		const results = bodies.map((body) => putDirect(app, target, body));
		if (many) return ok(results.map((r) => r.resource));
		return results[0].created ? created(results[0].resource) : ok(results[0].resource);
	});
	router.add('DELETE', `${prefix}/:siteId/:type`, (ctx) => {
		controlTarget(app, ctx.params).records.clear(iso(fhirOf(app).now()));
		return noContent();
	});
	router.add('DELETE', `${prefix}/:siteId/:type/:id`, (ctx) => {
		const target = controlTarget(app, ctx.params);
		const row = target.records.get(ctx.params.id);
		if (!row) throw notFound(`${target.type}/${ctx.params.id} not found`);
		target.records.remove(row, iso(fhirOf(app).now()));
		return noContent();
	});
}

// ---- bulk seed -------------------------------------------------------------------------------------

/**
 * POST /__sandbox/seed { vendor: 'heydonto-fhir', siteId, patients?: N, practitioners?: N,
 * appointments?: N }: the site's records of each type given become N generated ones (the same for the
 * same site and N, up to 100,000). Practitioners come with one Schedule each. Appointments reference
 * the site's patients and practitioners (a site without practitioners gets 12).
 */
function seed(app, body) {
	const { siteId } = body || {};
	const errors = [];
	const site = Number.isInteger(siteId) ? app.state.heydonto.sites.find(siteId) : undefined;
	if (!site) errors.push('siteId must be the ID of a sandbox site');
	const counts = {};
	for (const key of ['patients', 'practitioners', 'appointments']) {
		if (body[key] === undefined) continue;
		if (!Number.isInteger(body[key]) || body[key] < 0 || body[key] > MAX_BULK)
			errors.push(`${key} must be an integer from 0 to ${MAX_BULK}`);
		else counts[key] = body[key];
	}
	if (Object.keys(counts).length === 0 && errors.length === 0)
		errors.push('give patients, practitioners and/or appointments');
	const fhir = fhirOf(app);
	const patientsAfter = counts.patients ?? (site ? fhir.store(siteId, 'Patient').rows.length : 0);
	if (counts.appointments > 0 && patientsAfter === 0)
		errors.push('appointments need patients: seed patients too');
	if (errors.length) throw badRequest(errors);
	const stores = () => fhir.sites.get(siteId) ?? fhir.sites.set(siteId, new Map()).get(siteId);
	const resources = (type) => fhir.store(siteId, type).rows.map((row) => row.resource);
	const setPractitioners = (n) => {
		const { doctors, schedules } = data.bulkPractitioners(site, n);
		stores().set('Practitioner', new TypeStore(doctors));
		stores().set('Schedule', new TypeStore(schedules));
	};
	if (counts.practitioners !== undefined) setPractitioners(counts.practitioners);
	if (counts.patients !== undefined)
		stores().set('Patient', new TypeStore(data.bulkPatients(site, counts.patients)));
	if (counts.appointments !== undefined) {
		if (counts.appointments > 0 && resources('Practitioner').length === 0) setPractitioners(12);
		stores().set(
			'Appointment',
			new TypeStore(
				data.bulkAppointments(
					site,
					counts.appointments,
					resources('Patient'),
					resources('Practitioner'),
				),
			),
		);
	}
	return {
		vendor: NAME,
		siteId,
		patients: resources('Patient').length,
		practitioners: resources('Practitioner').length,
		appointments: resources('Appointment').length,
	};
}

function register(router, app) {
	const api = router.group(authenticate, siteScope, knownType);
	const collection = '/site/:siteId/fhir/:type';
	const item = `${collection}/:id`;
	api.get(collection, search);
	api.post(collection, create);
	api.get(item, read);
	api.put(item, update);
	api.delete(item, remove);
	registerControl(router, app);
}

module.exports = { name: NAME, createState, register, seed };
