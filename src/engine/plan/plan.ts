/**
 * The plan of a build: each program of each example with everything decided about it once — its run options with
 * defaults applied, the runtime that runs it, and what its cache key is made of. The build and the determinism
 * check both work from it; a new per-program step (a timeline, a transcript) reads it instead of deciding again.
 */
import type { CacheKeyInput } from '../cache/cache-key.ts';
import type { ExampleProgram, ExampleSource } from '../discover/discover.ts';
import { engineVersion } from '../cache/engine-version.ts';
import {
	resolveRunOptions,
	resolveVersionOptions,
	type EngineId,
	type ResolvedRunOptions,
} from '../discover/metadata.ts';
import type { SandboxLevel } from '../run/sandbox.ts';
import {
	compareVersions,
	isMissing,
	type Missing,
	type Runtime,
	type Runtimes,
	findRuntimesOnce,
	newerPythonFinder,
} from '../toolchain/runtimes.ts';
import { findEngineEnvOnce, type EngineEnv, type JavaRuntime } from '../toolchain/engine-env.ts';
import { ENGINES } from '../run/engines/engines.ts';
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
	/** An engine program (example.json `engine`): what it runs with. */
	engine?: { id: EngineId; java: JavaRuntime | null; label: string };
	/**
	 * What this machine lacks to run the program (Java or .venv for an engine program, a Python as new as its
	 * declared minimum), and the one command that installs it; the build then shows its committed transcript.
	 */
	missing: Missing | null;
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
	// A standard-library Python program may declare a minimum (example.json `python`) the main Python does not meet.
	const minimum = (example: ExampleSource) => {
		const { min } = resolveVersionOptions(example.meta, 'py');
		const wanted = min?.join('.');
		return !example.meta.engine && wanted && compareVersions(runtimes.py.version, wanted) < 0 ? wanted : null;
	};
	const newerPython = examples.some(minimum) ? await newerPythonFinder(root, runtimes.py) : null;
	const programs = examples.flatMap((example) =>
		example.programs.map((program): ProgramPlan => {
			const options = resolveRunOptions(example.meta, program.lang);
			const twins = example.programs.filter((p) => p !== program).map((p) => path.basename(p.file));
			const checker = program.lang === 'ts' ? TYPESCRIPT_VERSION : PYRIGHT_VERSION;
			if (options.engine && engineEnv) {
				// The lock and Java are inputs of the run: a new lock or another Java runs the program again.
				const adapter = ENGINES[options.engine];
				const missing = adapter.missing(engineEnv);
				const python = isMissing(engineEnv.python) ? runtimes.py : engineEnv.python;
				const java = adapter.needsJava && !isMissing(engineEnv.java) ? engineEnv.java : null;
				const toolchain = {
					engine,
					runtime: python.version,
					checker,
					sandbox,
					lock: engineEnv.lock,
					...(java ? { java: java.version } : {}),
				};
				const cacheKeyInput = { dir: example.dir, exclude: twins, lang: program.lang, toolchain, options };
				const planned = { id: options.engine, java, label: adapter.label(engineEnv) };
				return { example, program, options, runtime: python, sandbox, cacheKeyInput, engine: planned, missing };
			}
			const wanted = program.lang === 'py' ? minimum(example) : null;
			const newer = wanted ? newerPython!(wanted) : null;
			const missing = newer && isMissing(newer) ? newer : null;
			const runtime = newer && !isMissing(newer) ? newer : runtimes[program.lang];
			const toolchain = { engine, runtime: runtime.version, checker, sandbox };
			const cacheKeyInput = { dir: example.dir, exclude: twins, lang: program.lang, toolchain, options };
			return { example, program, options, runtime, sandbox, cacheKeyInput, missing };
		})
	);
	return { programs, runtimes, engineVersion: engine, sandbox, engineEnv };
}
