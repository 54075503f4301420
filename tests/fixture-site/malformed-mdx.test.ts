/** Malformed MDX fails the build with the file, the line and column, and what is wrong: nothing passes silently. */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { astroBuild } from '../helpers/astro-build.ts';
import { afterAll, expect, it } from 'vitest';
import { SITE_DIR } from './build-fixture-site.ts';

// A sibling of the fixture site, so its relative imports of the engine resolve the same way.
const TMP = path.resolve(SITE_DIR, '..', '..', '.tmp');

it('fails on an unclosed expression, naming the page, line and column', async () => {
	await mkdir(TMP, { recursive: true });
	const site = await mkdtemp(path.join(TMP, 'broken-'));
	afterAll(() => rm(site, { recursive: true, force: true }));
	for (const part of ['astro.config.mjs', 'tsconfig.json', 'src', 'content', 'examples']) {
		await cp(path.join(SITE_DIR, part), path.join(site, part), { recursive: true });
	}
	const page = '---\ntitle: Broken\n---\n\nSome text with an unclosed {brace.\n';
	await writeFile(path.join(site, 'content', 'broken.mdx'), page);
	const build = astroBuild(site);
	const log = build.log;
	expect(build.status).not.toBe(0);
	expect(log).toContain(`${path.join(site, 'content', 'broken.mdx')}:5:28`);
	expect(log).toContain('expected a corresponding closing brace for `{`');
});
