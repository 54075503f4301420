/** The real site: every page of the notes builds, with its examples run, and keeps the promises of the notes. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { sidebar } from '../../astro.config.mjs';
import { ROOT } from '../helpers/examples-dir.ts';
import { text } from '../helpers/html.ts';

const build = inject('realSiteBuild');
const DIST = path.join(ROOT, 'dist');
const read = (file: string) => readFile(path.join(DIST, file), 'utf8');

/** Every page in the sidebar, from the site's own configuration. */
const sidebarSlugs = sidebar.flatMap((group) => group.items);

describe('the real site', () => {
	it('builds, with every example checked and run, and ends with the summary line', () => {
		expect(build.status, build.log.slice(-4000)).toBe(0);
		const last = build.log.trimEnd().split('\n').at(-1)!;
		const summary = /\[examples\] examples: (\d+) checked, \d+ ran, \d+ cached, (\d+) failed in \d+\.\d\ds$/;
		expect(last).toMatch(summary);
		const [, checked, failed] = summary.exec(last)!;
		expect(Number(checked)).toBeGreaterThanOrEqual(70);
		expect(failed).toBe('0');
	});

	it('has at least 26 pages in the sidebar, 90 example folders, 70 TypeScript and 90 Python programs', async () => {
		expect(sidebarSlugs.length).toBeGreaterThanOrEqual(26);
		const entries = await readdir(path.join(ROOT, 'examples'), { withFileTypes: true });
		expect(entries.filter((e) => e.isDirectory()).length).toBeGreaterThanOrEqual(90);
		const files = await readdir(path.join(ROOT, 'examples'), { recursive: true });
		expect(files.filter((f) => /^([^/]+)\/\1\.ts$/.test(f)).length).toBeGreaterThanOrEqual(70);
		expect(files.filter((f) => /^([^/]+)\/\1\.py$/.test(f)).length).toBeGreaterThanOrEqual(90);
	});

	it.each(sidebarSlugs)('%s: a page with a title, a description, a run example and official docs', async (slug) => {
		const html = await read(`${slug}/index.html`);
		expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
		expect(html).toMatch(/<title>[^<]+<\/title>/);
		expect(html).toContain('Output captured at build time');
		expect(html).toMatch(
			/href="https:\/\/(docs\.python\.org|nodejs\.org|spark\.apache\.org|beam\.apache\.org|developer\.mozilla\.org)\//
		);
	});

	it('carries none of the seed notes’ typos', async () => {
		const pages = (await readdir(DIST, { recursive: true })).filter((f) => f.endsWith('.html'));
		for (const page of pages) {
			const words = text(await read(page), { words: true });
			for (const typo of [/\basynco\b/, /\bruns\(\)/, /\bsummit\b/i, /\bsubroute\b/i, /\bbeacue\b/i]) {
				expect(words, `${page} contains ${typo}`).not.toMatch(typo);
			}
		}
	});

	it('is searchable: Pagefind indexed the pages', async () => {
		const files = await readdir(path.join(DIST, 'pagefind'));
		expect(files).toContain('pagefind.js');
		expect(files.some((f) => f.startsWith('pagefind-entry'))).toBe(true);
	});
});
