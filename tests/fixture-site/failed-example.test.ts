/**
 * A failing example fails `astro build` with the engine's report and nothing else: no stack trace of the engine, no
 * "Location:" pointing into it. The summary line is printed once.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { copyOfFixtureSite } from '../helpers/site-copy.ts';

it('shows a failed example as the report alone, without the engine’s stack', async () => {
	// With the fixture site's cache, filled by the global setup: keys do not depend on the folder, so only the new
	// program runs.
	const site = await copyOfFixtureSite('failing-', { withCache: true });
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
