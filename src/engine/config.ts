/** What a build of the examples is given: where things are, and the side effects it may have. */
import path from 'node:path';
import type { TypeCheckers } from './check/check.ts';
import { examplesCacheDir, examplesModeOf, type ExamplesMode } from './env.ts';
import { UserError } from './errors.ts';
import type { SandboxLevel } from './run/sandbox.ts';
import { transcriptMode, type TranscriptMode } from './transcripts/policy.ts';

export interface EngineConfig {
	/** Project root: paths in messages are relative to it. */
	root: string;
	examplesDir: string;
	/** MDX pages that show examples; their `<Example id>`s are checked against the examples. */
	contentDir?: string;
	cacheDir: string;
	/** Run only these example ids (all are still checked). Dev mode uses it for the example that changed. */
	only?: string[];
	/** How programs are isolated. @default the strongest level this machine offers (run/sandbox.ts `chooseSandbox`) */
	sandbox?: SandboxLevel;
	/** How committed transcripts are held to (transcripts/policy.ts). @default 'report' */
	transcripts?: TranscriptMode;
	/** The type-checkers: warm servers in dev mode (check/warm/dev-checkers.ts). @default the one-pass CLIs */
	checkers?: TypeCheckers;
}

/**
 * The configuration of a project's build, the same for every entry point (the loader, `examples:accept`): the
 * project's `examples/` and `content/`, its cache (`EXAMPLES_CACHE_DIR` moves it) and its transcript mode.
 * @param dev a dev server: it shows transcript differences on the page rather than stop.
 */
export function engineConfig(root: string, env: NodeJS.ProcessEnv, { dev = false } = {}): EngineConfig {
	return {
		root,
		examplesDir: path.join(root, 'examples'),
		contentDir: path.join(root, 'content'),
		cacheDir: examplesCacheDir(root, env),
		transcripts: transcriptMode(env, dev),
	};
}

/** The mode `EXAMPLES` asks for (env.ts); a wrong value, or `off` in CI, is an error saying what to do. */
export function examplesMode(env: NodeJS.ProcessEnv): ExamplesMode {
	const mode = examplesModeOf(env);
	if (typeof mode === 'object') throw new UserError(mode.problem);
	return mode;
}

/** Everything the engine does to the world besides running programs and writing its cache: injected for tests. */
export interface EngineEffects {
	log(line: string): void;
	now(): number;
}

export const defaultEffects: EngineEffects = { log: (line) => console.log(line), now: () => performance.now() };
