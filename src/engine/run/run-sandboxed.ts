/**
 * Runs one program of an example the way the build always does: sandboxed, in a fresh temporary working directory
 * (deleted afterwards), under a process cap, with the paths of this machine taken out of its output.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LANGUAGES } from './languages.ts';
import { createRunCgroup } from './cgroup.ts';
import { prestripExample } from './ts-prestrip.ts';
import { DEFAULT_MAX_OUTPUT_BYTES, runCommand, type RunResult } from './spawn.ts';
import { DEFAULT_LIMITS, sandboxCommand, sandboxEnv, type SandboxLevel } from './sandbox.ts';
import { engineCommand, engineHook, type EngineRun } from './engines/engine.ts';
import { ENGINES } from './engines/engines.ts';
import type { ExampleProgram, ExampleSource } from '../discover/discover.ts';
import type { EngineId, ResolvedRunOptions } from '../discover/metadata.ts';
import type { Runtime } from '../toolchain/runtimes.ts';
import type { JavaRuntime } from '../toolchain/engine-env.ts';

/**
 * What running a program needs, and no more: the plan's ProgramPlan (plan/plan.ts) is one. Declared here so that
 * the run step does not import the plan, which is made from later steps' outputs (the checkers' versions, the
 * engine's cache version); the run uses only what it is handed.
 */
export interface RunnableProgram {
	example: ExampleSource;
	program: ExampleProgram;
	options: ResolvedRunOptions;
	runtime: Runtime;
	/** How the program is isolated (sandbox.ts). */
	sandbox: SandboxLevel;
	/** An engine program (example.json `engine`): what it runs with. */
	engine?: { id: EngineId; java: JavaRuntime | null };
}

export async function runExample(
	plan: RunnableProgram,
	/**
	 * `record: false` turns the timeline recorder off (to measure what it costs, and that it changes nothing);
	 * `'no-loop'` keeps it on but for the event loop's view (to measure what that costs: the bench).
	 */
	{ record = true }: { record?: boolean | 'no-loop' } = {}
): Promise<RunResult> {
	const { example, program, options, runtime, sandbox } = plan;
	const lang = LANGUAGES[program.lang];
	const tmpDir = await mkdtemp(path.join(os.tmpdir(), `example-${example.id}-`));
	const engine = plan.engine ? ENGINES[plan.engine.id] : null;
	const engineRun: EngineRun = { tmpDir, runtime, java: plan.engine?.java ?? null };
	const limits = { ...DEFAULT_LIMITS, ...(engine ?? lang).limits };
	const cgroup = createRunCgroup(limits.processes);
	let strippedDir: string | undefined;
	try {
		if (program.lang === 'ts') strippedDir = await prestripExample(example.dir);
		const context = { program: program.file, exampleDir: example.dir, tmpDir, needs: options.needs, runtime };
		const command = engine ? engineCommand(context) : lang.command({ ...context, strippedDir });
		// The engine's hooks in stage order: its environment, its preparation, the run, what it recorded.
		const engineEnv = engine ? await engineHook(engine, 'env', () => engine.env(engineRun)) : {};
		if (engine?.prepare) await engineHook(engine, 'prepare', () => engine.prepare!(engineRun));
		// Both clocks at once (process.hrtime is the recorder's CLOCK_MONOTONIC): Spark logs epoch times.
		const epochMinusMonotonicMs = Date.now() - Number(process.hrtime.bigint()) / 1e6;
		const result: RunResult = await runCommand({
			command: sandboxCommand({ command, level: sandbox, tmpDir, limits, cgroupProcs: cgroup?.procsFiles }),
			cwd: tmpDir,
			env: {
				...sandboxEnv(tmpDir, [runtime.path, ...(engineRun.java ? [engineRun.java.path] : [])]),
				...engineEnv,
				...(record === true ? {} : { CONCURRENCY_NOTES_RECORD: record ? record : '0' }),
			},
			timeoutMs: options.timeoutMs,
			maxOutputBytes: DEFAULT_MAX_OUTPUT_BYTES,
			rawStream: (engine ?? lang).rawStream,
			killAll: cgroup?.killAll,
		}).then((ended) => ({ ...ended, machine: `${os.availableParallelism()} cores` }));
		const cpuMs = cgroup?.cpuMs();
		if (cpuMs != null) result.cpuMs = cpuMs;
		if (cgroup) result.pidsCapHits = cgroup.pidsCapHits();
		if (engine?.collect) {
			const clocks = { epochMinusMonotonicMs };
			Object.assign(result, await engineHook(engine, 'collect', () => engine.collect!(engineRun, clocks)));
		}
		// Where the repository, the temporary directory or the runtime's library happen to be must not change the
		// page (nor leak the builder's paths): a traceback through asyncio's own files names them.
		const runtimePrefix = `${path.dirname(path.dirname(runtime.path))}/`;
		for (const chunk of result.output) {
			chunk.text = chunk.text
				.replaceAll(example.dir, '…')
				.replaceAll(tmpDir, '$TMPDIR')
				.replaceAll(runtimePrefix, '…/');
		}
		return result;
	} finally {
		try {
			await cgroup?.remove();
		} catch (error) {
			const message = `example "${example.id}" (${program.displayPath}) could not be stopped`;
			throw new Error(`${message}: ${(error as Error).message}`, { cause: error });
		} finally {
			await rm(tmpDir, { recursive: true, force: true });
			if (strippedDir) await rm(strippedDir, { recursive: true, force: true });
		}
	}
}
