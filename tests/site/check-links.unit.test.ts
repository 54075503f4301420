import { describe, expect, it } from 'vitest';
import { findBrokenLinks, formatBrokenLinks } from '../../src/site/check-links.ts';

const page = (body: string) => `<!doctype html><html><body id="_top">${body}</body></html>`;

function site(pages: Record<string, string>, assets: string[] = [], base = '/') {
	return {
		files: new Set([...Object.keys(pages), ...assets]),
		pages: new Map(Object.entries(pages)),
		base,
	};
}

describe('findBrokenLinks', () => {
	it('accepts links to pages, assets, folders and anchors that exist, and ignores external links', () => {
		const built = site(
			{
				'index.html': page(
					'<a href="/asyncio/gather/">g</a><a href="asyncio/gather/#order">o</a><a href="#_top">top</a>' +
						'<link rel="stylesheet" href="/_astro/a.css"><img src="/img/x.svg"><a href="https://docs.python.org/3/">py</a>' +
						'<a href="mailto:a@b.c">m</a><a href="//cdn.example.org/x.js">c</a>'
				),
				'asyncio/gather/index.html': page(
					'<h2 id="order">Order</h2><a href="../../">home</a><a href="/404.html">x</a>'
				),
				'404.html': page(''),
			},
			['_astro/a.css', 'img/x.svg']
		);
		expect(findBrokenLinks(built)).toEqual([]);
	});

	it('names the page, the link and what is missing: a page, a file, an anchor', () => {
		const built = site({
			'index.html': page('<a href="/asyncio/gater/">typo</a><a href="/asyncio/gather/#orderr">anchor</a>'),
			'asyncio/gather/index.html': page('<h2 id="order">Order</h2><script src="/_astro/gone.js"></script>'),
		});
		expect(formatBrokenLinks(findBrokenLinks(built))).toBe(
			[
				'3 broken links:',
				'index.html: link "/asyncio/gater/": no such page or file (looked for asyncio/gater/index.html)',
				'index.html: link "/asyncio/gather/#orderr": no element with id "orderr" on asyncio/gather/index.html',
				'asyncio/gather/index.html: link "/_astro/gone.js": no such page or file (looked for _astro/gone.js, _astro/gone.js/index.html, _astro/gone.js.html)',
			].join('\n')
		);
	});

	it('under a base path, resolves based links and catches one written without the base', () => {
		const built = site(
			{
				'index.html': page(
					'<a href="/notes/compare/">ok</a><a href="/compare/">no base</a><a href="compare/#a%20b">rel</a>'
				),
				'compare/index.html': page('<h2 id="a b">x</h2>'),
			},
			[],
			'/notes'
		);
		expect(findBrokenLinks(built)).toEqual([
			{
				page: 'index.html',
				link: '/compare/',
				problem:
					'points outside the site\'s base path /notes/ (write links from the site root, e.g. "/asyncio/gather/")',
			},
		]);
	});

	it('decodes entities in links and ids', () => {
		const built = site({
			'index.html': page('<a href="/x/?a=1&amp;b=2#caf&#xe9;">x</a>'),
			'x/index.html': page("<h2 id='café'>x</h2>"),
		});
		expect(findBrokenLinks(built)).toEqual([]);
	});
});
