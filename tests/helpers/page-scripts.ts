/**
 * The JavaScript a page makes a reader download before they do anything: every script the browser fetches while
 * the page loads and settles (entry scripts, their static imports, and anything loaded on idle, such as a search box
 * that prepares itself), and every inline script. What loads only on a reader's action (opening search, pressing
 * Run) is not in it, because nothing here acts.
 *
 * Each script is counted as its body gzipped at level 9, on its own: what a static host that pre-compresses its files
 * sends, and a figure that does not depend on timing. (Inline scripts travel inside the HTML's own compressed
 * stream, where they cost a little less than counted here.)
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export interface PageScript {
	/** The script's URL path, or `inline #n` for the n-th inline script of the page. */
	source: string;
	bytes: number;
	gzipBytes: number;
}

/** How long a page must stay without a request after idle before it counts as settled. */
const QUIET_MS = 500;

export const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Starts recording every script `page` fetches; the returned list fills as they arrive (bodies read on demand). */
export function recordScripts(page: Page): { sources: string[]; bodies: Array<Promise<PageScript>> } {
	const record = { sources: [] as string[], bodies: [] as Array<Promise<PageScript>> };
	page.on('response', (response) => {
		if (response.request().resourceType() !== 'script') return;
		const source = new URL(response.url()).pathname;
		record.sources.push(source);
		record.bodies.push(response.body().then((body) => ({ source, bytes: body.length, gzipBytes: gzipSize(body) })));
	});
	return record;
}

/**
 * Waits until `page` has loaded and settled: scripts may schedule work for when the browser is idle (Starlight's
 * search box and table of contents do), so this lets that run and whatever it fetches arrive.
 */
export async function settle(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle');
	await page.evaluate(
		(quietMs) => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, quietMs))),
		QUIET_MS
	);
	await page.waitForLoadState('networkidle');
}

/** The page's inline scripts (JSON data blocks are not scripts), as `inline #n`. */
export async function inlineScripts(page: Page): Promise<PageScript[]> {
	const texts = await page.$$eval('script:not([src])', (scripts) =>
		scripts
			.filter((script) => ['', 'module', 'text/javascript'].includes(script.getAttribute('type') ?? ''))
			.map((script) => script.textContent ?? '')
	);
	return texts.map((text, index) => ({
		source: `inline #${index + 1}`,
		bytes: Buffer.byteLength(text),
		gzipBytes: gzipSize(text),
	}));
}

/** Loads `url` in a fresh context of `browser` and returns the scripts it loaded before any action, in order. */
export async function scriptsBeforeAction(browser: Browser, url: string): Promise<PageScript[]> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const record = recordScripts(page);
		await page.goto(url);
		await settle(page);
		return [...(await Promise.all(record.bodies)), ...(await inlineScripts(page))];
	} finally {
		await context.close();
	}
}

/** Kilobytes (1 KB = 1024 bytes) with one decimal, as the budget is written. */
export const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export const totalGzip = (scripts: PageScript[]) => scripts.reduce((sum, script) => sum + script.gzipBytes, 0);

/** Every HTML page of a built site as its URL path: `asyncio/gather/index.html` → `/asyncio/gather/`. */
export async function sitePages(distDir: string): Promise<Array<{ path: string; bytes: number }>> {
	const files = (await readdir(distDir, { recursive: true })).filter(
		(file) => file.endsWith('.html') && file !== '404.html'
	);
	if (!files.includes('index.html'))
		throw new Error(`${distDir} has no index.html: build the site first (npm run build)`);
	const pages = await Promise.all(
		files.map(async (file) => ({
			path: `/${file.replace(/(^|\/)index\.html$/, '$1')}`,
			bytes: (await stat(path.join(distDir, file))).size,
		}))
	);
	return pages.sort((a, b) => a.path.localeCompare(b.path));
}
