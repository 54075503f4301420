import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;

/**
 * Two groups, one after the other. First the files that time nothing and run no program whose output depends on the
 * machine being quiet, two at a time: pages in Chromium, axe and Lighthouse, builds of copies of the fixture site,
 * pure modules. Then, one at a time, the files that time real processes (kill margins, a program's start), run the
 * timing-sensitive (`alone`) examples as the build does, or load the CPUs on purpose (the determinism check): two
 * such files side by side on a 2-core machine would measure each other.
 */
const sideBySide = { sequence: { groupOrder: 0 }, fileParallelism: true, maxWorkers: 2 };
const oneAtATime = { sequence: { groupOrder: 1 }, fileParallelism: false, maxWorkers: 1 };

/**
 * The real-site files that run programs again; the other real-site files read its build. browser-tags mostly waits on
 * Chromium, yet beside the first group an asyncio example printed its lines in another order there: it stays here.
 */
const realSiteRuns = ['determinism', 'copied-programs', 'copied-engine-programs', 'browser-tags'].map(
	(name) => `tests/real-site/${name}.test.ts`
);
/** The fixture-site file that times runs in the browser (its time limit, the runner's start). */
const fixtureSiteTimed = ['tests/fixture-site/browser-run.test.ts'];
/** `npm run bench --quick`: builds, a dev server and Lighthouse, whose figures it prints but does not judge. */
const bench = ['tests/site/bench.test.ts'];

export default defineConfig({
	test: {
		root,
		testTimeout: 60_000,
		hookTimeout: 300_000,
		projects: [
			{
				// Pure modules, no program run, no build: seconds in all (`npm run test:unit`).
				extends: true,
				test: { name: 'unit', include: ['tests/**/*.unit.test.ts'], ...sideBySide },
			},
			{
				extends: true,
				test: { name: 'bench', include: bench, testTimeout: 900_000, ...sideBySide },
			},
			{
				// Modules that start processes or sleep: the engine running real programs from tests/fixtures/examples/, and
				// the browser worker's Python on CPython.
				extends: true,
				test: {
					name: 'engine',
					include: [
						'tests/engine/**/*.test.ts',
						'tests/astro/**/*.test.ts',
						'tests/browser/**/*.test.ts',
						'tests/cli/**/*.test.ts',
						'tests/components/**/*.test.ts',
						'tests/shared/**/*.test.ts',
						'tests/site/**/*.test.ts',
					],
					exclude: ['**/*.unit.test.ts', ...bench],
					// A test here may build three times, checkers and real programs each time: on a shared, loaded
					// 2-core machine that takes minutes. What is timed is asserted inside the tests, not by this.
					testTimeout: 180_000,
					...oneAtATime,
				},
			},
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/fixture-site/**/*.test.ts'],
					exclude: fixtureSiteTimed,
					// Builds the fixture site once (twice, to see the cache at work), built and in Chromium.
					globalSetup: ['tests/fixture-site/build-fixture-site.ts'],
					...sideBySide,
				},
			},
			{
				extends: true,
				test: {
					name: 'site-timed',
					include: fixtureSiteTimed,
					globalSetup: ['tests/fixture-site/build-fixture-site.ts'],
					...oneAtATime,
				},
			},
			{
				extends: true,
				test: {
					name: 'content',
					include: ['tests/real-site/**/*.test.ts'],
					exclude: realSiteRuns,
					// Builds the real site once: every page, every example.
					globalSetup: ['tests/real-site/build-site.ts'],
					...sideBySide,
				},
			},
			{
				extends: true,
				test: {
					name: 'content-runs',
					include: realSiteRuns,
					globalSetup: ['tests/real-site/build-site.ts'],
					...oneAtATime,
				},
			},
		],
	},
});
