/** What a build of the examples is given: where things are, and the side effects it may have. */
import path from 'node:path';
import type { TypeCheckers } from './check/check.ts';
import { examplesCacheDir, examplesModeOf, isCi, type ExamplesMode } from './env.ts';
import { UserError } from './errors.ts';
import { chooseSandbox, type SandboxLevel } from './run/sandbox.ts';
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
	/**
	 * How programs are isolated, resolved once (`engineConfig`): the level `EXAMPLES_SANDBOX` demands, or else the
	 * strongest this machine offers (run/sandbox.ts `chooseSandbox`). When the level demanded cannot run here, the
	 * error saying so, thrown where a driver first needs the level (`sandboxOf`): EXAMPLES=off may need none.
	 */
	sandbox: SandboxLevel | UserError;
	/** CI (`CI=true`): a program this machine cannot run fails the build instead of showing its transcript. @default false */
	ci?: boolean;
	/** How committed transcripts are held to (transcripts/policy.ts). @default 'report' */
	transcripts?: TranscriptMode;
	/** The type-checkers: warm servers in dev mode (check/warm/dev-checkers.ts). @default the one-pass CLIs */
	checkers?: TypeCheckers;
	/**
	 * Run only this shard's programs (all are still checked): one of `count` machines sharing the example stage, each
	 * filling its own cache (drivers/shard.ts splits the plan). @default every program
	 */
	shard?: Shard;
}

/** Shard `index` of `count` (1 ≤ index ≤ count), as `--shard index/count` names it. */
export interface Shard {
	index: number;
	count: number;
}

/**
 * The configuration of a project's build, the same for every entry point (the loader, `examples:accept`,
 * `examples:matrix`, `examples:verify`): the project's `examples/` and `content/`, its cache (`EXAMPLES_CACHE_DIR`
 * moves it), its transcript mode and refusals (`CI`) and its sandbox level (`EXAMPLES_SANDBOX`), each read once, here.
 * @param dev a dev server: it shows transcript differences on the page rather than stop.
 */
export function engineConfig(root: string, env: NodeJS.ProcessEnv, { dev = false } = {}): EngineConfig {
	return {
		root,
		examplesDir: path.join(root, 'examples'),
		contentDir: path.join(root, 'content'),
		cacheDir: examplesCacheDir(root, env),
		transcripts: transcriptMode(env, dev),
		sandbox: resolveSandbox(env),
		ci: isCi(env),
	};
}

function resolveSandbox(env: NodeJS.ProcessEnv): SandboxLevel | UserError {
	try {
		return chooseSandbox(env);
	} catch (error) {
		if (error instanceof UserError) return error;
		throw error;
	}
}

/** The sandbox level a driver runs (and keys) programs at; the configuration's error when there is none. */
export function sandboxOf(config: Pick<EngineConfig, 'sandbox'>): SandboxLevel {
	if (config.sandbox instanceof Error) throw config.sandbox;
	return config.sandbox;
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
