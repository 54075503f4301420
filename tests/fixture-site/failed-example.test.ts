/**
 * A failing example fails `astro build` with the engine's report and nothing else: no stack trace of the engine, no
 * "Location:" pointing into it. The summary line is printed once.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { SITE_DIR } from './build-fixture-site.ts';

// A sibling of the fixture site, so its relative imports of the engine resolve the same way.
const TMP = path.resolve(SITE_DIR, '..', '..', '.tmp');

it('shows a failed example as the report alone, without the engine’s stack', async () => {
	await mkdir(TMP, { recursive: true });
	const site = await mkdtemp(path.join(TMP, 'failing-'));
	afterAll(() => rm(site, { recursive: true, force: true }));
	for (const part of ['astro.config.mjs', 'tsconfig.json', 'src', 'content', 'examples']) {
		await cp(path.join(SITE_DIR, part), path.join(site, part), { recursive: true });
	}
	// The fixture site's cache, filled by the global setup: keys do not depend on the folder, so only the new
	// program runs.
	const cache = path.join('node_modules', '.cache', 'examples');
	await cp(path.join(SITE_DIR, cache), path.join(site, cache), { recursive: true });
	await mkdir(path.join(site, 'examples', 'gives-up'));
	await writeFile(
		path.join(site, 'examples', 'gives-up', 'gives-up.py'),
		'import sys\n\nprint("giving up", file=sys.stderr)\nsys.exit(4)\n'
	);
	const env = { ...process.env };
	delete env.EXAMPLES_DEBUG;
	const build = astroBuild(site, env);
	expect(build.status).not.toBe(0);
	expect(build.log).toContain(
		[
			'1 example failed:',
			'',
			'example "gives-up" (examples/gives-up/gives-up.py) exited with code 4',
			'  shown on: no page yet',
			'  last lines of stderr:',
			'    | giving up',
		].join('\n')
	);
	// Every fixture program cached but the new one, whatever the fixture site holds; the summary printed once.
	const summary = /examples: (\d+) checked, 1 ran, (\d+) cached, 1 failed in \d+\.\d\ds/;
	expect(build.log).toMatch(summary);
	const [, checked, cached] = summary.exec(build.log)!;
	expect(Number(cached)).toBe(Number(checked) - 1);
	expect(build.log.match(/examples: \d+ checked/g)).toHaveLength(1);
	for (const noise of ['Location:', 'Stack trace:', 'Caused by:', 'build-examples.ts', '    at ']) {
		expect(build.log).not.toContain(noise);
	}
});
