/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test-only: the browser driver's types */
/**
 * The n8n editor in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core), signed in
 * as the owner, for the tests that click through the UI as a user would. The same code takes the
 * README's screenshots (`npm run screenshots`): scripts/lib/browser.js.
 */
import type { BrowserContext, Page } from 'playwright-core';

import { withEditor as openEditor } from '../../scripts/lib/browser';

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
