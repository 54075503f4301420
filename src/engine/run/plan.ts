/**
 * The plan of a build: each program of each example with everything decided about it once — its run options with
 * defaults applied, the runtime that runs it, and what its cache key is made of. The build and the determinism
 * check both work from it; a new per-program step (a timeline, a transcript) reads it instead of deciding again.
 */
import type { CacheKeyInput } from '../cache/cache-key.ts';
import type { ExampleProgram, ExampleSource } from '../discover/discover.ts';
import { engineVersion } from '../cache/engine-version.ts';
import { resolveRunOptions, type ResolvedRunOptions } from '../discover/metadata.ts';
import type { Runtime } from './languages.ts';
import type { SandboxLevel } from './sandbox.ts';
import { findRuntimesOnce, type Runtimes } from './toolchain.ts';
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
}

export interface BuildPlan {
	programs: ProgramPlan[];
	runtimes: Runtimes;
	/** Hash of the engine's code (engine-version.ts). */
	engineVersion: string;
	sandbox: SandboxLevel;
}

export async function planBuild(examples: ExampleSource[], root: string, sandbox: SandboxLevel): Promise<BuildPlan> {
	const [runtimes, engine] = await Promise.all([findRuntimesOnce(root), engineVersion()]);
	const programs = examples.flatMap((example) =>
		example.programs.map((program): ProgramPlan => {
			const options = resolveRunOptions(example.meta, program.lang);
			const runtime = runtimes[program.lang];
			const twins = example.programs.filter((p) => p !== program).map((p) => path.basename(p.file));
			const toolchain = {
				engine,
				runtime: runtime.version,
				checker: program.lang === 'ts' ? TYPESCRIPT_VERSION : PYRIGHT_VERSION,
				sandbox,
			};
			const cacheKeyInput = { dir: example.dir, exclude: twins, lang: program.lang, toolchain, options };
			return { example, program, options, runtime, sandbox, cacheKeyInput };
		})
	);
	return { programs, runtimes, engineVersion: engine, sandbox };
}
