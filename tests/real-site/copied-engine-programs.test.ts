/**
 * A copied Spark or Beam program prints the stdout its page shows. Each is copied alone into an empty folder and run
 * as the pages tell a reader to: after `pip install pyspark==…` or `apache-beam==…` (the project's `.venv` stands in
 * for the reader's environment, its `bin` first on PATH as an activated environment puts it), `python3 file.py`,
 * without the harness: no SPARK_CONF_DIR (so Spark logs as it does for a reader), no PYSPARK_PYTHON, no frames.
 * Its stdout and its exit must be the transcript's; its stderr may add only what the pages' notes explain
 * (helpers/engine-stderr.ts). It runs in the sandbox, loopback only, so a Beam program that names no runner would
 * show here what it does for a reader without a network.
 *
 * Slow: one JVM per Spark program, two or so at a time as the build runs them. One at a time, on a quiet 2-core
 * machine, this took 143 s.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverExamples, type ExampleProgram, type ExampleSource } from '../../src/engine/discover/discover.ts';
import { resolveRunOptions } from '../../src/engine/discover/metadata.ts';
import { ENGINE_LIMITS } from '../../src/engine/run/engines/engine.ts';
import { ENGINES } from '../../src/engine/run/engines/engines.ts';
import { chooseSandbox, DEFAULT_LIMITS, sandboxCommand, sandboxEnv } from '../../src/engine/run/sandbox.ts';
import { runCommand } from '../../src/engine/run/spawn.ts';
import { findEngineEnv } from '../../src/engine/toolchain/engine-env.ts';
import { isMissing } from '../../src/engine/toolchain/runtimes.ts';
import { readTranscript, transcriptPath } from '../../src/engine/transcripts/files.ts';
import { parseTranscript } from '../../src/engine/transcripts/parse.ts';
import { outputText } from '../../src/shared/output.ts';
import { unexplainedStderr } from '../helpers/engine-stderr.ts';
import { ROOT } from '../helpers/examples-dir.ts';
import { scheduleAsBuild } from '../../src/engine/drivers/schedule.ts';

interface Copied {
	example: ExampleSource;
	program: ExampleProgram;
	transcript: string;
}

const engineEnv = await findEngineEnv(ROOT);
const level = chooseSandbox(process.env);

/**
 * What the sandbox itself needs for a JVM, never what changes the output: SPARK_SUBMIT_OPTS (Java's temporary folder
 * off the read-only `/`, no container support inside bwrap's cgroup namespace, no perf data file in a /tmp that
 * copies in their own PID namespaces share) and SPARK_LAUNCHER_OPTS (no perf data file), JAVA_HOME, a SPARK_HOME
 * whose `work/` is writable (a local-cluster worker keeps its executors' folders there; the package is read-only
 * here), and a SPARK_CONF_DIR with a spark-defaults.conf that gives local-cluster's executor JVMs the same Java
 * options and every JVM the harness's lighter compiler and collector (speed only). No log4j2.properties: Spark logs
 * as it does for a reader.
 */
async function sandboxNeedsForSpark(runDir: string, python: string): Promise<Record<string, string>> {
	const java = engineEnv.java;
	const { SPARK_SUBMIT_OPTS, SPARK_LAUNCHER_OPTS, SPARK_HOME, JAVA_HOME } = ENGINES.spark.env({
		runtime: { path: python, version: '' },
		tmpDir: runDir,
		java: isMissing(java) ? null : java,
	});
	const lib = path.join(ROOT, '.venv', 'lib');
	const pythonDir = (await readdir(lib)).find((d) => d.startsWith('python'))!;
	const pyspark = path.join(lib, pythonDir, 'site-packages', 'pyspark');
	await mkdir(path.join(SPARK_HOME!, 'work'), { recursive: true });
	const confDir = path.join(runDir, 'spark-conf');
	await mkdir(confDir);
	const light = '-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1';
	await writeFile(
		path.join(confDir, 'spark-defaults.conf'),
		`spark.driver.extraJavaOptions ${light}\nspark.executor.extraJavaOptions ${light} ${SPARK_SUBMIT_OPTS}\n`
	);
	for (const entry of await readdir(pyspark)) {
		if (entry !== 'work') await symlink(path.join(pyspark, entry), path.join(SPARK_HOME!, entry));
	}
	return {
		SPARK_SUBMIT_OPTS: SPARK_SUBMIT_OPTS!,
		SPARK_LAUNCHER_OPTS: SPARK_LAUNCHER_OPTS!,
		SPARK_HOME: SPARK_HOME!,
		SPARK_CONF_DIR: confDir,
		...(JAVA_HOME ? { JAVA_HOME } : {}),
	};
}

/** The difference between what a lone copy printed and its page, or null when there is none. */
async function runCopy({ example, program, transcript }: Copied): Promise<string | null> {
	const python = path.join(ROOT, '.venv', 'bin', 'python3');
	const runDir = await mkdtemp(path.join(os.tmpdir(), `copied-${example.id}-`));
	const dir = path.join(runDir, 'copy');
	const stderrFile = path.join(runDir, 'stderr');
	try {
		await mkdir(dir);
		const file = path.join(dir, path.basename(program.file));
		await copyFile(program.file, file);
		const java = isMissing(engineEnv.java) ? [] : [engineEnv.java.path];
		const spark = example.meta.engine === 'spark' ? await sandboxNeedsForSpark(runDir, python) : {};
		// stderr to a file of its own, stdout alone in the pipe; unshare's network namespace has its loopback down.
		const loopback = level === 'namespaces' ? 'ip link set lo up && ' : '';
		const result = await runCommand({
			command: sandboxCommand({
				command: ['/bin/sh', '-c', `${loopback}exec "$0" "$@" 2>"${stderrFile}"`, python, '-u', file],
				level,
				tmpDir: runDir,
				limits: { ...DEFAULT_LIMITS, ...ENGINE_LIMITS },
			}),
			cwd: dir,
			env: { ...sandboxEnv(runDir, [python, ...java]), ...spark },
			timeoutMs: resolveRunOptions(example.meta, 'py').timeoutMs * 2,
			maxOutputBytes: 256 * 1024,
			rawStream: 'stdout',
		});
		// As the engine shows them (engine/run/run-sandboxed.ts): the folder as …, the environment's library as ….
		const shorten = (text: string) => text.replaceAll(dir, '…').replaceAll(`${path.join(ROOT, '.venv')}/`, '…/');
		const expected = parseTranscript(transcript);
		const problems = [];
		const printed = shorten(outputText(result.output));
		const shown = outputText(expected.output, 'stdout');
		if (printed !== shown) problems.push(`stdout:\n${printed}\n  the page shows:\n${shown}`);
		const stderr = shorten(await readFile(stderrFile, 'utf8').catch(() => ''));
		const unexplained = unexplainedStderr(stderr, outputText(expected.output, 'stderr'));
		if (unexplained.length) problems.push(`stderr the page does not explain:\n${unexplained.join('\n')}`);
		if (result.exitCode !== expected.exitCode || result.signal !== expected.signal) {
			problems.push(
				`ended with ${result.signal ?? `exit code ${result.exitCode}`} (${result.status}), the page shows ${expected.signal ?? `exit code ${expected.exitCode}`}`
			);
		}
		return problems.length
			? `${program.displayPath}, copied alone and run as \`python3 ${path.basename(file)}\`: ${problems.join('; ')}`
			: null;
	} finally {
		await rm(runDir, { recursive: true, force: true });
	}
}

describe('every Spark and Beam program, copied alone into an empty folder', () => {
	it('prints the stdout its page shows, and on stderr only what the pages explain', { timeout: 900_000 }, async () => {
		const missing = ENGINES.spark.missing(engineEnv);
		if (missing) throw new Error(`${missing.missing} is missing: ${missing.install}`);
		const examples = await discoverExamples(path.join(ROOT, 'examples'), ROOT);
		const copies: Copied[] = [];
		for (const example of examples) {
			const program = example.programs.find((p) => p.lang === 'py');
			if (!program || (example.meta.engine !== 'spark' && example.meta.engine !== 'beam')) continue;
			const transcript = await readTranscript(transcriptPath(program.file));
			if (transcript !== null) copies.push({ example, program, transcript });
		}
		expect(copies.filter((c) => c.example.meta.engine === 'spark').length).toBeGreaterThanOrEqual(10);
		expect(copies.filter((c) => c.example.meta.engine === 'beam').length).toBeGreaterThanOrEqual(9);
		const problems: string[] = [];
		// Side by side as the build runs them, Spark first, while a core is free (drivers/schedule.ts): what a copy
		// prints does not depend on what runs beside it, as the build's own runs of them show.
		const run = async (copy: Copied) => {
			const started = performance.now();
			const problem = await runCopy(copy);
			if (problem) problems.push(problem);
			console.log(`${copy.program.displayPath}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
		};
		await scheduleAsBuild(
			copies.map((c) => ({ ...c, options: resolveRunOptions(c.example.meta, 'py') })),
			run
		);
		expect(problems.sort()).toEqual([]);
	});
});
