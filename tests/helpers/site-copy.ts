/**
 * A throw-away copy of the fixture site (tests/fixtures/site), for a test that builds or serves a changed site.
 * It is made in tests/.tmp, a sibling of the fixture site's folder at the same depth, so the copy's relative
 * imports of the engine resolve the same way. Call inside a test: the copy is removed when that test ends.
 */
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { SITE_DIR } from '../fixture-site/build-fixture-site.ts';
import { TMP } from './examples-dir.ts';

/** What a build of the site reads. */
const SITE_PARTS = ['astro.config.mjs', 'ec.config.mjs', 'tsconfig.json', 'src', 'content', 'examples'];
/** The examples cache of the fixture site's own build (global setup): keys do not depend on the folder. */
export const SITE_CACHE = path.join('node_modules', '.cache', 'examples');

export async function copyOfFixtureSite(prefix: string, { withCache = false } = {}): Promise<string> {
	if (path.dirname(TMP) !== path.dirname(path.dirname(SITE_DIR))) {
		throw new Error(`${TMP} is not at the depth of ${SITE_DIR}: the copy's relative imports would break`);
	}
	await mkdir(TMP, { recursive: true });
	const site = await mkdtemp(path.join(TMP, prefix));
	onTestFinished(() => rm(site, { recursive: true, force: true }));
	for (const part of [...SITE_PARTS, ...(withCache ? [SITE_CACHE] : [])]) {
		await cp(path.join(SITE_DIR, part), path.join(site, part), { recursive: true });
	}
	return site;
}
