/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test-only: the browser driver's types */
/**
 * The n8n editor in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core), signed in
 * as the owner, for the tests that click through the UI as a user would. The same code takes the
 * README's screenshots (`npm run screenshots`): scripts/lib/browser.js.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';

import { withEditor as openEditor } from '../../scripts/lib/browser';

/**
 * How many times a test that clicks through the editor is run again after a failure. A browser gesture
 * can lose a race with the editor's own rendering (a date typed while its picker is still opening);
 * each such race that was found is waited for in the test itself, and this one retry covers the ones not
 * yet found. The failure is printed before the retry, and `npm run test:e2e` lists every test that
 * passed only on a retry with its first error, so a flaky test stays visible. n8n runs its own
 * Playwright suite with retries in CI for the same reason.
 */
export const BROWSER_RETRIES = 1;

/** Opens the editor at `base`, signs in as the owner, runs `use`, and always closes the browser. */
export async function withEditor(
	base: string,
	use: (page: Page, browser: BrowserContext) => Promise<void>,
): Promise<void> {
	await openEditor(base, use);
}

/**
 * From an empty canvas ("Add first step"), finds `node` in n8n's node panel and picks one of its
 * actions, as a user does. A node that has a trigger too opens on its triggers when the canvas is empty,
 * its actions folded under "Actions (n)": they are unfolded first.
 */
export async function addAction(page: Page, node: string, action: string): Promise<void> {
	await page.locator('[data-test-id="canvas-add-button"]').click();
	await page.locator('[data-test-id="node-creator-search-bar"]').fill(node);
	await page
		.locator('[data-test-id="item-iterator-item"]')
		.filter({ has: page.getByText(node, { exact: true }) })
		.first()
		.click();
	const item = page.locator('[data-test-id="item-iterator-item"]', { hasText: action }).first();
	const folded = page.getByText(/^Actions \(\d+\)$/).first();
	await item.or(folded).first().waitFor();
	if (!(await item.isVisible())) await folded.click();
	await item.click();
}

/**
 * Types a date-time into n8n's date picker as a user does: opens the picker, types, presses Enter.
 * Seen on n8n 2.8.4 in about one run in three: the typed value is lost (the field is empty once the
 * panel closes), or a click does not open the panel. So the field is checked after the panel has
 * closed, and the whole gesture is tried again, at most three times, when it does not show the value.
 */
export async function typeDate(page: Page, input: Locator, date: string): Promise<void> {
	const panel = page.locator('.el-picker-panel:visible').first();
	const settles = async (state: 'visible' | 'hidden') =>
		await panel.waitFor({ state, timeout: 5000 }).then(
			() => true,
			() => false,
		);
	let seen = '';
	for (let attempt = 0; attempt < 3; attempt++) {
		await input.click();
		if (!(await settles('visible'))) continue;
		await input.fill(date);
		await page.keyboard.press('Enter');
		await settles('hidden');
		seen = await input.inputValue();
		if (seen === date) return;
	}
	throw new Error(`The date picker shows "${seen}" after typing "${date}" three times`);
}
