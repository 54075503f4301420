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
import type { ProgramPlan } from './plan.ts';
import { DEFAULT_MAX_OUTPUT_BYTES, runCommand, type RunResult } from './spawn.ts';
import { DEFAULT_LIMITS, sandboxCommand, sandboxEnv } from './sandbox.ts';

export async function runExample(
	plan: ProgramPlan,
	/** `record: false` turns the timeline recorder off (to measure what it costs, and that it changes nothing). */
	{ record = true }: { record?: boolean } = {}
): Promise<RunResult> {
	const { example, program, options, runtime, sandbox } = plan;
	const lang = LANGUAGES[program.lang];
	const tmpDir = await mkdtemp(path.join(os.tmpdir(), `example-${example.id}-`));
	const limits = { ...DEFAULT_LIMITS, ...lang.limits };
	const cgroup = createRunCgroup(limits.processes);
	let strippedDir: string | undefined;
	try {
		if (program.lang === 'ts') strippedDir = await prestripExample(example.dir);
		const command = lang.command({
			program: program.file,
			exampleDir: example.dir,
			tmpDir,
			needs: options.needs,
			runtime,
			strippedDir,
		});
		const result: RunResult = await runCommand({
			command: sandboxCommand({ command, level: sandbox, tmpDir, limits, cgroupProcs: cgroup?.procsFiles }),
			cwd: tmpDir,
			env: {
				...sandboxEnv(tmpDir, [runtime.path]),
				...(record ? {} : { CONCURRENCY_NOTES_RECORD: '0' }),
			},
			timeoutMs: options.timeoutMs,
			maxOutputBytes: DEFAULT_MAX_OUTPUT_BYTES,
			rawStream: lang.rawStream,
			killAll: cgroup?.killAll,
		}).then((ended) => ({ ...ended, machine: `${os.availableParallelism()} cores` }));
		const cpuMs = cgroup?.cpuMs();
		if (cpuMs != null) result.cpuMs = cpuMs;
		if (cgroup) result.pidsCapHits = cgroup.pidsCapHits();
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
