/**
 * The plan of a build: each program of each example with everything decided about it once — its run options with
 * defaults applied, the runtime that runs it, and what its cache key is made of. The build and the determinism
 * check both work from it; a new per-program step (a timeline, a transcript) reads it instead of deciding again.
 */
import type { CacheKeyInput } from '../cache/cache-key.ts';
import type { ExampleProgram, ExampleSource } from '../discover/discover.ts';
import { engineVersion } from '../cache/engine-version.ts';
import { resolveRunOptions, type EngineId, type ResolvedRunOptions } from '../discover/metadata.ts';
import type { Runtime } from './languages.ts';
import type { SandboxLevel } from './sandbox.ts';
import {
	engineLabel,
	engineMissing,
	findEngineEnvOnce,
	isMissing,
	type EngineEnv,
	type JavaRuntime,
	type Missing,
	type Runtimes,
	findRuntimesOnce,
} from './toolchain.ts';
import { TYPESCRIPT_VERSION } from '../check/tsc.ts';
import { PYRIGHT_VERSION } from '../check/pyright.ts';
import path from 'node:path';

/** One program, ready to run. */
export interface ProgramPlan {
	example: ExampleSource;
	program: ExampleProgram;
	options: ResolvedRunOptions;
	runtime: Runtime;
	/** How the program is isolated (sandbox.ts). */
	sandbox: SandboxLevel;
	/** Everything that can change this program's output: hashed (with the example's files) into its cache key. */
	cacheKeyInput: CacheKeyInput;
	/** An engine program (example.json `engine`): what it runs with, or what this machine lacks to run it. */
	engine?: { id: EngineId; java: JavaRuntime | null; missing: Missing | null; label: string };
}

export interface BuildPlan {
	programs: ProgramPlan[];
	runtimes: Runtimes;
	/** Hash of the engine's code (engine-version.ts). */
	engineVersion: string;
	sandbox: SandboxLevel;
	/** Found only when some example declares an engine. */
	engineEnv: EngineEnv | null;
}

export async function planBuild(examples: ExampleSource[], root: string, sandbox: SandboxLevel): Promise<BuildPlan> {
	const [runtimes, engine, engineEnv] = await Promise.all([
		findRuntimesOnce(root),
		engineVersion(),
		examples.some((e) => e.meta.engine) ? findEngineEnvOnce(root) : null,
	]);
	const programs = examples.flatMap((example) =>
		example.programs.map((program): ProgramPlan => {
			const options = resolveRunOptions(example.meta, program.lang);
			const twins = example.programs.filter((p) => p !== program).map((p) => path.basename(p.file));
			const checker = program.lang === 'ts' ? TYPESCRIPT_VERSION : PYRIGHT_VERSION;
			if (options.engine && engineEnv) {
				// The lock and Java are inputs of the run: a new lock or another Java runs the program again.
				const missing = engineMissing(engineEnv, options.engine);
				const python = isMissing(engineEnv.python) ? runtimes.py : engineEnv.python;
				const java = options.engine === 'spark' && !isMissing(engineEnv.java) ? engineEnv.java : null;
				const toolchain = {
					engine,
					runtime: python.version,
					checker,
					sandbox,
					lock: engineEnv.lock,
					...(java ? { java: java.version } : {}),
				};
				const cacheKeyInput = { dir: example.dir, exclude: twins, lang: program.lang, toolchain, options };
				const planned = { id: options.engine, java, missing, label: engineLabel(engineEnv, options.engine) };
				return { example, program, options, runtime: python, sandbox, cacheKeyInput, engine: planned };
			}
			const runtime = runtimes[program.lang];
			const toolchain = { engine, runtime: runtime.version, checker, sandbox };
			const cacheKeyInput = { dir: example.dir, exclude: twins, lang: program.lang, toolchain, options };
			return { example, program, options, runtime, sandbox, cacheKeyInput };
		})
	);
	return { programs, runtimes, engineVersion: engine, sandbox, engineEnv };
}
