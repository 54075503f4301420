/**
 * Runs one program of an example the way the build always does: sandboxed, in a fresh temporary working directory
 * (deleted afterwards), under a process cap, with the paths of this machine taken out of its output.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ENGINE_LIMITS, engineCommand, engineEnvVars, LANGUAGES, sparkEventsDir, sparkHomeDir } from './languages.ts';
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
	const engine = plan.engine ?? null;
	// A JVM or Beam's workers need more; a program that only imports packages keeps Python's limits.
	const limits = { ...DEFAULT_LIMITS, ...(engine && engine.id !== 'packages' ? ENGINE_LIMITS : lang.limits) };
	const cgroup = createRunCgroup(limits.processes);
	let strippedDir: string | undefined;
	try {
		if (program.lang === 'ts') strippedDir = await prestripExample(example.dir);
		const context = { program: program.file, exampleDir: example.dir, tmpDir, needs: options.needs, runtime };
		let command = engine ? engineCommand(context) : lang.command({ ...context, strippedDir });
		if (engine?.id === 'spark') {
			await mkdir(sparkEventsDir(tmpDir));
			await sparkHome(runtime.path, tmpDir);
		}
		// unshare's new network namespace has its loopback down (bwrap brings it up): Spark's driver and Beam's
		// workers talk over it.
		if (engine && sandbox === 'namespaces')
			command = ['/bin/sh', '-c', 'ip link set lo up && exec "$0" "$@"', ...command];
		// Both clocks at once (process.hrtime is the recorder's CLOCK_MONOTONIC): Spark logs epoch times.
		const epochMinusMonotonicMs = Date.now() - Number(process.hrtime.bigint()) / 1e6;
		const result: RunResult = await runCommand({
			command: sandboxCommand({ command, level: sandbox, tmpDir, limits, cgroupProcs: cgroup?.procsFiles }),
			cwd: tmpDir,
			env: {
				...sandboxEnv(tmpDir, [runtime.path, ...(engine?.java ? [engine.java.path] : [])]),
				...(engine ? engineEnvVars(engine.id, { runtime, tmpDir, javaHome: engine.java?.home ?? null }) : {}),
				...(record ? {} : { CONCURRENCY_NOTES_RECORD: '0' }),
			},
			timeoutMs: options.timeoutMs,
			maxOutputBytes: DEFAULT_MAX_OUTPUT_BYTES,
			// Outside the frames, a Spark run writes only what its JVM logs, to stderr (log4j2.properties, the JDK).
			rawStream: engine?.id === 'spark' ? 'stderr' : lang.rawStream,
			killAll: cgroup?.killAll,
		}).then((ended) => ({ ...ended, machine: `${os.availableParallelism()} cores` }));
		const cpuMs = cgroup?.cpuMs();
		if (cpuMs != null) result.cpuMs = cpuMs;
		if (cgroup) result.pidsCapHits = cgroup.pidsCapHits();
		// Spark's own record of the run, read before the temporary directory goes: the timeline's task rows.
		if (engine?.id === 'spark') {
			const events = await readSparkEvents(sparkEventsDir(tmpDir));
			if (events) result.spark = { events, epochMinusMonotonicMs };
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

/** The run's Spark event log (one JSON-lines file per application; rolling is off), or undefined when none. */
async function readSparkEvents(dir: string): Promise<string | undefined> {
	const files = (await readdir(dir).catch(() => [])).filter((f) => !f.startsWith('.')).sort();
	if (!files.length) return undefined;
	const texts = await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')));
	// Only the events the timeline reads (spark-events.ts) are kept with the run: the rest (the environment, SQL
	// plans, block updates) is most of the log's size.
	const kept = texts
		.join('')
		.split('\n')
		.filter((line) => SPARK_EVENTS_KEPT.test(line))
		.map(trimSparkEvent);
	return kept.length ? `${kept.join('\n')}\n` : undefined;
}

const SPARK_EVENTS_KEPT =
	/^\{"Event":"SparkListener(ApplicationStart|JobStart|StageSubmitted|StageCompleted|TaskStart|TaskEnd)"/;

/** An event without the fields nothing reads (accumulator updates, RDD lineage, job properties): a tenth the size. */
function trimSparkEvent(line: string): string {
	const event = JSON.parse(line) as Record<string, Record<string, unknown> | undefined>;
	delete event['Properties'];
	delete event['Task Executor Metrics'];
	delete event['Stage Infos'];
	for (const key of ['Task Info', 'Stage Info'] as const) {
		delete event[key]?.['Accumulables'];
		delete event[key]?.['RDD Info'];
		delete event[key]?.['Details'];
	}
	return JSON.stringify(event);
}

/**
 * SPARK_HOME for the run: links to the pip package's folders (jars, bin, python…) beside a writable `work/`, where a
 * standalone worker (local-cluster) keeps its executors' folders; the package itself is read-only in the sandbox.
 */
async function sparkHome(venvPython: string, tmpDir: string): Promise<void> {
	const venv = path.dirname(path.dirname(venvPython));
	const lib = path.join(venv, 'lib');
	const pythonDir = (await readdir(lib)).find((d) => d.startsWith('python'))!;
	const pyspark = path.join(lib, pythonDir, 'site-packages', 'pyspark');
	const home = sparkHomeDir(tmpDir);
	await mkdir(path.join(home, 'work'), { recursive: true });
	for (const entry of await readdir(pyspark)) {
		if (entry !== 'work') await symlink(path.join(pyspark, entry), path.join(home, entry));
	}
}
