'use strict';
/**
 * Generic REST resource: list / create / get / replace (PUT) / delete on a Table.
 *
 * cfg = {
 *   path: '/brands', idParam: 'brandId',
 *   table: (ctx) => Table,                     // where the rows live (vendor state)
 *   schema,                                    // validate.js schema for POST/PUT bodies
 *   list: { paged: true, sortFields, filters } // `{data, meta}`; or { paged: false } for a bare array
 *   parent?: { param: 'siteId', field: 'siteId', table: (ctx) => Table, visible?: (ctx) => row => bool }
 *   visible?: (ctx) => (row) => boolean        // rows the caller may see (others are 404 / not listed)
 *   prepare?: (ctx, value, existing, parentId) => value   // derive fields, enforce access; may throw
 *   view?: (row) => object                     // response shape (e.g. strip secrets)
 * }
 * Order of checks follows NestJS: path ids (400) -> body validation (400) -> lookups (404).
 */
const { parseId, ok, created, noContent } = require('./http');
const { validate } = require('./validate');
const { parseListQuery, listPage } = require('./listing');

const always = () => () => true;

function registerCrud(api, cfg) {
	const { path, idParam, table, schema, list, parent } = cfg;
	const visible = cfg.visible || always;
	const view = cfg.view || ((row) => row);
	const prepare = cfg.prepare || ((ctx, value) => value);

	const parentId = (ctx) => (parent ? parseId(ctx.params[parent.param]) : undefined);
	const loadParent = (ctx, pid) => {
		if (parent) parent.table(ctx).get(pid, (parent.visible || always)(ctx));
	};
	const inScope = (ctx, pid) => {
		const canSee = visible(ctx);
		return (row) => canSee(row) && (!parent || row[parent.field] === pid);
	};
	const withParent = (value, pid) => (parent ? { [parent.field]: pid, ...value } : value);

	api.get(path, (ctx) => {
		const pid = parentId(ctx);
		const listQuery = list.paged ? parseListQuery(ctx.query, list) : null;
		loadParent(ctx, pid);
		const rows = table(ctx).rows.filter(inScope(ctx, pid));
		return ok(listQuery ? listPage(rows, listQuery, view) : rows.map(view));
	});

	api.post(path, (ctx) => {
		const pid = parentId(ctx);
		const value = validate(ctx.body, schema);
		loadParent(ctx, pid);
		const row = table(ctx).insert(withParent(prepare(ctx, value, null, pid), pid));
		return created(view(row));
	});

	const itemPath = `${path}/:${idParam}`;
	const loadItem = (ctx, pid, id) => {
		loadParent(ctx, pid);
		return table(ctx).get(id, inScope(ctx, pid));
	};

	api.get(itemPath, (ctx) => {
		const pid = parentId(ctx);
		return ok(view(loadItem(ctx, pid, parseId(ctx.params[idParam]))));
	});

	api.put(itemPath, (ctx) => {
		const pid = parentId(ctx);
		const id = parseId(ctx.params[idParam]);
		const value = validate(ctx.body, schema);
		const row = loadItem(ctx, pid, id);
		const fields = withParent(prepare(ctx, value, row, pid), pid);
		return ok(view(table(ctx).replace(row, fields)));
	});

	api.delete(itemPath, (ctx) => {
		const pid = parentId(ctx);
		const row = loadItem(ctx, pid, parseId(ctx.params[idParam]));
		table(ctx).remove(row);
		return noContent();
	});
}

module.exports = { registerCrud };
