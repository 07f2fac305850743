/* eslint-disable @n8n/community-nodes/no-restricted-imports -- the test and screenshot scripts' browser driver, never in the package */
import type { BrowserContext, Page } from 'playwright-core';

export const CHROMIUM: string;

/** Opens the editor at `base`, signs in as the owner, runs `use(page, browser)`, then closes everything. */
export function withEditor<T>(
	base: string,
	use: (page: Page, browser: BrowserContext) => Promise<T>,
	options?: {
		viewport?: { width: number; height: number };
		owner?: { email: string; password: string };
	},
): Promise<T>;
