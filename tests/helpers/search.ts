/** Searches a built site with its own Pagefind bundle in a real browser page, as the search box does. */
import type { Page } from 'playwright-core';

/** Pagefind's ranking options (the `ranking` Starlight passes to the search box). */
export type Ranking = Record<string, unknown>;

/**
 * The result URLs for each query, best first, as Pagefind ranks them in the browser. The page must be on the
 * site: Pagefind loads its index from `/pagefind/`.
 */
export async function searchResults(page: Page, queries: string[], ranking: Ranking, limit = 10): Promise<string[][]> {
	// A string, not a function: Vitest would rewrite a dynamic import() inside a function before it reaches the page.
	return page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		await pagefind.options({ ranking: ${JSON.stringify(ranking)} });
		const urls = [];
		for (const query of ${JSON.stringify(queries)}) {
			const search = await pagefind.search(query);
			const data = await Promise.all(search.results.slice(0, ${limit}).map((result) => result.data()));
			urls.push(data.map((d) => d.url));
		}
		return urls;
	})()`);
}

/** The text Pagefind indexed for the page at `url`, found by searching for `query`. */
export async function indexedText(page: Page, query: string, url: string): Promise<string> {
	const text = await page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		const search = await pagefind.search(${JSON.stringify(query)});
		for (const result of search.results) {
			const data = await result.data();
			if (data.url === ${JSON.stringify(url)}) return data.content;
		}
		return null;
	})()`);
	if (typeof text !== 'string') throw new Error(`searching "${query}" did not find ${url}`);
	return text;
}
