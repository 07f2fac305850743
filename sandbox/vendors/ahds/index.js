'use strict';
/**
 * AHDS (Animal Health Data Store) stand-in: /site/:siteId/ahds/v1/:resource[/:recordId] for every
 * resource of catalog.json (generated from the node's descriptors) plus `reminder`, a resource the
 * node does not name (for "Other Resource"). Authentication is HeyDonto's: the same JWTs, users and
 * site visibility. Records live in memory per site and resource.
 *
 *   POST   -> 201 the record (+ createdAt, updatedAt); 409 when the UUID exists; 400 on a bad body
 *   GET    -> { data, meta: { page, pageSize, total } }: page (0-based), pageSize (1-100, default 10),
 *             sortBy (the resource's sort fields), sortOrder (asc | desc), exact-match filters
 *   GET one, PUT (replaces the record), PATCH (merges the fields given), DELETE -> 204
 * Order of checks: unknown resource (404 Cannot GET), token (401), site id (400), site (404),
 * record UUID (400), body or query (400), record (404).
 *
 * Control (no auth, not logged): GET / PUT /__sandbox/ahds/clock { now: ISO | null, advanceMs? }, the
 * clock of createdAt and updatedAt, which tests freeze to give records the same time (ties).
 */
const {
	ok,
	created,
	noContent,
	notFound,
	conflict,
	badRequest,
	parseId,
} = require('../../lib/http');
const { authenticate, canSee, siteKey } = require('../heydonto/access');
const CATALOG = require('./catalog.json');
const { validateBody, parseListQuery, isUuid, DATE_RE } = require('./schema');
const { initialPractices, bulkContacts } = require('./data');

/** A resource the node does not name, so "Other Resource" has something to reach. */
const REMINDER = {
	slug: 'reminder',
	label: 'Reminder',
	idField: 'reminderId',
	complete: false,
	fields: {
		animalId: { type: 'uuid', required: true },
		dueDate: { type: 'date' },
		reason: { type: 'string' },
	},
	filters: ['animalId', 'reason'],
	sortFields: ['createdAt', 'updatedAt', 'dueDate', 'reason'],
};

const RESOURCES = new Map([...CATALOG.resources, REMINDER].map((r) => [r.slug, r]));

const MAX_BULK = 100000;

/** Records of one resource of one site, in insertion order, with an index by UUID. */
function store(rows = [], idField) {
	return { rows, index: new Map(rows.map((row) => [row[idField], row])) };
}

function createState() {
	const sites = new Map();
	/** A frozen time (ms) for createdAt and updatedAt, or null for real time. */
	const clock = {
		frozenAt: null,
		now() {
			return this.frozenAt ?? Date.now();
		},
	};
	for (const [siteId, records] of Object.entries(initialPractices())) {
		const byResource = new Map();
		for (const [slug, rows] of Object.entries(records))
			byResource.set(slug, store(rows, RESOURCES.get(slug).idField));
		sites.set(Number(siteId), byResource);
	}
	return { sites, clock };
}

function storeOf(state, siteId, resource) {
	if (!state.sites.has(siteId)) state.sites.set(siteId, new Map());
	const site = state.sites.get(siteId);
	if (!site.has(resource.slug)) site.set(resource.slug, store([], resource.idField));
	return site.get(resource.slug);
}

/** Date-only fields come back as date-times (SEED: `birthDate` "2025-01-01" is answered "2025-01-01T00:00:00Z"). */
function view(resource, row) {
	const out = { [resource.idField]: row[resource.idField] };
	if (resource.complete) for (const name of Object.keys(resource.fields)) out[name] = null;
	Object.assign(out, row);
	for (const [name, schema] of Object.entries(resource.fields)) {
		if (schema.type === 'date' && typeof out[name] === 'string' && DATE_RE.test(out[name]))
			out[name] = `${out[name]}T00:00:00.000Z`;
	}
	return out;
}

/** Middleware: an unknown resource path is a 404 before anything else, as an unknown NestJS route. */
function knownResource(ctx) {
	const resource = RESOURCES.get(ctx.params.resource);
	if (!resource) throw notFound(`Cannot ${ctx.method} ${ctx.path}`);
	ctx.resource = resource;
	return undefined;
}

/** Middleware: the site must exist and be visible to the caller (HeyDonto's scoping). */
function siteScope(ctx) {
	const siteId = parseId(ctx.params.siteId);
	const site = ctx.state.heydonto.sites.find(siteId);
	if (!site || !canSee(ctx.user, siteKey(site))) throw notFound(`Site with ID ${siteId} not found`);
	ctx.store = storeOf(ctx.state.ahds, siteId, ctx.resource);
	return undefined;
}

function recordId(ctx) {
	const id = ctx.params.recordId;
	if (!isUuid(id)) throw badRequest('Validation failed (uuid is expected)');
	return id;
}

function findRecord(ctx, id) {
	const row = ctx.store.index.get(id);
	if (!row) throw notFound(`${ctx.resource.label} with ID ${id} not found`);
	return row;
}

const compare = (a, b) => {
	if (a === b) return 0;
	if (a === undefined || a === null) return 1;
	if (b === undefined || b === null) return -1;
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	return String(a).localeCompare(String(b), 'en', { sensitivity: 'base' });
};

function list(ctx) {
	const { page, pageSize, sortBy, sortOrder, predicates } = parseListQuery(ctx.resource, ctx.query);
	let rows = ctx.store.rows.filter((row) => predicates.every((p) => p(row)));
	if (sortBy) {
		const sign = sortOrder === 'desc' ? -1 : 1;
		rows = rows
			.map((row, n) => ({ row, n }))
			.sort((x, y) => sign * compare(x.row[sortBy], y.row[sortBy]) || x.n - y.n)
			.map(({ row }) => row);
	}
	return ok({
		data: rows.slice(page * pageSize, page * pageSize + pageSize).map((r) => view(ctx.resource, r)),
		meta: { page, pageSize, total: rows.length },
	});
}

function create(ctx) {
	const value = validateBody(ctx.resource, ctx.body, 'create');
	const id = value[ctx.resource.idField];
	if (ctx.store.index.has(id)) throw conflict(`${ctx.resource.label} with ID ${id} already exists`);
	const now = new Date(ctx.state.ahds.clock.now()).toISOString();
	const row = { ...value, createdAt: now, updatedAt: now };
	ctx.store.rows.push(row);
	ctx.store.index.set(id, row);
	return created(view(ctx.resource, row));
}

/** A new updatedAt, from the clock, and always later than the previous one. */
const bump = (ctx, previous) =>
	new Date(Math.max(ctx.state.ahds.clock.now(), (Date.parse(previous) || 0) + 1)).toISOString();

function replace(ctx) {
	const id = recordId(ctx);
	const value = validateBody(ctx.resource, ctx.body, 'replace');
	const row = findRecord(ctx, id);
	const { createdAt, updatedAt } = row;
	for (const key of Object.keys(row)) delete row[key];
	Object.assign(row, value, {
		[ctx.resource.idField]: id,
		createdAt,
		updatedAt: bump(ctx, updatedAt),
	});
	return ok(view(ctx.resource, row));
}

function update(ctx) {
	const id = recordId(ctx);
	const value = validateBody(ctx.resource, ctx.body, 'update');
	const row = findRecord(ctx, id);
	Object.assign(row, value, { [ctx.resource.idField]: id, updatedAt: bump(ctx, row.updatedAt) });
	return ok(view(ctx.resource, row));
}

function remove(ctx) {
	const row = findRecord(ctx, recordId(ctx));
	ctx.store.rows.splice(ctx.store.rows.indexOf(row), 1);
	ctx.store.index.delete(row[ctx.resource.idField]);
	return noContent();
}

const clockView = (clock) => ({
	now: new Date(clock.now()).toISOString(),
	frozen: clock.frozenAt !== null,
});

/** GET / PUT /__sandbox/ahds/clock: { now: ISO | null, advanceMs? }, as the FHIR clock. */
function registerClock(router, app) {
	const route = '/__sandbox/ahds/clock';
	router.add('GET', route, () => ok(clockView(app.state.ahds.clock)));
	router.add('PUT', route, (ctx) => {
		const body = ctx.body && typeof ctx.body === 'object' ? ctx.body : {};
		const { clock } = app.state.ahds;
		const errors = [];
		if (body.now !== undefined && body.now !== null && Number.isNaN(Date.parse(body.now)))
			errors.push('now must be an ISO date-time, or null for real time');
		if (body.advanceMs !== undefined && !Number.isInteger(body.advanceMs))
			errors.push('advanceMs must be an integer number of milliseconds');
		if (body.now === undefined && body.advanceMs === undefined)
			errors.push('give now (ISO date-time or null) and/or advanceMs');
		const frozen = body.now === undefined ? clock.frozenAt !== null : body.now !== null;
		if (body.advanceMs !== undefined && !frozen)
			errors.push('advanceMs moves a frozen clock: set now first');
		if (errors.length) throw badRequest(errors);
		if (body.now !== undefined) clock.frozenAt = body.now === null ? null : Date.parse(body.now);
		if (body.advanceMs !== undefined) clock.frozenAt += body.advanceMs;
		return ok(clockView(clock));
	});
}

function register(router, app) {
	registerClock(router, app);
	const api = router.group(knownResource, authenticate, siteScope);
	const collection = '/site/:siteId/ahds/v1/:resource';
	const item = `${collection}/:recordId`;
	api.get(collection, list);
	api.post(collection, create);
	api.get(item, (ctx) => ok(view(ctx.resource, findRecord(ctx, recordId(ctx)))));
	api.put(item, replace);
	api.patch(item, update);
	api.delete(item, remove);
}

/**
 * POST /__sandbox/seed { vendor: 'ahds', siteId, contacts: N }: the site's contacts become N
 * generated ones (the same for the same site and N), for the benchmark.
 */
function seed(app, body) {
	const { siteId, contacts } = body || {};
	if (!Number.isInteger(siteId) || !app.state.heydonto.sites.find(siteId))
		throw badRequest(['siteId must be the ID of a sandbox site']);
	if (!Number.isInteger(contacts) || contacts < 0 || contacts > MAX_BULK)
		throw badRequest([`contacts must be an integer from 0 to ${MAX_BULK}`]);
	const resource = RESOURCES.get('contact');
	storeOf(app.state.ahds, siteId, resource);
	app.state.ahds.sites
		.get(siteId)
		.set('contact', store(bulkContacts(siteId, contacts), resource.idField));
	return { vendor: 'ahds', siteId, contacts };
}

module.exports = {
	name: 'ahds',
	createState,
	register,
	seed,
	resources: RESOURCES,
};
