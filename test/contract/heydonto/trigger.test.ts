import type { IDataObject } from 'n8n-workflow';

import { HeyDontoTrigger } from '../../../nodes/HeyDonto/HeyDontoTrigger.node';
import { FakeApi, pollNode, poller as pollWith } from '../../helpers/fakeN8n';
import type { PollRun } from '../../helpers/fakeN8n';
import {
	FHIR,
	SITE,
	appointment,
	bundle,
	ids,
	patient,
	simpleAppointment,
} from '../../helpers/fhir';
import { BASE, byId, get, tokenCredential } from '../../helpers/heydonto';

/**
 * The HeyDonto Trigger polled poll after poll against canned FHIR answers: the exact searches it sends
 * and the exact items it emits, with the cursor it keeps in the node's static data.
 */

const T = (minute: number, ms = 0) =>
	new Date(Date.UTC(2026, 10, 29, 10, minute, 0, ms)).toISOString();

/** An appointment changed at `lastUpdated`, at `version`. */
const changed = (id: string, lastUpdated: string, version = '2', extra: IDataObject = {}) =>
	appointment(id, { meta: { versionId: version, lastUpdated }, ...extra });

const trigger = new HeyDontoTrigger();

const poller = (parameters: IDataObject = {}) =>
	pollWith(trigger, tokenCredential(), { siteId: SITE, resource: 'appointment', ...parameters });

const newest = (count = 100) =>
	get(`${FHIR}/appointment`, { _sort: '-_lastUpdated', _count: count });
const since = (watermark: string, token?: string) =>
	get(`${FHIR}/appointment`, {
		_lastUpdated: `ge${watermark}`,
		_sort: '_lastUpdated',
		_count: 100,
		...(token ? { _page_token: token } : {}),
	});
const answer = (resources: IDataObject[], next?: string) => ({
	body: bundle('appointment', resources, { next }),
});

describe('HeyDonto Trigger', () => {
	it('a manual run returns the latest five, simplified, and leaves the cursor alone', async () => {
		const latest = [1, 2, 3, 4, 5].map((n) => changed(`a${n}`, T(10 - n)));
		const { poll, staticData } = poller();
		const { records, requests } = await poll([answer(latest)], 'manual');
		expect(requests).toEqual([newest(5)]);
		expect(records).toEqual(latest.map((resource) => simpleAppointment(resource)));
		expect(staticData).toEqual({});
	});

	it('the first poll emits nothing and starts at the newest change, with every appointment sharing its time', async () => {
		const { poll, staticData } = poller();
		const { emitted, requests } = await poll([
			answer([changed('a1', T(5)), changed('a2', T(5)), changed('a3', T(4))]),
		]);
		expect(requests).toEqual([newest()]);
		expect(emitted).toBeNull();
		expect(staticData).toEqual({
			cursor: { key: 'heydonto|site:1|Appointment|from:', watermark: T(5), seen: ['a1@2', 'a2@2'] },
		});
	});

	it('then emits what changed since, oldest first, once; a tie with the watermark not seen yet is emitted', async () => {
		const { poll, staticData } = poller({ output: 'raw' });
		await poll([answer([changed('a1', T(5)), changed('a0', T(4))])]);

		const later = [
			changed('a1', T(5)),
			changed('tie', T(5)),
			changed('b', T(6)),
			changed('c', T(7)),
		];
		const second = await poll([answer(later)]);
		expect(second.requests).toEqual([since(T(5))]);
		expect(second.records).toEqual(later.slice(1));
		expect(staticData.cursor).toEqual({
			key: 'heydonto|site:1|Appointment|from:',
			watermark: T(7),
			seen: ['c@2'],
		});

		const third = await poll([answer([changed('c', T(7))])]);
		expect(third.requests).toEqual([since(T(7))]);
		expect(third.emitted).toBeNull();
		expect(staticData.cursor).toEqual({
			key: 'heydonto|site:1|Appointment|from:',
			watermark: T(7),
			seen: ['c@2'],
		});
	});

	it('an appointment changed again within the same millisecond is emitted again: its version differs', async () => {
		const { poll } = poller({ output: 'raw' });
		await poll([answer([changed('a1', T(5), '2')])]);
		const again = changed('a1', T(5), '3');
		const { records } = await poll([answer([again])]);
		expect(records).toEqual([again]);
	});

	it('reads every page of the changes, following the next links', async () => {
		const { poll } = poller({ output: 'raw' });
		await poll([answer([changed('a0', T(0))])]);
		const page1 = Array.from({ length: 100 }, (_, n) => changed(`p1-${n}`, T(1, n)));
		const page2 = Array.from({ length: 30 }, (_, n) => changed(`p2-${n}`, T(2, n)));
		const { records, requests } = await poll([
			answer([changed('a0', T(0)), ...page1], 'tok2'),
			answer(page2),
		]);
		expect(requests).toEqual([since(T(0)), since(T(0), 'tok2')]);
		expect(records).toEqual([...page1, ...page2]);
	});

	it('a poll that fails half-way emits nothing and keeps the cursor: the next poll emits everything', async () => {
		const { poll, staticData } = poller({ output: 'raw' });
		await poll([answer([changed('a0', T(0))])]);
		const before = JSON.parse(JSON.stringify(staticData)) as IDataObject;
		const page1 = [changed('b', T(1)), changed('c', T(2))];
		const page2 = [changed('d', T(3))];
		await expect(
			poll([
				answer(page1, 'tok2'),
				{ status: 500, body: { statusCode: 500, message: 'Internal server error' } },
			]),
		).rejects.toThrow('The HeyDonto API answered 500: Internal server error');
		expect(staticData).toEqual(before);

		const retry = await poll([answer(page1, 'tok2'), answer(page2)]);
		expect(retry.requests).toEqual([since(T(0)), since(T(0), 'tok2')]);
		expect(retry.records).toEqual([...page1, ...page2]);
	});

	it('"New Appointment" emits only appointments at their first version, or created after the watermark', async () => {
		const { poll } = poller({ event: 'created', output: 'raw' });
		await poll([answer([changed('a0', T(0))])]);
		const changes = [
			changed('updated', T(1), '3'),
			changed('created', T(2), '1'),
			changed('editedRightAway', T(3), '2', { created: T(2) }),
			changed('bookedLongAgo', T(4), '2', { created: '2026-06-01T00:00:00.000Z' }),
		];
		const { records } = await poll([answer(changes)]);
		expect(records.map((record) => record.id)).toEqual(['created', 'editedRightAway']);
	});

	it('Start From: the first poll emits what changed since then', async () => {
		const { poll, staticData } = poller({ startFrom: '2026-11-29T11:00:00', output: 'raw' });
		const changes = [changed('b', T(5)), changed('c', T(6))];
		const { records, requests } = await poll([answer(changes)]);
		expect(requests).toEqual([since('2026-11-29T10:00:00.000Z')]);
		expect(records).toEqual(changes);
		expect((staticData.cursor as IDataObject).key).toBe(
			'heydonto|site:1|Appointment|from:2026-11-29T10:00:00.000Z',
		);
	});

	it('over Max Records per Poll, the oldest are emitted, a warning says so, and the next poll goes on', async () => {
		const { poll } = poller({ output: 'raw', options: { maxPerPoll: 2 } });
		await poll([answer([changed('a0', T(0))])]);
		const changes = [changed('b', T(1)), changed('c', T(2)), changed('d', T(3))];
		const first = await poll([answer(changes)]);
		expect(first.records).toEqual(changes.slice(0, 2));
		expect(first.warnings).toEqual([
			'Node Under Test: more than 2 appointments changed since the last poll. This poll emits the oldest 2 (Max Records per Poll); the others follow with the next polls.',
		]);
		const second = await poll([answer(changes.slice(1))]);
		expect(second.requests).toEqual([since(T(2))]);
		expect(second.records).toEqual([changes[2]]);
		expect(second.warnings).toEqual([]);
	});

	it('watching another site starts over, as a new trigger', async () => {
		const api = new FakeApi();
		const staticData: IDataObject = {};
		const run = async (site: string, responses: PollRun['responses']) =>
			await pollNode(trigger, {
				parameters: { siteId: byId(site), resource: 'appointment' },
				credentials: tokenCredential(),
				api,
				staticData,
				responses,
			});
		await run('1', [answer([changed('a0', T(0))])]);
		const other = await run('2', [{ body: bundle('appointment', [changed('x', T(9))]) }]);
		expect(other.requests).toEqual([
			get('/site/2/fhir/appointment', { _sort: '-_lastUpdated', _count: 100 }),
		]);
		expect(other.emitted).toBeNull();
		expect(staticData.cursor).toEqual({
			key: 'heydonto|site:2|Appointment|from:',
			watermark: T(9),
			seen: ['x@2'],
		});
	});

	it('Patient: polls /fhir/patient', async () => {
		const { poll } = poller({ resource: 'patient' });
		const { requests } = await poll([{ body: bundle('patient', [patient()]) }]);
		expect(requests).toEqual([get(`${FHIR}/patient`, { _sort: '-_lastUpdated', _count: 100 })]);
	});

	it('a resource without meta.lastUpdated fails the poll, saying why', async () => {
		const { poll } = poller();
		const bare = { resourceType: 'Appointment', id: ids.appointment, status: 'booked' };
		await expect(poll([answer([bare])])).rejects.toMatchObject({
			message: 'HeyDonto sent a Appointment without meta.lastUpdated',
		});
	});

	it('bad parameters fail before any request', async () => {
		const { poll, api } = poller({ siteId: byId('x1'), startFrom: 'soon' });
		await expect(poll([])).rejects.toThrow(
			'Invalid value for "Site": expected a numeric ID (a whole number such as 42), but got "x1"',
		);
		expect(api.requests).toEqual([]);
		const late = poller({ startFrom: 'soon' });
		await expect(late.poll([])).rejects.toThrow(
			'Invalid value for "Start From": expected a date and time such as 2026-11-20T09:00:00, but got "soon"',
		);
		expect(late.api.requests).toEqual([]);
	});

	it('next links are followed on any host by their _page_token', async () => {
		const { poll } = poller({ output: 'raw' });
		await poll([answer([changed('a0', T(0))])]);
		const first = {
			body: {
				...bundle('appointment', [changed('b', T(1))]),
				link: [
					{
						relation: 'next',
						url: 'https://healthcare.example/fhir/Appointment?_page_token=t2&_count=100',
					},
				],
			},
		};
		const { requests } = await poll([first, answer([changed('c', T(2))])]);
		expect(requests).toEqual([since(T(0)), since(T(0), 't2')]);
		expect(requests.every((request) => request.url.startsWith(BASE))).toBe(true);
	});
});
