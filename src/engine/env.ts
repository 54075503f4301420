/**
 * `EXAMPLES=off`: a build or dev server for writers who edit prose, which checks and runs nothing and shows the
 * committed transcripts instead (offline-results.ts). Read once here, by the integration (so a wrong value stops
 * `astro build`/`astro dev` before anything else) and by the loader (which chooses the engine).
 */
import { ExampleBuildError } from './errors.ts';
import { isCi } from './transcripts/policy.ts';

/** `on`: every example is checked and run (the default). `off`: nothing is, pages show committed output. */
export type ExamplesMode = 'on' | 'off';

const MODES: readonly ExamplesMode[] = ['on', 'off'];

/** The mode `EXAMPLES` asks for; unset or empty is `on`. Throws on any other value, and on `off` in CI. */
export function examplesMode(env: NodeJS.ProcessEnv = process.env): ExamplesMode {
	const value = env.EXAMPLES ?? '';
	if (value === '') return 'on';
	if (!MODES.includes(value as ExamplesMode)) {
		throw new ExampleBuildError(
			`EXAMPLES=${value} is not a value it takes: use EXAMPLES=off (check and run no example, show the committed ` +
				`transcripts: for editing prose) or EXAMPLES=on (the default: check and run every example).`
		);
	}
	if (value === 'off' && isCi(env)) {
		// CI publishes the site and is the check of every pull request: output it did not run must never pass for it.
		throw new ExampleBuildError(
			'EXAMPLES=off is refused in CI (CI=true): a CI build checks and runs every example, and must never publish ' +
				'output it did not run. Remove EXAMPLES=off from the CI environment; use it on your own machine only.'
		);
	}
	return value as ExamplesMode;
}
