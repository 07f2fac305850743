'use strict';
/**
 * In-memory FHIR resources, per site and type. A record keeps its creation sequence (`seq`, the default
 * order and the tie-break of every sort) through updates. Deleted IDs are remembered (a GET answers
 * 404 `deleted` rather than `not-found`). `meta.lastUpdated` comes from the FHIR clock, which tests
 * can freeze (`PUT /__sandbox/heydonto/fhir/clock`) to create ties.
 */
const { fhirId } = require('../heydonto/routes/availability');

class TypeStore {
	constructor(resources = []) {
		this.rows = [];
		this.byId = new Map();
		this.deleted = new Map();
		this.nextSeq = 1;
		for (const resource of resources) this.add(resource);
	}

	add(resource) {
		const row = { seq: this.nextSeq++, resource };
		this.rows.push(row);
		this.byId.set(resource.id, row);
		this.deleted.delete(resource.id);
		return row;
	}

	get(id) {
		return this.byId.get(id);
	}

	replace(row, resource) {
		row.resource = resource;
		return row;
	}

	remove(row, at) {
		this.rows.splice(this.rows.indexOf(row), 1);
		this.byId.delete(row.resource.id);
		this.deleted.set(row.resource.id, at);
	}

	clear(at) {
		for (const row of this.rows) this.deleted.set(row.resource.id, at);
		this.rows = [];
		this.byId = new Map();
	}
}

class FhirState {
	constructor(seeded = {}) {
		/** siteId -> Map(type -> TypeStore) */
		this.sites = new Map();
		/** A frozen time (ms) for meta.lastUpdated, or null for real time. */
		this.frozenAt = null;
		this.created = 0;
		for (const [siteId, byType] of Object.entries(seeded)) {
			const site = new Map();
			for (const [type, resources] of Object.entries(byType))
				site.set(type, new TypeStore(resources));
			this.sites.set(Number(siteId), site);
		}
	}

	store(siteId, type) {
		if (!this.sites.has(siteId)) this.sites.set(siteId, new Map());
		const site = this.sites.get(siteId);
		if (!site.has(type)) site.set(type, new TypeStore());
		return site.get(type);
	}

	now() {
		return this.frozenAt ?? Date.now();
	}

	/** A new server-assigned id: UUID-shaped, the same sequence after every reset. */
	newId(siteId, type) {
		this.created += 1;
		return fhirId(`created:${siteId}:${type.toLowerCase()}:${this.created}`);
	}
}

module.exports = { FhirState, TypeStore };
