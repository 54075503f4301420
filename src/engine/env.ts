/**
 * Every environment variable the engine reads, read here: `CI`, `EXAMPLES`, `EXAMPLES_CACHE_DIR`, `EXAMPLES_DEBUG`,
 * `EXAMPLES_SANDBOX`. Each takes the environment as a parameter, so tests and entry points pass theirs, and
 * `engineConfig` (config.ts) resolves them once for the drivers. Read elsewhere, on purpose or as known debt (each
 * listed in tests/architecture/env-reads.unit.test.ts): the machine's `PATH`, `PYENV_ROOT` and `JAVA_HOME`, where
 * toolchain/ looks for runtimes; `CI` where a driver refuses to skip a program; and, inside the example's own process,
 * the harness's `CONCURRENCY_NOTES_RECORD`.
 */
import path from 'node:path';

/** `CI=true`, as GitHub Actions and most CI services set it. */
export const isCi = (env: NodeJS.ProcessEnv): boolean => /^(true|1)$/i.test(env.CI ?? '');

/** `EXAMPLES_DEBUG=1` keeps the engine's stack traces in errors, for whoever works on the engine. */
export const isDebug = (env: NodeJS.ProcessEnv): boolean => !!env.EXAMPLES_DEBUG && env.EXAMPLES_DEBUG !== '0';

/** Where the examples cache lives in a project; `EXAMPLES_CACHE_DIR` moves it (the bench builds from a cold one). */
export const examplesCacheDir = (root: string, env: NodeJS.ProcessEnv): string =>
	env.EXAMPLES_CACHE_DIR
		? path.resolve(root, env.EXAMPLES_CACHE_DIR)
		: path.join(root, 'node_modules', '.cache', 'examples');

/** `EXAMPLES_SANDBOX=<level>`: the sandbox level demanded (CI sets `bwrap`); run/sandbox.ts `chooseSandbox` checks it. */
export const askedSandbox = (env: NodeJS.ProcessEnv): string | undefined => env.EXAMPLES_SANDBOX || undefined;

/** `on`: every example is checked and run (the default). `off`: nothing is, pages show committed output. */
export type ExamplesMode = 'on' | 'off';

const MODES: readonly ExamplesMode[] = ['on', 'off'];

/**
 * `EXAMPLES=off`: a build or dev server for writers who edit prose, which checks and runs nothing and shows the
 * committed transcripts instead (off/offline-results.ts). Unset or empty is `on`. Returns the problem with any
 * other value, and with `off` in CI.
 */
export function examplesModeOf(env: NodeJS.ProcessEnv): ExamplesMode | { problem: string } {
	const value = env.EXAMPLES ?? '';
	if (value === '') return 'on';
	if (!MODES.includes(value as ExamplesMode)) {
		return {
			problem:
				`EXAMPLES=${value} is not a value it takes: use EXAMPLES=off (check and run no example, show the committed ` +
				`transcripts: for editing prose) or EXAMPLES=on (the default: check and run every example).`,
		};
	}
	if (value === 'off' && isCi(env)) {
		// CI publishes the site and is the check of every pull request: output it did not run must never pass for it.
		return {
			problem:
				'EXAMPLES=off is refused in CI (CI=true): a CI build checks and runs every example, and must never publish ' +
				'output it did not run. Remove EXAMPLES=off from the CI environment; use it on your own machine only.',
		};
	}
	return value as ExamplesMode;
}
