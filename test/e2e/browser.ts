/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test-only: a temp browser profile */
/**
 * The n8n editor in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core), signed in
 * as the owner, for the tests that click through the UI as a user would.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

import * as n8n from '../../scripts/lib/n8n';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** Opens the editor at `base`, signs in as the owner, runs `use`, and always closes the browser. */
export async function withEditor(
	base: string,
	use: (page: Page, browser: BrowserContext) => Promise<void>,
): Promise<void> {
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-editor-chromium-'));
	const browser = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		args: CHROMIUM_FLAGS,
		viewport: { width: 1500, height: 950 },
	});
	try {
		// The editor is a large single-page app: on a loaded machine its first paint can take a while.
		browser.setDefaultTimeout(90000);
		const page = browser.pages()[0] ?? (await browser.newPage());
		await page.goto(`${base}/signin`);
		await page.locator('input[name="emailOrLdapLoginId"]').fill(n8n.OWNER.email);
		await page.locator('input[name="password"]').fill(n8n.OWNER.password);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 60000 });
		await use(page, browser);
	} finally {
		await browser.close();
		fs.rmSync(profile, { recursive: true, force: true });
	}
}
