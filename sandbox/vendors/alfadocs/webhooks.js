'use strict';
/**
 * AlfaDocs webhooks (catalog §1.9): a POST with `Content-Type: application/x-www-form-urlencoded`,
 * indexed bracket keys and several events per POST:
 *   0[event]=appointment_created&0[objectId]=12345&0[data][created_entity][id]=12345&...&1[event]=...
 * The entity sits under data.created_entity / updated_entity / deleted_entity, with its archiveId.
 * Writes through the API queue events; the control endpoints send them (or given events) in one POST:
 *   PUT  /__sandbox/alfadocs/webhooks        {url}       where to send (null stops sending)
 *   GET  /__sandbox/alfadocs/webhooks                     {url, pending, deliveries}
 *   POST /__sandbox/alfadocs/webhooks/fire   {events?}   one POST with the given events, else the queue
 */
const { ok, badRequest } = require('../../lib/http');
const { formEncode, deliver } = require('../../lib/webhooks');

const ENTITY_KEY = {
	created: 'created_entity',
	updated: 'updated_entity',
	deleted: 'deleted_entity',
};

/** Queues the event of an API write: `appointment_created` with the appointment as created_entity. */
function queue(ctx, event, entity) {
	const action = event.split('_').pop();
	ctx.state.alfadocs.webhooks.pending.push({
		event,
		objectId: entity.id ?? entity.entryId,
		data: { [ENTITY_KEY[action] ?? 'entity']: { ...entity, archiveId: ctx.archive.archiveId } },
	});
}

function registerWebhookControl(router) {
	const hooks = (ctx) => ctx.state.alfadocs.webhooks;
	router.add('GET', '/__sandbox/alfadocs/webhooks', (ctx) => ok(hooks(ctx)));
	router.add('PUT', '/__sandbox/alfadocs/webhooks', (ctx) => {
		const url = ctx.body && ctx.body.url;
		if (url !== null && (typeof url !== 'string' || !/^https?:\/\//.test(url))) {
			throw badRequest(['url must be an http(s) URL or null']);
		}
		hooks(ctx).url = url;
		return ok({ url });
	});
	router.add('POST', '/__sandbox/alfadocs/webhooks/fire', async (ctx) => {
		const state = hooks(ctx);
		if (!state.url)
			throw badRequest(['no webhook URL: PUT /__sandbox/alfadocs/webhooks {url} first']);
		const given = ctx.body && ctx.body.events;
		if (given !== undefined && !Array.isArray(given)) throw badRequest(['events must be an array']);
		const events = given ?? state.pending.splice(0);
		if (events.length === 0) return ok({ sent: 0 });
		const body = formEncode(events);
		const result = await deliver(state.url, {
			body,
			contentType: 'application/x-www-form-urlencoded',
		});
		state.deliveries.push({
			url: state.url,
			events: events.length,
			status: result.status,
			at: new Date().toISOString(),
		});
		return ok({
			sent: events.length,
			status: result.status,
			response: result.body,
			error: result.error,
			body,
		});
	});
}

module.exports = { queue, registerWebhookControl };
