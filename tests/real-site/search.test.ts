/**
 * Search on the real site, in Chromium: a name or a concept finds the page that explains it among the first three
 * results (tests/real-site/search-queries.json), with the ranking the search box uses (src/site/search-ranking.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { searchRanking } from '../../src/site/search-ranking.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { indexedText, searchResults } from '../helpers/search.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { ROOT } from '../helpers/examples-dir.ts';

interface SearchQuery {
	query: string;
	page: string;
}

const DIST = path.join(ROOT, 'dist');
const { queries } = JSON.parse(readFileSync(path.join(import.meta.dirname, 'search-queries.json'), 'utf8')) as {
	queries: SearchQuery[];
};

let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;
const results = new Map<string, string[]>();

beforeAll(async () => {
	expect(inject('realSiteBuild').status, 'the real site did not build').toBe(0);
	site = await serveStatic(DIST);
	browser = await launchBrowser();
	page = await browser.newPage();
	await page.goto(`${site.url}/`);
	const urls = await searchResults(
		page,
		queries.map((q) => q.query),
		searchRanking
	);
	queries.forEach((q, i) => results.set(q.query, urls[i]!));
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

describe('search', () => {
	it('has at least 30 queries, each naming a page that exists', () => {
		expect(queries.length).toBeGreaterThanOrEqual(30);
		for (const { query, page } of queries) {
			expect(existsSync(path.join(DIST, page, 'index.html')), `"${query}" expects ${page}: no such page`).toBe(true);
		}
	});

	it.each(queries)('"$query" finds $page among the first 3 results', ({ query, page }) => {
		const top = results.get(query)!.slice(0, 3);
		expect(top, `"${query}" ranked: ${results.get(query)!.join(', ') || 'nothing'}`).toContain(page);
	});

	it('indexes the notes and the programs, not the output they printed', async () => {
		// What Pagefind stored for the gather page: its prose and source code, without the captured output under the
		// code (`[c] finished after 0.1 s`) and the caption under it.
		const indexed = await indexedText(page, 'asyncio.gather', '/asyncio/gather/');
		expect(indexed).toContain('A common belief is that gather returns results in the order they finish');
		expect(indexed).toContain('await asyncio.sleep(seconds)');
		expect(indexed).not.toContain('[c] finished after 0.1 s');
		expect(indexed).not.toContain('Output captured at build time');
	});

	it('ranks the same way in the search box a reader types into', async () => {
		await page.getByRole('button', { name: 'Search' }).click();
		await page.locator('#starlight__search input').fill('event loop');
		const links = page.locator('#starlight__search .pagefind-ui__result-link');
		await links.first().waitFor();
		// Each page comes with links to its sections (`#…`): the pages, in the order shown.
		const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
		const pages = [...new Set(hrefs.map((href) => href.replace(/#.*$/, '')))];
		expect(pages.slice(0, 3)).toContain('/asyncio/what-is-asyncio/');
	});
});
