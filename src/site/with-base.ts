/**
 * Links written from the site's root (`/asyncio/gather/`) in pages and in frontmatter, served under a base path
 * (`/concurrency-notes/asyncio/gather/` on a project's GitHub Pages). Astro and Starlight prefix their own links;
 * these are the ones an author writes.
 */

/** The part of a hast node this plugin reads. */
interface HastNode {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
}

/** `/a/` → `/base/a/`; anything not root-relative (`https:`, `#x`, `../a/`, `//host`) or already based is unchanged. */
export function withBase(href: string, base: string): string {
	const prefix = base.replace(/\/+$/, '');
	if (!prefix || !href.startsWith('/') || href.startsWith('//')) return href;
	if (href === prefix || href.startsWith(`${prefix}/`)) return href;
	return `${prefix}${href}`;
}

/** A rehype plugin: every `<a href>` of a Markdown/MDX page gets the base. */
export function rehypeBaseLinks(options: { base: string }) {
	const visit = (node: HastNode) => {
		const href = node.properties?.href;
		if (node.tagName === 'a' && typeof href === 'string') node.properties!.href = withBase(href, options.base);
		node.children?.forEach(visit);
	};
	return (tree: HastNode) => visit(tree);
}
