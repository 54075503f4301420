import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;

export default defineConfig({
	test: {
		root,
		testTimeout: 60_000,
		hookTimeout: 300_000,
		// One file at a time: several tests time real processes (timeouts, a determinism check that loads the
		// CPUs on purpose), and two such files side by side on a 2-core machine would measure each other.
		fileParallelism: false,
		projects: [
			{
				// Pure modules, no program run, no build: seconds in all (`npm run test:unit`).
				extends: true,
				test: { name: 'unit', include: ['tests/**/*.unit.test.ts'] },
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
					exclude: ['**/*.unit.test.ts'],
					// A test here may build three times, checkers and real programs each time: on a shared, loaded
					// 2-core machine that takes minutes. What is timed is asserted inside the tests, not by this.
					testTimeout: 180_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/fixture-site/**/*.test.ts'],
					// Builds the fixture site once (twice, to see the cache at work), built and in Chromium.
					globalSetup: ['tests/fixture-site/build-fixture-site.ts'],
				},
			},
			{
				extends: true,
				test: {
					name: 'content',
					include: ['tests/real-site/**/*.test.ts'],
					// Builds the real site once: every page, every example.
					globalSetup: ['tests/real-site/build-site.ts'],
				},
			},
		],
	},
});
