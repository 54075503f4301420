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
				extends: true,
				test: {
					name: 'unit',
					include: [
						'tests/examples/**/*.test.ts',
						'tests/components/**/*.test.ts',
						'tests/code-blocks/**/*.test.ts',
						'tests/site/**/*.test.ts',
					],
				},
			},
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
					// Builds the fixture site once (twice, to see the cache at work) for tests/build and tests/e2e.
					globalSetup: ['tests/build/build-fixture-site.ts'],
				},
			},
			{
				extends: true,
				test: {
					name: 'content',
					include: ['tests/content/**/*.test.ts'],
					// Builds the real site once: every page, every example.
					globalSetup: ['tests/content/build-site.ts'],
				},
			},
		],
	},
});
