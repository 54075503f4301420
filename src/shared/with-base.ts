/**
 * Links written from the site's root (`/asyncio/gather/`) in pages and in frontmatter, served under a base path
 * (`/concurrency-notes/asyncio/gather/` on a project's GitHub Pages). Astro and Starlight prefix their own links;
 * these are the ones an author writes. And the site's own files that code links to (a trace, a runner's data,
 * Pyodide, the social image), joined to Astro's `base` (`import.meta.env.BASE_URL`) by `joinBase`.
 */

/** The part of a hast element this plugin reads, and the Sätteri visitor context it writes through. */
type LinkElement = Readonly<{ properties?: Readonly<Record<string, unknown>> }>;
interface VisitContext {
	setProperty(node: Readonly<object>, key: string, value: unknown): void;
}

/** `/a/` → `/base/a/`; anything not root-relative (`https:`, `#x`, `../a/`, `//host`) or already based is unchanged. */
export function withBase(href: string, base: string): string {
	const prefix = base.replace(/\/+$/, '');
	if (!prefix || !href.startsWith('/') || href.startsWith('//')) return href;
	if (href === prefix || href.startsWith(`${prefix}/`)) return href;
	return `${prefix}${href}`;
}

/**
 * A file of the site below its base: `joinBase('/notes', 'traces/a.json')` and `joinBase('/notes/', '/traces/a.json')`
 * are both `/notes/traces/a.json`; with the base `/`, `/traces/a.json`. Astro's `BASE_URL` has a trailing slash or
 * not depending on `trailingSlash`, so neither is assumed.
 */
export function joinBase(base: string, file: string): string {
	return `${base.replace(/\/*$/, '/')}${file.replace(/^\/+/, '')}`;
}

/** A Sätteri hast plugin (Astro's Markdown processor): every `<a href>` of a Markdown/MDX page gets the base. */
export function baseLinksPlugin(base: string) {
	return {
		name: 'base-links',
		element: {
			filter: ['a'],
			visit(node: LinkElement, ctx: VisitContext) {
				const href = node.properties?.href;
				if (typeof href === 'string') ctx.setProperty(node, 'href', withBase(href, base));
			},
		},
	};
}
