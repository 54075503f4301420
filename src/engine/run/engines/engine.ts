/**
 * What an engine (example.json `engine`: Spark, Beam, the locked packages) adds to a Python program's run, as one
 * object of stage-named hooks, the way a language is one entry of languages.ts. The run calls the hooks in stage
 * order (label and missing when planned; env, prepare, the run, collect) and names the engine and the hook when one
 * fails (engineHook), as Expressive Code names a plugin's failing hook.
 */
import type { Stream } from '../../../shared/output.ts';
import type { EngineId } from '../../discover/metadata.ts';
import type { EngineEnv, JavaRuntime } from '../../toolchain/engine-env.ts';
import { isMissing, type Missing, type Runtime } from '../../toolchain/runtimes.ts';
import { PYTHON_BOOTSTRAP } from '../languages.ts';
import type { ResourceLimits } from '../sandbox.ts';
import type { RunResult } from '../spawn.ts';

/** One engine program's run, as its hooks see it. */
export interface EngineRun {
	/** The run's temporary working directory: its only writable folder, deleted after `collect`. */
	tmpDir: string;
	/** `.venv`'s Python. */
	runtime: Runtime;
	/** Java, for an engine that needs it (`needsJava`) on a machine that has it; otherwise null. */
	java: JavaRuntime | null;
}

export interface Engine {
	id: EngineId;
	/** Limits beyond the sandbox's defaults, instead of Python's (sandbox.ts). */
	limits: Partial<ResourceLimits>;
	/** Where bytes written outside the harness's frames come from (frames.ts). */
	rawStream: Stream;
	/** Whether its programs need Java: missing without it, its version in their cache key, its `java` in the sandbox. */
	needsJava: boolean;
	/** What produced its programs' output, for the caption under it: `PySpark 4.3.0 · Java 17.0.15`. */
	label(env: EngineEnv): string;
	/** The first thing its programs need that this machine lacks, or null when they can run. */
	missing(env: EngineEnv): Missing | null;
	/**
	 * The environment the harness adds to the sandbox's allow-list: never set by the example's code, so a reader's
	 * copy stays a plain program.
	 */
	env(run: EngineRun): Record<string, string>;
	/** Before the program starts: what it needs in its temporary directory. */
	prepare?(run: EngineRun): Promise<void>;
	/**
	 * After it ended, before its temporary directory goes: what the engine recorded there, for the run's result.
	 * `epochMinusMonotonicMs`: the two clocks' difference when the program started.
	 */
	collect?(run: EngineRun, clocks: { epochMinusMonotonicMs: number }): Promise<Partial<RunResult>>;
}

export type EngineHook = 'env' | 'prepare' | 'collect';

/**
 * Calls one hook of an engine, and names the engine and the hook when it fails (the cause kept): a failure there
 * is the engine's, never the example's, and its message alone must say where to look.
 */
export async function engineHook<T>(engine: Engine, hook: EngineHook, call: () => T | Promise<T>): Promise<T> {
	try {
		return await call();
	} catch (cause) {
		const message = cause instanceof Error ? cause.message : String(cause);
		throw new Error(`engine "${engine.id}" failed in "${hook}": ${message}`, { cause });
	}
}

/**
 * The command of every engine program: the project's `.venv` Python, with `site` this time (the packages are in
 * .venv's site-packages), still unbuffered and isolated from the builder's environment and folder.
 */
export const engineCommand = ({ runtime, program }: { runtime: Runtime; program: string }): string[] => [
	runtime.path,
	'-u',
	'-I',
	'-B',
	PYTHON_BOOTSTRAP,
	program,
];

/**
 * The limits of a JVM or Beam's workers, instead of Python's (measured with PySpark 4.3.0 on local[2] in bwrap): a
 * JVM reserves its heap and metaspace up front (an address-space limit of 2 GiB fails at start), opens one file per
 * jar (280), starts about 80 threads and, with its Python workers, peaks at 80–124 processes and threads; its start
 * costs 5–9 s of CPU. Beam's FnApiRunner in multi_processing mode starts a process per worker.
 */
export const ENGINE_LIMITS: Partial<ResourceLimits> = {
	addressSpaceBytes: undefined,
	processes: 512,
	openFiles: 1024,
	cpuSeconds: 240,
};

/** `.venv` is what every engine program runs with. */
export const venvMissing = (env: EngineEnv): Missing | null => (isMissing(env.python) ? env.python : null);
