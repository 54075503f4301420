/**
 * Where the site is published and where its pages are edited, from the environment, so a fork deploys to its own
 * GitHub Pages without editing code (the workflow sets these from the repository). Unset, the defaults apply.
 */
export interface SiteConfig {
	/** `SITE_URL`: the origin the site is served from, e.g. `https://you.github.io`. */
	site: string;
	/** `SITE_BASE`: the path it is served under, e.g. `/concurrency-notes` (`/` at the root of a domain). */
	base: string;
	/** `SITE_EDIT_URL`: prefix of each page's "Edit page" link, ending in `/`. */
	editUrl: string;
}

export const DEFAULT_SITE_CONFIG: SiteConfig = {
	site: 'https://concurrency-notes.example.org',
	base: '/',
	editUrl: 'https://github.com/concurrency-notes/concurrency-notes/edit/main/',
};

/** Reads and checks the three variables; a bad value throws, naming the variable and what was expected. */
export function siteConfig(env: Record<string, string | undefined>): SiteConfig {
	const value = (name: string) => env[name]?.trim() || undefined;
	const site = value('SITE_URL') ?? DEFAULT_SITE_CONFIG.site;
	const editUrl = value('SITE_EDIT_URL') ?? DEFAULT_SITE_CONFIG.editUrl;
	for (const [name, url] of [
		['SITE_URL', site],
		['SITE_EDIT_URL', editUrl],
	] as const) {
		if (!/^https?:\/\/[^/\s]+/.test(url)) throw new Error(`${name}="${url}": expected an http(s) URL`);
	}
	const base = value('SITE_BASE') ?? DEFAULT_SITE_CONFIG.base;
	if (!base.startsWith('/')) throw new Error(`SITE_BASE="${base}": expected a path starting with "/"`);
	return {
		site: site.replace(/\/+$/, ''),
		// `/notes/` and `/notes` are the same base; `/` stays `/`.
		base: base.replace(/\/+$/, '') || '/',
		editUrl: editUrl.endsWith('/') ? editUrl : `${editUrl}/`,
	};
}
