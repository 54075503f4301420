import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_DIR } from './build-fixture-site.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';

let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
	site = await serveStatic(path.join(SITE_DIR, 'dist'));
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

describe('Python | TypeScript tabs in a real browser', () => {
	it('shows Python first, and keeps a reader’s choice of TypeScript on every page, after a reload too', async () => {
		const page = await browser.newPage();
		const example = page.locator('[data-example="ok-greeting"]');
		const selectedTab = example.locator('[role="tab"][aria-selected="true"]');
		const visibleOutput = example.locator('[role="tabpanel"]:not([hidden]) figure.is-terminal');

		await page.goto(`${site.url}/`);
		expect(await selectedTab.textContent()).toBe('Python');
		expect(await visibleOutput.innerText()).toContain('python3 ok-greeting.py');

		await example.locator('[role="tab"]', { hasText: 'TypeScript' }).click();
		expect(await selectedTab.textContent()).toBe('TypeScript');
		expect(await visibleOutput.innerText()).toContain('node ok-greeting.ts');

		await page.goto(`${site.url}/second/`);
		expect(await selectedTab.textContent()).toBe('TypeScript');
		expect(await visibleOutput.innerText()).toContain('hello from a');

		await page.reload();
		expect(await selectedTab.textContent()).toBe('TypeScript');
		await page.screenshot({ path: path.join(SITE_DIR, 'dist', 'synced-tabs.png'), fullPage: true });
	});
});
