'use strict';
/**
 * Aerona's webhooks, as the sandbox sends them. Aerona documents the object types (Patient,
 * Appointment, Treatment), the HTTPS requirement and the retries (24 more, hourly, until a 200), but
 * not the payload. The sandbox sends (INFERRED):
 *   { deliveryId, objectType: 'Appointment', event: 'Created' | 'Updated', id, occurredAt, data: <record> }
 * The same delivery keeps its deliveryId on retries. The sandbox accepts http:// targets (tests); the
 * real Aerona only calls https:// URLs.
 *
 * Control (no auth):
 *   POST   /__sandbox/aerona/webhooks        { appointment?, patient?, treatment?: url | [url],
 *                                              headers?, retryIntervalMs?, maxRetries?, timeoutMs? } -> the config
 *   GET    /__sandbox/aerona/webhooks        -> { config, deliveries: [every attempt] }
 *   DELETE /__sandbox/aerona/webhooks        -> 204: no targets, empty log, pending retries cancelled
 *   POST   /__sandbox/aerona/webhooks/fire   { type, count = 1, event = 'Updated', concurrency?, wait = true,
 *                                              timeoutMs?, report? }
 *          -> { fired, statuses: { '<status>': n } }: N distinct deliveries about existing records,
 *             all at once unless `concurrency` is smaller than `count`
 *          { repeat: true | deliveryIds: [...], concurrency?, ... } sends deliveries already sent again
 *             (same deliveryId and body): the last burst's, or the given ones
 *          `report: true` adds { timedOut, ms, deliveries: [{ deliveryId, status, ms, timedOut, error? }] }
 */
const { ok, noContent, badRequest } = require('../../lib/http');
const { iso } = require('./data');

const TYPES = { appointment: 'Appointment', patient: 'Patient', treatment: 'Treatment' };

let sequence = 0;
const nextDeliveryId = () => `dlv-${Date.now().toString(36)}-${(++sequence).toString(36)}`;

function payload(type, event, record) {
	return {
		deliveryId: nextDeliveryId(),
		objectType: TYPES[type],
		event,
		id: record.id,
		occurredAt: iso(Date.now()),
		data: record,
	};
}

/** Sends the change of a record to the URLs configured for its type. */
function emitChange(app, type, event, record) {
	const body = payload(type, event, { ...record });
	app.state.aerona.webhooks.emit(type, body, body.deliveryId);
}

function records(state, type) {
	if (type === 'appointment') return state.appointments.rows;
	if (type === 'patient') return state.patients.rows;
	// Aerona has no documented treatment API; the sandbox invents small treatment records for webhooks.
	return Array.from({ length: 20 }, (_, i) => ({
		id: 5000 + i,
		patientId: 426709 + i,
		name: 'Filling',
	}));
}

function registerWebhookControl(router, app) {
	const hooks = () => app.state.aerona.webhooks;
	router.add('POST', '/__sandbox/aerona/webhooks', (ctx) => {
		const body = ctx.body || {};
		const urls = {};
		for (const type of Object.keys(TYPES)) if (body[type] !== undefined) urls[type] = body[type];
		if (body.timeoutMs !== undefined && !(Number.isInteger(body.timeoutMs) && body.timeoutMs >= 1))
			throw badRequest('timeoutMs must be a positive integer');
		try {
			return ok(
				hooks().configure({
					urls,
					headers: body.headers,
					retryIntervalMs: body.retryIntervalMs,
					maxRetries: body.maxRetries,
					timeoutMs: body.timeoutMs,
				}),
			);
		} catch (err) {
			throw badRequest(`invalid webhook URL: ${err.message}`);
		}
	});
	router.add('GET', '/__sandbox/aerona/webhooks', () =>
		ok({ config: hooks().config(), deliveries: hooks().log() }),
	);
	router.add('DELETE', '/__sandbox/aerona/webhooks', () => {
		hooks().clear();
		return noContent();
	});
	router.add('POST', '/__sandbox/aerona/webhooks/fire', async (ctx) => {
		const body = ctx.body && typeof ctx.body === 'object' ? ctx.body : {};
		const { type = 'appointment', count = 1, event = 'Updated', concurrency, wait = true } = body;
		const errors = [];
		if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1))
			errors.push('concurrency must be a positive integer');
		if (body.timeoutMs !== undefined && !(Number.isInteger(body.timeoutMs) && body.timeoutMs >= 1))
			errors.push('timeoutMs must be a positive integer');
		if (body.deliveryIds !== undefined && !Array.isArray(body.deliveryIds))
			errors.push('deliveryIds must be an array of delivery IDs');
		if (errors.length) throw badRequest(errors);

		let bursts; // [{ type, bodies }] (a repeat can mix types)
		const repeat = Boolean(body.repeat) || body.deliveryIds !== undefined;
		if (repeat) {
			const ids = body.deliveryIds ?? hooks().lastBurst;
			if (ids.length === 0) throw badRequest('nothing to repeat: no burst was fired yet');
			const unknown = ids.filter((id) => !hooks().sent.has(id));
			if (unknown.length) throw badRequest(`unknown deliveryIds: ${unknown.join(', ')}`);
			const byType = new Map();
			for (const id of ids) {
				const { type: kind, body: sent } = hooks().sent.get(id);
				byType.set(kind, [...(byType.get(kind) ?? []), sent]);
			}
			bursts = [...byType].map(([kind, bodies]) => ({ type: kind, bodies }));
		} else {
			if (!TYPES[type]) throw badRequest(`type must be one of ${Object.keys(TYPES).join(', ')}`);
			if (!Number.isInteger(count) || count < 1 || count > 10000)
				throw badRequest('count must be 1 to 10000');
			const pool = records(app.state.aerona, type);
			const bodies = Array.from({ length: count }, (_, i) =>
				payload(type, event, { ...pool[i % pool.length] }),
			);
			bursts = [{ type, bodies }];
		}
		const fired = bursts.reduce((n, burst) => n + burst.bodies.length, 0);
		const started = Date.now();
		const sending = Promise.all(
			bursts.map((burst) =>
				hooks().deliverAll(burst.type, burst.bodies, {
					concurrency,
					idOf: (sent) => sent.deliveryId,
					timeoutMs: body.timeoutMs,
					repeat,
				}),
			),
		).then((lists) => lists.flat());
		if (!wait) return ok({ fired });
		const results = await sending;
		const statuses = {};
		for (const { status } of results) statuses[status] = (statuses[status] || 0) + 1;
		if (!body.report) return ok({ fired, statuses });
		return ok({
			fired,
			statuses,
			timedOut: results.filter((result) => result.timedOut).length,
			ms: Date.now() - started,
			deliveries: results.map(({ deliveryId, status, ms, timedOut, error }) => ({
				deliveryId,
				status,
				ms,
				timedOut,
				...(error ? { error } : {}),
			})),
		});
	});
}

module.exports = { emitChange, registerWebhookControl, TYPES };
