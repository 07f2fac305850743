/**
 * A new user in the n8n editor (`n8n start`, headless Chromium): drags HeyDonto onto a canvas, picks
 * "Search FHIR appointments", a site from the list and a date range, runs the node and sees the
 * appointments.
 */
import type { ChildProcess } from '../../scripts/lib/n8n';
import { BROWSER_RETRIES, addAction, typeDate, withEditor } from './browser';
import { CREDENTIALS } from './fixtures/heydonto';
import { env, sandbox, server } from './harness';

// This file clicks through the editor: see BROWSER_RETRIES.
jest.retryTimes(BROWSER_RETRIES, { logErrorsBeforeRetry: true });

let n8n: { child: ChildProcess; base: string } | undefined;

beforeAll(async () => {
	n8n = await server.start(server.env({ userFolder: env.userFolder, port: env.port }));
	await server.ownerSession(n8n.base);
});

afterAll(async () => {
	await server.stop(n8n?.child);
});

beforeEach(async () => {
	await sandbox.reset();
});

describe('HeyDonto FHIR in the n8n editor, as a new user', () => {
	it('drags HeyDonto, picks FHIR Appointment → Search with a date range, runs it: the appointments show', async () => {
		let shown = '';
		await withEditor(n8n?.base ?? '', async (page) => {
			await page.goto(`${n8n?.base}/workflow/new`);
			await addAction(page, 'HeyDonto', 'Search FHIR appointments');
			const credential = page.locator('[data-test-id="node-credentials-select"]');
			await credential.click();
			await page.getByRole('option', { name: CREDENTIALS.editor.name }).click();
			// Site: "From list", searched by name.
			await page.getByPlaceholder('Select a site...').click();
			await page.locator('[data-test-id="rlc-item"]', { hasText: '(ID 1)' }).first().click();
			// Return All, and the date range as Filters.
			await page.locator('[data-test-id="parameter-input-returnAll"]').click();
			// The date-time picker keeps what is typed only in its own format.
			const range = [
				{ filter: 'Start From', name: 'startFrom', date: '2026-12-01 00:00:00' },
				{ filter: 'Start To', name: 'startTo', date: '2026-12-31 23:59:59' },
			];
			const field = (name: string) =>
				page.locator(`[data-test-id="parameter-input-${name}"] input`).first();
			for (const { filter, name, date } of range) {
				// A collection's "Add Filter" is a text on n8n 2.8 and a select's placeholder on 2.41.
				await page
					.getByText('Add Filter', { exact: true })
					.or(page.getByPlaceholder('Add Filter'))
					.last()
					.click();
				await page.getByRole('option', { name: filter, exact: true }).click();
				await typeDate(page, field(name), date);
			}
			// Both dates still there once both filters are in the form.
			for (const { name, date } of range) expect(await field(name).inputValue()).toBe(date);
			await page.locator('[data-test-id="node-execute-button"]').first().click({ force: true });
			await page.getByText('Node executed successfully').waitFor();
			const output = page.locator('[data-test-id="output-panel"]');
			const count = output.getByText(/^\d+ items?$/).first();
			await count.waitFor();
			shown = await count.innerText();
		});
		const searches = (await sandbox.requests()).filter(
			(request) => request.path === '/site/1/fhir/appointment',
		);
		const query = decodeURIComponent(searches[0].rawQuery);
		// The range typed in the workflow's time zone, sent in UTC with milliseconds.
		const pattern =
			/^date=ge(\d{4}-\d\d-\d\dT[\d:.]+Z)&date=le(\d{4}-\d\d-\d\dT[\d:.]+Z)&_count=100$/;
		expect(query).toMatch(pattern);
		const [, from, to] = pattern.exec(query) as RegExpExecArray;
		const lower = Date.parse(from);
		const upper = Date.parse(to);
		// 1 December 00:00:00 to 31 December 23:59:59, wherever the workflow's zone puts them.
		expect(upper - lower).toBe(31 * 86400000 - 1000);
		expect(Math.abs(lower - Date.parse('2026-12-01T00:00:00Z'))).toBeLessThanOrEqual(14 * 3600000);
		const all = (await sandbox.fhirGet(1, 'Appointment')) as unknown as Array<{ start: string }>;
		const inRange = all.filter((a) => Date.parse(a.start) >= lower && Date.parse(a.start) <= upper);
		expect(inRange.length).toBeGreaterThan(30);
		expect(shown).toBe(`${inRange.length} items`);
	});
});
