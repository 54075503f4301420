/** Malformed MDX fails the build with the file, the line and column, and what is wrong: nothing passes silently. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { astroBuild } from '../helpers/astro-build.ts';
import { expect, it } from 'vitest';
import { copyOfFixtureSite } from '../helpers/site-copy.ts';

it('fails on an unclosed expression, naming the page, line and column', async () => {
	const site = await copyOfFixtureSite('broken-');
	const page = '---\ntitle: Broken\n---\n\nSome text with an unclosed {brace.\n';
	await writeFile(path.join(site, 'content', 'broken.mdx'), page);
	const build = astroBuild(site);
	const log = build.log;
	expect(build.status).not.toBe(0);
	expect(log).toContain(`${path.join(site, 'content', 'broken.mdx')}:5:28`);
	expect(log).toContain('expected a corresponding closing brace for `{`');
});
