/**
 * The `<meta>` tags that give every page a preview image when it is shared (Open Graph, Twitter cards). Starlight
 * already writes the title, description, URL and `twitter:card`; the image is ours: public/social-image.png, rendered
 * from src/site/assets/social-image.svg by scripts/render-social-image.ts.
 */
import { joinBase } from '../shared/with-base.ts';

export const SOCIAL_IMAGE = {
	file: 'social-image.png',
	width: 1200,
	height: 630,
	alt: 'Concurrency Notes: asyncio, threads, processes, Spark and Beam, in Python and TypeScript',
};

export type MetaAttributes = { property: string; content: string } | { name: string; content: string };

/**
 * Crawlers need an absolute image URL: from the configured `site` and the base path the site is served under. Without
 * a `site` there is no absolute URL to give, and the build says so rather than writing a relative one.
 */
export function socialImageMeta(site: URL | undefined, base: string): MetaAttributes[] {
	if (!site)
		throw new Error('astro.config.mjs: set `site` (the deployed URL); social preview images need an absolute URL.');
	const url = new URL(joinBase(base, SOCIAL_IMAGE.file), site).href;
	return [
		{ property: 'og:image', content: url },
		{ property: 'og:image:width', content: String(SOCIAL_IMAGE.width) },
		{ property: 'og:image:height', content: String(SOCIAL_IMAGE.height) },
		{ property: 'og:image:alt', content: SOCIAL_IMAGE.alt },
		{ name: 'twitter:image', content: url },
		{ name: 'twitter:image:alt', content: SOCIAL_IMAGE.alt },
	];
}
