import { describe, expect, it } from 'vitest';
import { socialImageMeta } from '../../src/site/social-image-meta.ts';

describe('socialImageMeta', () => {
	it('gives an absolute image URL from the site and its base path, for Open Graph and Twitter', () => {
		const meta = socialImageMeta(new URL('https://example.org'), '/');
		expect(meta).toContainEqual({ property: 'og:image', content: 'https://example.org/social-image.png' });
		expect(meta).toContainEqual({ name: 'twitter:image', content: 'https://example.org/social-image.png' });
		expect(meta).toContainEqual({ property: 'og:image:width', content: '1200' });
		expect(meta.find((m) => 'property' in m && m.property === 'og:image:alt')?.content).toMatch(/^Concurrency Notes/);
	});

	it('keeps a fork’s base path, with or without its trailing slash', () => {
		for (const base of ['/notes', '/notes/']) {
			expect(socialImageMeta(new URL('https://someone.github.io'), base)[0]).toEqual({
				property: 'og:image',
				content: 'https://someone.github.io/notes/social-image.png',
			});
		}
	});

	it('refuses to build without a site URL', () => {
		expect(() => socialImageMeta(undefined, '/')).toThrow('astro.config.mjs: set `site`');
	});
});
