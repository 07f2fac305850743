import { TEST_NODE } from '../../helpers/fakeN8n';
import { byId, get, items, runHeyDonto } from '../../helpers/heydonto';

/**
 * HeyDonto node version 1.1 (the default for new nodes): client accounts are a filter of Get Many, and
 * open slots come simplified. Version 1 nodes (the other contract tests run as version 1) keep their
 * top-level Client Account IDs and raw slots.
 */
const V1_1 = { ...TEST_NODE, typeVersion: 1.1 };

describe('HeyDonto › node version 1.1', () => {
	it('Site › Get Many takes the client accounts among its Filters', async () => {
		const { requests } = await runHeyDonto({
			node: V1_1,
			parameters: {
				resource: 'site',
				operation: 'getAll',
				limit: 5,
				filters: { clientAccountId: '10, 20', name: 'Downtown' },
			},
			responses: [{ body: [] }],
		});
		expect(requests).toEqual([
			get('/site', { clientAccountId: [10, 20], name: 'Downtown', page: 0, pageSize: 5 }),
		]);
	});

	it('Site › Get Many of a version 1.1 node ignores a top-level Client Account IDs it does not show', async () => {
		const { requests } = await runHeyDonto({
			node: V1_1,
			parameters: { resource: 'site', operation: 'getAll', limit: 5, clientAccountIds: '10' },
			responses: [{ body: [] }],
		});
		expect(requests).toEqual([get('/site', { page: 0, pageSize: 5 })]);
	});

	it('User › Get Many takes the client accounts among its Filters', async () => {
		const { requests } = await runHeyDonto({
			node: V1_1,
			parameters: {
				resource: 'user',
				operation: 'getAll',
				userRole: 'BRAND_USER',
				returnAll: true,
				filters: { clientAccountId: '7' },
			},
			responses: [{ body: [] }],
		});
		expect(requests).toEqual([get('/users', { userRole: 'BRAND_USER', clientAccountId: [7] })]);
	});

	const fhirSlot = {
		scheduleId: 's1',
		start: '2024-03-20T08:00:00.000Z',
		end: '2024-03-20T08:30:00.000Z',
		practitioners: [
			{
				resourceType: 'Practitioner',
				id: 'pr-1',
				name: [{ use: 'official', family: 'Lee', given: ['Ann'], prefix: ['Dr.'] }],
			},
		],
		locations: [{ resourceType: 'Location', id: 'loc-1', name: 'Downtown Clinic' }],
	};
	const slots = {
		resource: 'availability',
		operation: 'getSlots',
		siteId: byId(7),
		startDate: '2024-03-20',
		endDate: '2024-03-20',
		returnAll: true,
	};

	it("Availability › Get Open Slots is simplified by default: flat, in the workflow's time zone, practitioner named", async () => {
		const { output, requests } = await runHeyDonto({
			node: V1_1,
			parameters: slots,
			timezone: 'America/Chicago',
			responses: [{ body: { data: [fhirSlot] } }],
		});
		expect(requests).toEqual([
			get('/site/7/availability', {
				startDate: '2024-03-20',
				endDate: '2024-03-20',
				includePractitioner: true,
			}),
		]);
		expect(output).toEqual(
			items([
				{
					date: '2024-03-20',
					startTime: '03:00',
					endTime: '03:30',
					start: '2024-03-20T03:00:00-05:00',
					end: '2024-03-20T03:30:00-05:00',
					timeZone: 'America/Chicago',
					practitioner: 'Dr. Ann Lee',
					practitionerIds: ['pr-1'],
					location: 'Downtown Clinic',
					scheduleId: 's1',
				},
			]),
		);
	});

	it('Availability › Get Open Slots with Simplify off outputs the slots as HeyDonto sends them', async () => {
		const { output, requests } = await runHeyDonto({
			node: V1_1,
			parameters: { ...slots, simplify: false },
			responses: [{ body: { data: [fhirSlot] } }],
		});
		expect(requests).toEqual([
			get('/site/7/availability', { startDate: '2024-03-20', endDate: '2024-03-20' }),
		]);
		expect(output).toEqual(items([fhirSlot]));
	});

	it('Availability › a version 1 node keeps raw slots by default, and may turn Simplify on', async () => {
		const raw = await runHeyDonto({
			parameters: slots,
			responses: [{ body: { data: [fhirSlot] } }],
		});
		expect(raw.output).toEqual(items([fhirSlot]));
		const simplified = await runHeyDonto({
			parameters: { ...slots, simplify: true },
			timezone: 'UTC',
			responses: [{ body: { data: [fhirSlot] } }],
		});
		expect(simplified.output[0].json).toEqual(
			expect.objectContaining({ date: '2024-03-20', startTime: '08:00', timeZone: 'UTC' }),
		);
	});
});
