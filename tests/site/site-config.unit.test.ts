import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_CONFIG, siteConfig } from '../../src/site/site-config.ts';
import { baseLinksPlugin, withBase } from '../../src/shared/with-base.ts';

describe('siteConfig', () => {
	it('uses the defaults when nothing is set', () => {
		expect(siteConfig({})).toEqual(DEFAULT_SITE_CONFIG);
	});

	it('reads a fork’s GitHub Pages settings, normalised', () => {
		expect(
			siteConfig({
				SITE_URL: 'https://someone.github.io/',
				SITE_BASE: '/concurrency-notes/',
				SITE_EDIT_URL: 'https://github.com/someone/concurrency-notes/edit/main',
			})
		).toEqual({
			site: 'https://someone.github.io',
			base: '/concurrency-notes',
			editUrl: 'https://github.com/someone/concurrency-notes/edit/main/',
		});
	});

	it('refuses a bad value, naming the variable', () => {
		expect(() => siteConfig({ SITE_URL: 'someone.github.io' })).toThrow(
			'SITE_URL="someone.github.io": expected an http(s) URL'
		);
		expect(() => siteConfig({ SITE_BASE: 'notes' })).toThrow('SITE_BASE="notes": expected a path starting with "/"');
	});
});

describe('withBase', () => {
	it('prefixes root-relative links only, once', () => {
		expect(withBase('/asyncio/gather/#x', '/notes')).toBe('/notes/asyncio/gather/#x');
		expect(withBase('/notes/compare/', '/notes/')).toBe('/notes/compare/');
		expect(withBase('/asyncio/', '/')).toBe('/asyncio/');
		for (const href of ['https://docs.python.org/', '#top', '../gather/', '//cdn.example.org/a.js']) {
			expect(withBase(href, '/notes')).toBe(href);
		}
	});

	it('rewrites the links of a Markdown page, through the processor plugin', () => {
		const set: Array<[string, string]> = [];
		const ctx = { setProperty: (_node: unknown, name: string, value: string) => void set.push([name, value]) };
		const plugin = baseLinksPlugin('/notes');
		expect(plugin.element.filter).toEqual(['a']);
		plugin.element.visit({ properties: { href: '/compare/' } }, ctx);
		plugin.element.visit({ properties: { href: 'https://nodejs.org/' } }, ctx);
		plugin.element.visit({ properties: {} }, ctx);
		expect(set).toEqual([
			['href', '/notes/compare/'],
			['href', 'https://nodejs.org/'],
		]);
	});
});
