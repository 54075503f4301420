/**
 * The real site as a reader meets it, in Chromium: no serious or critical axe violation and no console error on
 * any page in either theme, every page with a favicon and a social preview, stderr marked as stderr, and a copy
 * button that copies the program exactly.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sidebar } from '../../astro.config.mjs';
import { axeViolations, describeViolation } from '../helpers/axe.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { ROOT } from '../helpers/examples-dir.ts';

const PAGES = ['/', ...sidebar.flatMap((group) => group.items).map((slug) => `/${slug}/`), '/404.html'];
const THEMES = ['light', 'dark'] as const;

let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
	expect(inject('realSiteBuild').status, 'the real site did not build').toBe(0);
	site = await serveStatic(path.join(ROOT, 'dist'));
	browser = await launchBrowser();
	// Both themes at once, a tab each: one theme after the other left a core idle while a page loaded (160 s -> 109 s).
	await Promise.all(THEMES.map(visitPages));
}, 600_000);
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

/** A page that records every console error, uncaught exception and failed request. */
async function watchedPage(context: BrowserContext) {
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
	});
	return { page, problems };
}

type Report = Record<string, { violations: string[]; problems: string[] }>;
const reports: Record<(typeof THEMES)[number], Report> = { light: {}, dark: {} };

/** Every page in one theme, one after another in one tab: its axe violations and its problems. */
async function visitPages(theme: (typeof THEMES)[number]) {
	const context = await browser.newContext({ colorScheme: theme });
	const { page, problems } = await watchedPage(context);
	for (const url of PAGES) {
		problems.length = 0;
		await page.goto(`${site.url}${url}`, { waitUntil: 'load' });
		expect(await page.evaluate(() => document.documentElement.dataset.theme), url).toBe(theme);
		const violations = (await axeViolations(page)).map(describeViolation);
		reports[theme][url] = { violations, problems: [...problems] };
	}
	await context.close();
}

describe.each(THEMES)('every page in the %s theme', (theme) => {
	it.each(PAGES)('%s: axe finds no serious or critical violation', (url) => {
		expect(reports[theme][url]!.violations.filter((v) => /^(serious|critical) /.test(v))).toEqual([]);
	});

	it.each(PAGES)('%s: no console error, no uncaught exception, no failed request', (url) => {
		expect(reports[theme][url]!.problems).toEqual([]);
	});
});

describe('what a page tells browsers and link previews', () => {
	it.each(PAGES)('%s: a favicon, and a social preview image with an absolute URL that exists', async (url) => {
		const html = readFileSync(path.join(ROOT, 'dist', url.endsWith('/') ? `${url}index.html` : url), 'utf8');
		const icon = /<link rel="shortcut icon" href="([^"]+)"/.exec(html)?.[1];
		expect(icon, 'favicon link').toBe('/favicon.svg');
		expect((await fetch(`${site.url}${icon}`)).status).toBe(200);
		const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
		expect(image).toBe('https://concurrency-notes.example.org/social-image.png');
		expect((await fetch(`${site.url}${new URL(image!).pathname}`)).status).toBe(200);
		expect(html).toMatch(
			/<meta name="twitter:image" content="https:\/\/concurrency-notes\.example\.org\/social-image\.png"\/?>/
		);
		expect(html).toMatch(/<meta property="og:title" content="[^"]+"\/?>/);
		expect(html).toMatch(/<meta property="og:description" content="[^"]{20,}"\/?>/);
	});
});

describe('an example’s output and program', () => {
	it('marks stderr lines as stderr, in both themes, and says so to screen readers', async () => {
		const backgrounds: string[] = [];
		for (const colorScheme of THEMES) {
			const page = await browser.newPage({ colorScheme });
			await page.goto(`${site.url}/asyncio/async-await/`);
			const output = page.locator('figure.is-terminal:has(.ec-line.stderr)').first();
			const stderrLine = output.locator('.ec-line.stderr').first();
			const stdoutLine = output.locator('.ec-line:not(.stderr)').first();
			expect(await output.locator('.ec-line.del').count()).toBe(0);
			const background = (line: typeof stderrLine) => line.evaluate((el) => getComputedStyle(el).backgroundColor);
			expect(await background(stderrLine)).not.toBe(await background(stdoutLine));
			backgrounds.push(await background(stderrLine));
			const badge = output.locator('.ec-stderr-badge').first();
			expect(await badge.isVisible()).toBe(true);
			expect(await badge.textContent()).toBe('stderr');
			expect(await badge.getAttribute('aria-hidden')).toBe('true');
			// The announcement is in the accessibility tree, and takes no room on screen.
			const announcement = stderrLine.locator('.ec-stderr-sr');
			expect(await announcement.textContent()).toMatch(/^standard error(, \d+ lines)?: $/);
			expect((await announcement.boundingBox())!.width).toBeLessThanOrEqual(1);
			expect(
				await page.locator('.example-caption', { hasText: 'lines marked stderr went to stderr' }).count()
			).toBeGreaterThan(0);
			await page.close();
		}
		expect(backgrounds[0], 'the light and the dark theme colour stderr lines differently').not.toBe(backgrounds[1]);
	});

	it('copies the exact program with the copy button', async () => {
		const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.goto(`${site.url}/asyncio/gather/`);
		const source = page.locator('[data-example="gather-order"] [role="tabpanel"]:not([hidden]) figure').first();
		expect(await source.locator('.title').textContent()).toBe('gather-order.py');
		await source.hover();
		await source.getByRole('button', { name: 'Copy to clipboard' }).click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(readFileSync(path.join(ROOT, 'examples', 'gather-order', 'gather-order.py'), 'utf8').trimEnd());
		await context.close();
	});
});
