/** Links to an example (`/page/#example-<id>`, as the compare guide and the glossary use) land on that example. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../helpers/examples-dir.ts';

const build = inject('realSiteBuild');
const DIST = path.join(ROOT, 'dist');

/** The built file of a site path such as `/compare/`. */
const fileOf = (sitePath: string) => path.join(DIST, sitePath, 'index.html');

describe('links to examples', () => {
	it('every #example-… link opens a page that shows that example', async () => {
		expect(build.status, build.log.slice(-4000)).toBe(0);
		const pages = (await readdir(DIST, { recursive: true })).filter((f) => f.endsWith('index.html'));
		const broken: string[] = [];
		let checked = 0;
		for (const page of pages) {
			const html = await readFile(path.join(DIST, page), 'utf8');
			for (const [, target, anchor] of html.matchAll(/href="(\/[^"#]*)?#(example-[a-z0-9-]+)"/g)) {
				checked++;
				const targetHtml = target ? await readFile(fileOf(target), 'utf8').catch(() => '') : html;
				if (!targetHtml.includes(`id="${anchor}"`)) broken.push(`${page}: ${target ?? ''}#${anchor}`);
			}
		}
		expect(broken).toEqual([]);
		// The compare guide alone links more than 20 examples: a checker that finds none has stopped looking.
		expect(checked).toBeGreaterThan(20);
	});
});
