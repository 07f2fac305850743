'use strict';
/** An in-memory table with auto-increment ids and ISO timestamps (ms + Z). */
const { notFound } = require('./http');

class Table {
	/** @param label used in 404s: "<label> with ID <id> not found" */
	constructor(label, rows = []) {
		this.label = label;
		this.rows = rows;
		this.nextId = rows.reduce((max, r) => Math.max(max, r.id), 0) + 1;
	}

	find(id) {
		return this.rows.find((r) => r.id === id);
	}

	/** The row, or a NestJS 404 when it is missing or `visible(row)` is false. */
	get(id, visible = () => true) {
		const row = this.find(id);
		if (!row || !visible(row)) throw notFound(`${this.label} with ID ${id} not found`);
		return row;
	}

	insert(fields) {
		const now = new Date().toISOString();
		const row = { ...fields, id: this.nextId++, createdAt: now, updatedAt: now };
		this.rows.push(row);
		return row;
	}

	/** Replaces the writable fields (PUT), keeps id/createdAt, bumps updatedAt. */
	replace(row, fields) {
		const { id, createdAt, updatedAt } = row;
		for (const key of Object.keys(row)) delete row[key];
		return Object.assign(row, fields, { id, createdAt, updatedAt: bump(updatedAt) });
	}

	/** Merges the given fields (partial update). */
	patch(row, fields) {
		return Object.assign(row, fields, { updatedAt: bump(row.updatedAt) });
	}

	remove(row) {
		this.rows.splice(this.rows.indexOf(row), 1);
	}
}

/** A new updatedAt that is always later than the previous one, even within the same millisecond. */
function bump(previous) {
	const prev = Date.parse(previous) || 0;
	return new Date(Math.max(Date.now(), prev + 1)).toISOString();
}

module.exports = { Table };
