/**
 * The link check of a built site: every internal link and `#anchor` in every page resolves to a file of the site
 * and an element id on that page. Pure: it reads nothing itself (cli/check-links.ts hands it dist/).
 */

export interface BuiltSite {
	/** Every file of the site, relative to its folder, `/`-separated: `asyncio/gather/index.html`. */
	files: Set<string>;
	/** The HTML of each page, by the same path. */
	pages: Map<string, string>;
	/** The base path the site was built for: `/` or `/concurrency-notes`. */
	base: string;
}

export interface BrokenLink {
	/** The page the link is on, as a path of the site: `asyncio/gather/index.html`. */
	page: string;
	/** The link as written in the page. */
	link: string;
	problem: string;
}

const LINK_ATTRIBUTE =
	/<(?:a|link|img|script|source|iframe|area)\b[^>]*?\s(?:href|src)=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const ID_ATTRIBUTE = /\s(?:id|name)=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

export function findBrokenLinks(site: BuiltSite): BrokenLink[] {
	const base = site.base.replace(/\/+$/, '');
	const ids = new Map<string, Set<string>>();
	const idsOf = (page: string) => {
		if (!ids.has(page)) {
			const html = site.pages.get(page) ?? '';
			ids.set(page, new Set([...html.matchAll(ID_ATTRIBUTE)].map((m) => decodeEntities(m[1] ?? m[2] ?? m[3]!))));
		}
		return ids.get(page)!;
	};
	const broken: BrokenLink[] = [];
	for (const [page, html] of site.pages) {
		const pageUrl = new URL(`${base}/${page.replace(/(^|\/)index\.html$/, '$1')}`, 'http://site');
		for (const match of html.matchAll(LINK_ATTRIBUTE)) {
			const link = decodeEntities(match[1] ?? match[2] ?? match[3]!);
			if (!link || EXTERNAL.test(link)) continue;
			const url = new URL(link, pageUrl);
			const problem = problemOf(url, base, site, idsOf);
			if (problem) broken.push({ page, link, problem });
		}
	}
	return broken;
}

function problemOf(url: URL, base: string, site: BuiltSite, idsOf: (page: string) => Set<string>): string | null {
	const pathname = safeDecode(url.pathname);
	if (base && pathname !== base && !pathname.startsWith(`${base}/`)) {
		return `points outside the site's base path ${base}/ (write links from the site root, e.g. "/asyncio/gather/")`;
	}
	const inSite = pathname.slice(base.length).replace(/^\//, '');
	const candidates =
		inSite === '' || inSite.endsWith('/')
			? [`${inSite}index.html`]
			: [inSite, `${inSite}/index.html`, `${inSite}.html`];
	const target = candidates.find((file) => site.files.has(file));
	if (!target) return `no such page or file (looked for ${candidates.join(', ')})`;
	const anchor = safeDecode(url.hash.slice(1));
	if (anchor && site.pages.has(target) && !idsOf(target).has(anchor)) {
		return `no element with id "${anchor}" on ${target}`;
	}
	return null;
}

export function formatBrokenLinks(broken: BrokenLink[]): string {
	const lines = broken.map((b) => `${b.page}: link "${b.link}": ${b.problem}`);
	return `${broken.length} broken link${broken.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

function decodeEntities(text: string): string {
	return text
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
