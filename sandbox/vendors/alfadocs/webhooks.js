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
 *        format: 'form' (default, AlfaDocs') | 'json' (a JSON array of the events) | 'json-object'
 *          (a JSON object keyed '0', '1', ..., what the form decodes to); a JSON `events` object (not
 *          an array) is sent as it is with format 'json'
 *        prepend?, append?: raw form fragments joined to the form body with '&' (e.g. a key nested
 *          20,000 levels deep beside valid events); rawBody?: the exact body instead (events unused)
 *        contentType?: overrides the Content-Type (null: none); timeoutMs?: the sender's timeout (10 s)
 */
const { ok, badRequest } = require('../../lib/http');
const { formEncode, deliver } = require('../../lib/webhooks');

const FORM = 'application/x-www-form-urlencoded';
const FORMATS = ['form', 'json', 'json-object'];

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
		const options = ctx.body && typeof ctx.body === 'object' ? ctx.body : {};
		const { format = 'form', prepend, append, rawBody, contentType, timeoutMs } = options;
		const given = options.events;
		const errors = [];
		if (!FORMATS.includes(format)) errors.push(`format must be one of ${FORMATS.join(', ')}`);
		const objectEvents = format === 'json' && given !== null && typeof given === 'object';
		if (given !== undefined && !Array.isArray(given) && !objectEvents)
			errors.push('events must be an array');
		for (const [name, value] of Object.entries({ prepend, append, rawBody }))
			if (value !== undefined && typeof value !== 'string') errors.push(`${name} must be a string`);
		if ((prepend !== undefined || append !== undefined) && format !== 'form')
			errors.push('prepend and append are form fragments: use them with format form');
		if (
			rawBody !== undefined &&
			(prepend !== undefined || append !== undefined || given !== undefined)
		)
			errors.push('rawBody is the whole body: leave out events, prepend and append');
		if (contentType !== undefined && contentType !== null && typeof contentType !== 'string')
			errors.push('contentType must be a string, or null for none');
		if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs >= 1))
			errors.push('timeoutMs must be a positive integer');
		if (errors.length) throw badRequest(errors);

		let events = [];
		let body;
		let type;
		if (rawBody !== undefined) {
			body = rawBody;
			type = FORM;
		} else {
			events = given ?? state.pending.splice(0);
			const count = Array.isArray(events) ? events.length : 1;
			if (count === 0 && prepend === undefined && append === undefined) return ok({ sent: 0 });
			if (format === 'form') {
				body = [prepend, formEncode(events), append].filter((part) => part).join('&');
				type = FORM;
			} else {
				const value =
					format === 'json-object'
						? Object.fromEntries(events.map((e, i) => [String(i), e]))
						: events;
				body = JSON.stringify(value);
				type = 'application/json';
			}
		}
		if (contentType !== undefined) type = contentType;
		const sent = rawBody !== undefined ? 0 : Array.isArray(events) ? events.length : 1;
		const result = await deliver(state.url, { body, contentType: type, timeoutMs });
		state.deliveries.push({
			url: state.url,
			events: sent,
			format: rawBody !== undefined ? 'raw' : format,
			bytes: Buffer.byteLength(body),
			status: result.status,
			ms: result.ms,
			timedOut: result.timedOut,
			at: new Date().toISOString(),
		});
		return ok({
			sent,
			status: result.status,
			response: result.body,
			error: result.error,
			body,
			contentType: type,
			ms: result.ms,
			timedOut: result.timedOut,
		});
	});
}

module.exports = { queue, registerWebhookControl };
