/** What a build of the examples is given: where things are, and the side effects it may have. */
import type { TypeCheckers } from './check/check.ts';
import type { SandboxLevel } from './run/sandbox.ts';
import type { TranscriptMode } from './transcripts/policy.ts';

export interface EngineConfig {
	/** Project root: paths in messages are relative to it. */
	root: string;
	examplesDir: string;
	/** MDX pages that show examples; their `<Example id>`s are checked against the examples. */
	contentDir?: string;
	cacheDir: string;
	/** Run only these example ids (all are still checked). Dev mode uses it for the example that changed. */
	only?: string[];
	/** How programs are isolated. @default the strongest level this machine offers (sandbox.ts `chooseSandbox`) */
	sandbox?: SandboxLevel;
	/** How committed transcripts are held to (transcript-policy.ts). @default 'report' */
	transcripts?: TranscriptMode;
	/** The type-checkers: warm servers in dev mode (dev-checkers.ts). @default the one-pass CLIs */
	checkers?: TypeCheckers;
}

/** Everything the engine does to the world besides running programs and writing its cache: injected for tests. */
export interface EngineEffects {
	log(line: string): void;
	now(): number;
}

export const defaultEffects: EngineEffects = { log: (line) => console.log(line), now: () => performance.now() };
