import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeProperties,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { parseDate } from './dates';
import { invalidParameter, isBlank, toInteger } from './validate';

/**
 * Polling triggers for APIs that send no webhooks: what changed since the last poll, read from a list
 * sorted by change time, with a cursor in the node's static data. Written once for every vendor; a
 * vendor gives a ChangeFeed (how to read its list, newest or oldest first) and how to read a record's
 * ID and times.
 *
 * - The cursor is a watermark, the change time of the newest record handled, and the IDs of the
 *   records handled at exactly that time: a record changed at the watermark is emitted once, however
 *   many records share that time.
 * - A poll reads every page down (or up) to the watermark, so nothing is missed when many records
 *   change between two polls. It emits at most `max` records, the oldest changes first; the others
 *   follow with the next polls, and n8n's log says so.
 * - The cursor moves only when a poll has read all it needs. A request that fails leaves it where it
 *   was: the next poll reads the same changes again.
 * - The first poll of a new trigger emits nothing and starts at the newest change (by the API's clock,
 *   not n8n's), unless a start time is given. Re-activating a trigger, or restarting n8n, goes on from
 *   the cursor; changing what the trigger watches starts over.
 * - A manual run ("Fetch Test Event") returns the latest few records and leaves the cursor alone.
 */

/** What a poll reads from one record. */
export interface Stamp {
	id: string;
	/** When the record last changed (ms since the epoch). */
	changedAt: number;
	/** When the record was created, if the record says. */
	createdAt?: number;
	/** The record's version, if the API gives one (FHIR's meta.versionId). */
	version?: string;
	/** Whether this is the record's first version, if the API says (FHIR's meta.versionId "1"). */
	firstVersion?: boolean;
}

/**
 * How the cursor remembers a record handled at the watermark: its ID, with its version when the API
 * gives one, so a record changed twice within the same millisecond is not taken for the one handled.
 */
const seenKey = (stamp: Stamp) =>
	stamp.version === undefined ? stamp.id : `${stamp.id}@${stamp.version}`;
const idOfKey = (key: string) => (key.includes('@') ? key.slice(0, key.lastIndexOf('@')) : key);

export interface ChangeFeed {
	/** "appointments", for messages. */
	noun: string;
	/** "HeyDonto", for messages. */
	vendor: string;
	/** Pages of records, the latest change first. */
	newestFirst(pageSize: number): AsyncIterable<IDataObject[]>;
	/**
	 * Pages of records changed at or after `since` (an ISO instant; every record when undefined), the
	 * oldest change first. Only for APIs that filter by change time; the others are read newest first.
	 */
	oldestFirstSince?(since: string | undefined, pageSize: number): AsyncIterable<IDataObject[]>;
	/** The ID and times of a record; throws when the record has none. */
	stamp(record: IDataObject): Stamp;
}

/** Where a trigger is: kept in the node's static data. */
export interface Cursor {
	/** What the trigger watches (site, resource, start time): another key starts over. */
	key: string;
	/** The change time of the newest record handled (ISO, UTC, ms); null: none yet, read everything. */
	watermark: string | null;
	/** The records handled that changed exactly at the watermark: their IDs (`id@version` with a version). */
	seen: string[];
}

export type PollEvent = 'created' | 'createdOrUpdated';

/** Records per request while polling. */
export const POLL_PAGE_SIZE = 100;
/** Records a manual run returns. */
export const SAMPLE_SIZE = 5;
export const DEFAULT_MAX_PER_POLL = 1000;

const iso = (ms: number) => new Date(ms).toISOString();

interface Change {
	stamp: Stamp;
	record: IDataObject;
}

/** Fails a poll whose pages are not in the order asked for: it could not tell what changed. */
class OrderCheck {
	private previous: number | undefined;

	constructor(
		private readonly node: INode,
		private readonly feed: ChangeFeed,
		private readonly ascending: boolean,
	) {}

	next(stamp: Stamp) {
		const previous = this.previous;
		this.previous = stamp.changedAt;
		if (previous === undefined) return;
		const wrong = this.ascending ? stamp.changedAt < previous : stamp.changedAt > previous;
		if (!wrong) return;
		throw new NodeOperationError(
			this.node,
			`${this.feed.vendor} did not return the ${this.feed.noun} sorted by their last change`,
			{
				description: `A record changed at ${iso(stamp.changedAt)} came after one changed at ${iso(previous)}, in a list asked for ${this.ascending ? 'oldest' : 'newest'} first. Without that order the trigger cannot tell what changed since the last poll.`,
			},
		);
	}
}

export interface PollResult {
	/** The records to emit, the oldest change first. */
	records: IDataObject[];
	/** The cursor after them. */
	cursor: Cursor;
	/** More changes than `max`: the others wait for the next polls. */
	capped: boolean;
}

/** In changes read newest first: the last read of those that share the newest change time. */
function lastOfNewest(changes: Map<string, Change>): string {
	let newest: number | undefined;
	let last = '';
	for (const [id, change] of changes) {
		newest ??= change.stamp.changedAt;
		if (change.stamp.changedAt !== newest) break;
		last = id;
	}
	return last;
}

/** Whether a change is a record created since the watermark (not one created before and changed since). */
function isNew(stamp: Stamp, since: number | undefined, seenIds: Set<string>): boolean {
	// No watermark: the list was empty when the trigger started, so every record is new.
	if (since === undefined) return true;
	if (stamp.firstVersion === true) return true;
	if (stamp.createdAt === undefined) return false;
	return stamp.createdAt > since || (stamp.createdAt === since && !seenIds.has(stamp.id));
}

/**
 * The changes since the cursor, up to `max` (the oldest first), and the cursor after them. Reads
 * oldest first from the watermark when the feed can, else newest first down to the watermark, keeping
 * the oldest `max` changes it meets.
 */
export async function readChanges(
	node: INode,
	feed: ChangeFeed,
	cursor: Cursor,
	{ event, max }: { event: PollEvent; max: number },
): Promise<PollResult> {
	const since = cursor.watermark === null ? undefined : Date.parse(cursor.watermark);
	const seen = new Set(cursor.seen);
	const handled = (stamp: Stamp) =>
		since !== undefined && stamp.changedAt === since && seen.has(seenKey(stamp));
	// Insertion order: the reading order (oldest or newest first); one entry per record.
	const changes = new Map<string, Change>();
	let capped = false;
	if (feed.oldestFirstSince) {
		const order = new OrderCheck(node, feed, true);
		reading: for await (const page of feed.oldestFirstSince(
			cursor.watermark ?? undefined,
			POLL_PAGE_SIZE,
		)) {
			for (const record of page) {
				const stamp = feed.stamp(record);
				order.next(stamp);
				if ((since !== undefined && stamp.changedAt < since) || handled(stamp)) continue;
				// A record changed again while the poll reads comes again later: keep its latest version.
				changes.delete(stamp.id);
				if (changes.size >= max) {
					capped = true;
					break reading;
				}
				changes.set(stamp.id, { stamp, record });
			}
		}
	} else {
		const order = new OrderCheck(node, feed, false);
		const dropped = new Set<string>();
		reading: for await (const page of feed.newestFirst(POLL_PAGE_SIZE)) {
			for (const record of page) {
				const stamp = feed.stamp(record);
				order.next(stamp);
				if (since !== undefined && stamp.changedAt < since) break reading;
				if (handled(stamp) || changes.has(stamp.id) || dropped.has(stamp.id)) continue;
				changes.set(stamp.id, { stamp, record });
				if (changes.size > max) {
					// Keep the oldest `max`: the newest change (of those sharing the newest time, the one the
					// API gave last) waits for the next poll.
					const newest = lastOfNewest(changes);
					changes.delete(newest);
					dropped.add(newest);
					capped = true;
				}
			}
		}
	}
	// Oldest change first; records that changed at the same time stay in the order the API gave them.
	const ordered = [...changes.values()].sort((a, b) => a.stamp.changedAt - b.stamp.changedAt);
	if (ordered.length === 0) return { records: [], cursor, capped: false };
	const watermark = ordered[ordered.length - 1].stamp.changedAt;
	const atWatermark = ordered
		.filter((change) => change.stamp.changedAt === watermark)
		.map((change) => seenKey(change.stamp));
	const next: Cursor = {
		key: cursor.key,
		watermark: iso(watermark),
		seen: [...new Set(watermark === since ? [...cursor.seen, ...atWatermark] : atWatermark)],
	};
	const seenIds = new Set(cursor.seen.map(idOfKey));
	const emitted =
		event === 'created' ? ordered.filter((change) => isNew(change.stamp, since, seenIds)) : ordered;
	return { records: emitted.map((change) => change.record), cursor: next, capped };
}

/** The cursor of a trigger that starts now: at the newest change, with every record that shares its time. */
export async function startingCursor(node: INode, feed: ChangeFeed, key: string): Promise<Cursor> {
	const order = new OrderCheck(node, feed, false);
	let newest: number | undefined;
	const seen: string[] = [];
	reading: for await (const page of feed.newestFirst(POLL_PAGE_SIZE)) {
		for (const record of page) {
			const stamp = feed.stamp(record);
			order.next(stamp);
			newest ??= stamp.changedAt;
			if (stamp.changedAt !== newest) break reading;
			seen.push(seenKey(stamp));
		}
	}
	return { key, watermark: newest === undefined ? null : iso(newest), seen };
}

/** The latest records, newest first, for a manual run. */
export async function latestRecords(feed: ChangeFeed, count: number): Promise<IDataObject[]> {
	for await (const page of feed.newestFirst(count)) return page.slice(0, count);
	return [];
}

function storedCursor(value: unknown): Cursor | undefined {
	const cursor = value as Cursor | undefined;
	if (!cursor || typeof cursor !== 'object' || typeof cursor.key !== 'string') return undefined;
	if (cursor.watermark !== null && Number.isNaN(Date.parse(String(cursor.watermark))))
		return undefined;
	if (!Array.isArray(cursor.seen)) return undefined;
	return cursor;
}

export interface PollSetup {
	feed: ChangeFeed;
	/** What the trigger watches (site, resource...): when it changes, the trigger starts over. */
	key: string;
	event: PollEvent;
	/** The first poll emits what changed since then (ISO); none: only what changes from now on. */
	startFrom?: string;
	max: number;
	/** An output item of a record (a simplified view...); default the record. */
	output?(record: IDataObject): IDataObject;
}

/**
 * A polling trigger's `poll`: a manual run returns the latest records; an active one reads the
 * changes since its cursor, emits them and moves the cursor, in the node's static data, once the poll
 * has read everything. Returns null when there is nothing to emit.
 */
export async function pollChanges(
	this: IPollFunctions,
	setup: PollSetup,
): Promise<INodeExecutionData[][] | null> {
	const output = setup.output ?? ((record: IDataObject) => record);
	const emit = (records: IDataObject[]) =>
		records.length === 0 ? null : [this.helpers.returnJsonArray(records.map(output))];
	if (this.getMode() === 'manual') return emit(await latestRecords(setup.feed, SAMPLE_SIZE));
	const node = this.getNode();
	const key = `${setup.key}|from:${setup.startFrom ?? ''}`;
	const data = this.getWorkflowStaticData('node');
	let cursor = storedCursor(data.cursor);
	if (cursor?.key !== key) {
		if (setup.startFrom === undefined) {
			data.cursor = await startingCursor(node, setup.feed, key);
			return null;
		}
		cursor = { key, watermark: setup.startFrom, seen: [] };
	}
	const result = await readChanges(node, setup.feed, cursor, {
		event: setup.event,
		max: setup.max,
	});
	if (result.capped)
		this.logger.warn(
			`${node.name}: more than ${setup.max} ${setup.feed.noun} changed since the last poll. This poll emits the oldest ${setup.max} (Max Records per Poll); the others follow with the next polls.`,
		);
	if (JSON.stringify(result.cursor) !== JSON.stringify(data.cursor)) data.cursor = result.cursor;
	return emit(result.records);
}

/** The trigger's "Trigger On" parameter, for one kind of record ("Appointment"). */
export function eventProperty(noun: string): INodeProperties {
	const events = [
		{ name: `New ${noun}`, value: 'created', description: `A ${noun.toLowerCase()} is created` },
		{
			name: `New or Updated ${noun}`,
			value: 'createdOrUpdated',
			description: `A ${noun.toLowerCase()} is created or changed`,
		},
	];
	return {
		displayName: 'Trigger On',
		name: 'event',
		type: 'options',
		options: events,
		default: 'createdOrUpdated',
	};
}

export const startFromProperty: INodeProperties = {
	displayName: 'Start From',
	name: 'startFrom',
	type: 'dateTime',
	default: '',
	description:
		'The first poll after activation also emits what changed since this time. Empty: only what changes after the workflow is activated.',
};

export const maxPerPollOption: INodeProperties = {
	displayName: 'Max Records per Poll',
	name: 'maxPerPoll',
	type: 'number',
	default: DEFAULT_MAX_PER_POLL,
	typeOptions: { minValue: 1, maxValue: 100000, numberPrecision: 0 },
	description:
		"The most records one poll emits (one execution). When more changed, the oldest are emitted first and the others with the next polls; n8n's log says so.",
};

/** Start From as an ISO instant (a value without a zone is in the workflow's time zone), or undefined. */
export function readStartFrom(ctx: IPollFunctions): string | undefined {
	const value = ctx.getNodeParameter('startFrom', '') as unknown;
	if (isBlank(value)) return undefined;
	const date =
		typeof value === 'string'
			? DateTime.fromISO(value.trim().replace(' ', 'T'), { zone: ctx.getTimezone() })
			: parseDate(value);
	if (!date?.isValid)
		throw invalidParameter(
			ctx,
			0,
			'Start From',
			'a date and time such as 2026-11-20T09:00:00',
			value,
		);
	return date.toUTC().toISO() ?? undefined;
}

/** A trigger's Options: the vendor's own, and Max Records per Poll. */
export function pollOptions(more: INodeProperties[] = []): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [...more, maxPerPollOption].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

/** Trigger On, Start From and Max Records per Poll, read and checked. */
export function pollSettings(ctx: IPollFunctions): Pick<PollSetup, 'event' | 'startFrom' | 'max'> {
	const event = ctx.getNodeParameter('event', 'createdOrUpdated');
	return {
		event: event === 'created' ? 'created' : 'createdOrUpdated',
		startFrom: readStartFrom(ctx),
		max: readMaxPerPoll(ctx),
	};
}

/** Options › Max Records per Poll, checked. */
export const readMaxPerPoll = (ctx: IPollFunctions): number =>
	toInteger(
		ctx,
		0,
		'Max Records per Poll',
		ctx.getNodeParameter('options.maxPerPoll', DEFAULT_MAX_PER_POLL),
		1,
		100000,
	);
