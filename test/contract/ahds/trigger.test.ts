import type { IDataObject } from 'n8n-workflow';

import { AhdsTrigger } from '../../../nodes/Ahds/AhdsTrigger.node';
import { AHDS, page, request, site, tokenCredential } from '../../helpers/ahds';
import { poller as pollWith } from '../../helpers/fakeN8n';

/**
 * The AHDS Trigger polled poll after poll against canned answers: AHDS lists cannot be filtered by
 * time, so it reads newest first (sortBy=updatedAt&sortOrder=desc) down to its watermark.
 */

const T = (minute: number, ms = 0) =>
	new Date(Date.UTC(2026, 10, 29, 10, minute, 0, ms)).toISOString();

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const vaccination = (n: number, updatedAt: string, createdAt = '2026-06-01T00:00:00.000Z') => ({
	vaccinationId: uuid(n),
	animalId: uuid(900),
	nextAdministrationDate: '2027-06-01T00:00:00.000Z',
	createdAt,
	updatedAt,
});

const trigger = new AhdsTrigger();

const poller = (parameters: IDataObject = {}) =>
	pollWith(trigger, tokenCredential(), { siteId: site, resource: 'vaccination', ...parameters });

const newest = (pageIndex: number, pageSize = 100, path = `${AHDS}/vaccination`, base?: string) =>
	request('GET', path, {
		qs: { sortBy: 'updatedAt', sortOrder: 'desc', page: pageIndex, pageSize },
		base,
	});

describe('AHDS Trigger', () => {
	it('a manual run returns the five latest changes and leaves the cursor alone', async () => {
		const latest = [1, 2, 3, 4, 5].map((n) => vaccination(n, T(10 - n)));
		const { poll, staticData } = poller();
		const { records, requests } = await poll([page(latest, 40, 0, 5)], 'manual');
		expect(requests).toEqual([newest(0, 5)]);
		expect(records).toEqual(latest);
		expect(staticData).toEqual({});
	});

	it('the first poll emits nothing and starts at the newest change', async () => {
		const { poll, staticData } = poller();
		const { emitted, requests } = await poll([
			page([vaccination(1, T(5)), vaccination(2, T(5)), vaccination(3, T(1))], 3),
		]);
		expect(requests).toEqual([newest(0)]);
		expect(emitted).toBeNull();
		expect(staticData.cursor).toEqual({
			key: 'ahds|site:7|vaccination|vaccinationId||from:',
			watermark: T(5),
			seen: [uuid(1), uuid(2)],
		});
	});

	it('reads page after page down to the watermark and emits the changes oldest first; ties are emitted once', async () => {
		const { poll, staticData } = poller();
		await poll([page([vaccination(1, T(5)), vaccination(2, T(1))], 2)]);
		// 150 changes after the watermark, one of them tied with it, over two pages; then the old ones.
		const changes = Array.from({ length: 149 }, (_, n) => vaccination(100 + n, T(10, 149 - n)));
		const tie = vaccination(3, T(5));
		const firstPage = changes.slice(0, 100);
		const secondPage = [...changes.slice(100), tie, vaccination(1, T(5)), vaccination(2, T(1))];
		const { records, requests } = await poll([page(firstPage, 153), page(secondPage, 153, 1)]);
		expect(requests).toEqual([newest(0), newest(1)]);
		expect(records).toEqual([tie, ...[...changes].reverse()]);
		expect(staticData.cursor).toEqual({
			key: 'ahds|site:7|vaccination|vaccinationId||from:',
			watermark: T(10, 149),
			seen: [uuid(100)],
		});

		const idle = await poll([page([vaccination(100, T(10, 149)), ...changes.slice(1, 10)], 153)]);
		expect(idle.requests).toEqual([newest(0)]);
		expect(idle.emitted).toBeNull();
	});

	it('a poll that fails on its second page keeps the cursor; the next poll emits everything', async () => {
		const { poll, staticData } = poller();
		await poll([page([vaccination(1, T(0))], 1)]);
		const before = JSON.parse(JSON.stringify(staticData)) as IDataObject;
		const changes = Array.from({ length: 120 }, (_, n) => vaccination(100 + n, T(5, 119 - n)));
		const older = [...changes.slice(100), vaccination(1, T(0))];
		await expect(
			poll([page(changes.slice(0, 100), 121), { status: 502, body: { message: 'Bad Gateway' } }]),
		).rejects.toThrow('The AHDS API answered 502: Bad Gateway');
		expect(staticData).toEqual(before);
		const { records } = await poll([page(changes.slice(0, 100), 121), page(older, 121, 1)]);
		expect(records).toEqual([...changes].reverse());
	});

	it('"New Record" emits the records created after the watermark', async () => {
		const { poll } = poller({ event: 'created' });
		await poll([page([vaccination(1, T(0), T(0))], 1)]);
		const created = vaccination(2, T(3), T(3));
		const updated = vaccination(3, T(4), '2026-01-01T00:00:00.000Z');
		const { records } = await poll([page([updated, created, vaccination(1, T(0), T(0))], 3)]);
		expect(records).toEqual([created]);
	});

	it('over Max Records per Poll, the oldest are emitted and the newest wait for the next poll', async () => {
		const { poll } = poller({ options: { maxPerPoll: 2 } });
		await poll([page([vaccination(1, T(0))], 1)]);
		const [a, b, c] = [vaccination(2, T(1)), vaccination(3, T(2)), vaccination(4, T(3))];
		const first = await poll([page([c, b, a, vaccination(1, T(0))], 4)]);
		expect(first.records).toEqual([a, b]);
		expect(first.warnings).toEqual([
			'Node Under Test: more than 2 vaccination records changed since the last poll. This poll emits the oldest 2 (Max Records per Poll); the others follow with the next polls.',
		]);
		const second = await poll([page([c, b, a], 4)]);
		expect(second.records).toEqual([c]);
	});

	it('Other Resource: the path name, its ID field (derived or given) and Options › Base URL', async () => {
		const reminder = (n: number, updatedAt: string) => ({ reminderId: uuid(n), updatedAt });
		const { poll, staticData } = poller({
			resource: 'other',
			resourcePath: 'reminder',
			options: { baseUrl: 'https://ahds.example/' },
		});
		const { requests } = await poll([page([reminder(1, T(1))], 1)]);
		expect(requests).toEqual([newest(0, 100, `${AHDS}/reminder`, 'https://ahds.example')]);
		expect(staticData.cursor).toEqual({
			key: 'ahds|site:7|reminder|reminderId|https://ahds.example|from:',
			watermark: T(1),
			seen: [uuid(1)],
		});

		const custom = poller({ resource: 'other', resourcePath: 'estimate', idFieldName: 'id' });
		await custom.poll([page([{ id: 'e-1', updatedAt: T(1) }], 1)]);
		expect((custom.staticData.cursor as IDataObject).seen).toEqual(['e-1']);
	});

	it('a record without its ID field fails the poll, naming the field', async () => {
		const { poll } = poller({ resource: 'other', resourcePath: 'estimate' });
		await expect(poll([page([{ id: 'e-1', updatedAt: T(1) }], 1)])).rejects.toMatchObject({
			message: 'AHDS sent a estimate record without estimateId',
		});
	});

	it('bad parameters fail before any request', async () => {
		const { poll, api } = poller({ resource: 'other', resourcePath: 'no such/path' });
		await expect(poll([])).rejects.toThrow(
			'Invalid value for "Resource Path Name": expected a resource path name of letters, digits and dashes, such as reminder, but got "no such/path"',
		);
		const max = poller({ options: { maxPerPoll: 0 } });
		await expect(max.poll([])).rejects.toThrow(
			'Invalid value for "Max Records per Poll": expected a whole number from 1 to 100000, but got 0',
		);
		expect([...api.requests, ...max.api.requests]).toEqual([]);
	});
});
