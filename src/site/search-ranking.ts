/**
 * How Pagefind ranks search results on this site. Starlight passes it to its search box; the search tests pass the
 * same object to Pagefind's JS API, so what they assert is what a reader sees.
 */
export const searchRanking = {
	// Starlight's defaults for the BM25 parameters (https://pagefind.app/docs/ranking/).
	pageLength: 0.1,
	termFrequency: 0.1,
	termSaturation: 2,
	termSimilarity: 9,
	/**
	 * A match in a metadata field adds to the page's score, scaled by these weights
	 * (https://pagefind.app/docs/ranking/#configuring-metadata-weights). `title` is the page's h1 (Pagefind's
	 * default weight); `keywords` are the names a page declares it explains (frontmatter `keywords`).
	 */
	metaWeights: { title: 5, keywords: 5 },
};
