/**
 * A challenge is judged in the browser over what the browser records (tasks and spans, not asyncio steps, threads,
 * workers, pool calls or Spark): a real `astro build` of a copy of the fixture site fails on a challenge whose
 * solution claims something else, naming the page, the example and the claim. EXAMPLES=off: the claims come from
 * example.json, so no program has to run to see it.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { copyOfFixtureSite } from '../helpers/site-copy.ts';

const { CI: _ci, EXAMPLES: _examples, ...localEnv } = process.env;

it(
	'fails the build on a challenge claim the browser cannot measure, naming the page, the example and the claim',
	{ timeout: 300_000 },
	async () => {
		const site = await copyOfFixtureSite('unmeasurable-');
		// The Python challenge's solution, with a claim on the steps of its tasks, which a browser does not record:
		// "at most 50 ms" would hold for any program there, the untouched starting one too.
		const claims = [
			{ kind: 'total-near-longest', rows: 'task:wait *', says: 'the total is about the longest wait' },
			{ kind: 'longest-step', rows: 'task:wait *', atMostMs: 50, says: 'no wait holds the loop' },
		];
		await writeFile(path.join(site, 'examples', 'challenge-py', 'example.json'), JSON.stringify({ claims }));

		const build = astroBuild(site, { ...localEnv, EXAMPLES: 'off' });
		expect(build.status, build.log).not.toBe(0);
		expect(build.log).toContain(
			'/practice/: <Challenge id="challenge-py" start="challenge-py-start" lang="py">: the claim "no wait holds the ' +
				'loop" (longest-step) cannot be checked in a browser: its timeline has no steps of asyncio tasks'
		);
		// The claim the browser can measure is not named.
		expect(build.log).not.toContain('the claim "the total is about the longest wait"');
	}
);
