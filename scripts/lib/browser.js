/**
 * The n8n editor in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core), signed in
 * as the owner: for the e2e tests that click through the UI as a user would (test/e2e/browser.ts) and
 * for `npm run screenshots`. Always closes the browser and removes its temporary profile.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { OWNER } = require('./n8n');

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

/** Opens the editor at `base`, signs in as the owner, runs `use(page, browser)`, then closes everything. */
async function withEditor(
	base,
	use,
	{ viewport = { width: 1500, height: 950 }, owner = OWNER } = {},
) {
	// Required here, not at the top: `npm start` and the sandbox never need the browser driver.
	const { chromium } = require('playwright-core');
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-editor-chromium-'));
	const browser = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		args: CHROMIUM_FLAGS,
		viewport,
	});
	try {
		// The editor is a large single-page app: on a loaded machine its first paint can take a while.
		browser.setDefaultTimeout(90000);
		const page = browser.pages()[0] ?? (await browser.newPage());
		await page.goto(`${base}/signin`);
		await page.locator('input[name="emailOrLdapLoginId"]').fill(owner.email);
		await page.locator('input[name="password"]').fill(owner.password);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 60000 });
		return await use(page, browser);
	} finally {
		await browser.close();
		fs.rmSync(profile, { recursive: true, force: true });
	}
}

module.exports = { withEditor, CHROMIUM };
