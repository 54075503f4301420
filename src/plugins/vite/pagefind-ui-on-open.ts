/**
 * Vite plugin: Starlight's search box imports Pagefind's UI (about 26 KB of JavaScript gzipped, and the work of
 * building its DOM) as soon as the browser is idle after every page load, though most readers never search
 * (Starlight keeps it that way on purpose: https://github.com/withastro/starlight/issues/567). This plugin gives
 * that one import `search-ui-on-open.ts` instead, which loads the real UI when the reader opens the search box or
 * points at its button. Everything else of the search box stays Starlight's: its markup, styles, shortcut, options.
 */
import type { Plugin } from 'vite';

const ON_OPEN = new URL('../../browser/search/search-ui-on-open.ts', import.meta.url).pathname;
/** Starlight's search box component, which is the only importer redirected. */
const STARLIGHT_SEARCH = /@astrojs\/starlight\/.*\/Search\.astro/;

export function pagefindUiOnOpen(): Plugin {
	/** Where Starlight's search box was found: the real UI is resolved from there, as Starlight resolves it. */
	let starlightSearch: string | undefined;
	return {
		name: 'pagefind-ui-on-open',
		enforce: 'pre',
		async resolveId(source, importer) {
			if (source !== '@pagefind/default-ui' || !importer) return null;
			if (STARLIGHT_SEARCH.test(importer)) {
				starlightSearch = importer;
				return ON_OPEN;
			}
			if (importer === ON_OPEN) {
				if (!starlightSearch) this.error(`${ON_OPEN} was imported before Starlight's search box`);
				return this.resolve(source, starlightSearch, { skipSelf: true });
			}
			return null;
		},
	};
}
