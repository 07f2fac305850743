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
