/**
 * PySpark: a JVM beside the Python program, configured by the harness (SPARK_CONF_DIR: UI off, loopback, the event
 * log, quiet logs), with a SPARK_HOME of its own, and Spark's event log read after the run for the timeline.
 */
import { mkdir, readdir, readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { keptSparkEvents } from '../../record/spark-events.ts';
import { isMissing } from '../../toolchain/runtimes.ts';
import { HARNESS_DIR } from '../languages.ts';
import { ENGINE_LIMITS, venvMissing, type Engine } from './engine.ts';

/** Spark's settings that only the harness needs (UI off, loopback, event log, quiet logs): SPARK_CONF_DIR. */
export const SPARK_CONF_DIR = `${HARNESS_DIR}spark`;

/**
 * No /tmp/hsperfdata_<user>/<pid> file for the run's JVMs. Below bubblewrap (the `namespaces` level) each run has
 * its own PID namespace but the machine's /tmp, so two JVMs started at once by two runs can get the same pid, and
 * the second one prints that the first one's file "is locked by another process". The file only serves jstat-like
 * tools from outside the run. spark-defaults.conf gives local-cluster's executor JVMs the same option.
 */
const NO_PERF_FILE = '-XX:-UsePerfData';

/** The run's SPARK_HOME (sparkHome): the pip package's folders linked beside a writable `work/`. */
export const sparkHomeDir = (tmpDir: string) => `${tmpDir}/spark-home`;

/** Where a Spark run writes its event log (spark-defaults.conf reads SPARK_EVENTS_DIR): read after the run. */
export const sparkEventsDir = (tmpDir: string) => `${tmpDir}/spark-events`;

export const spark: Engine = {
	id: 'spark',
	limits: ENGINE_LIMITS,
	// Outside the frames, a Spark run writes only what its JVM logs, to stderr (log4j2.properties, the JDK).
	rawStream: 'stderr',
	needsJava: true,
	label: (env) => `PySpark ${env.versions.spark}${isMissing(env.java) ? '' : ` · Java ${env.java.version}`}`,
	missing: (env) => venvMissing(env) ?? (isMissing(env.java) ? env.java : null),
	// A reader's copy stays a plain `SparkSession.builder.master("local[2]")…getOrCreate()`.
	env: ({ runtime, tmpDir, java }) => ({
		SPARK_CONF_DIR,
		SPARK_HOME: sparkHomeDir(tmpDir),
		SPARK_EVENTS_DIR: sparkEventsDir(tmpDir),
		PYSPARK_PYTHON: runtime.path,
		...(java ? { JAVA_HOME: java.home } : {}),
		// The driver JVM's options, which Spark's launcher adds without a word on stderr (JAVA_TOOL_OPTIONS would
		// print "Picked up …"): Java ignores TMPDIR, and / is read-only; container support fails on cgroup v1
		// inside bwrap's cgroup namespace (JDK 17.0.15) and only sizes the default heap, which Spark sets anyway.
		SPARK_SUBMIT_OPTS: `-Djava.io.tmpdir=${tmpDir} -XX:-UseContainerSupport ${NO_PERF_FILE}`,
		// The launcher JVM (spark-class runs it first, to build the driver's command line).
		SPARK_LAUNCHER_OPTS: NO_PERF_FILE,
	}),
	async prepare({ runtime, tmpDir }) {
		await mkdir(sparkEventsDir(tmpDir));
		await sparkHome(runtime.path, tmpDir);
	},
	// Spark's own record of the run, read before the temporary directory goes: the timeline's task rows.
	async collect({ tmpDir }, { epochMinusMonotonicMs }) {
		const events = await readSparkEvents(sparkEventsDir(tmpDir));
		return events ? { spark: { events, epochMinusMonotonicMs } } : {};
	},
};

/** The run's Spark event log (one JSON-lines file per application; rolling is off), or undefined when none. */
async function readSparkEvents(dir: string): Promise<string | undefined> {
	const files = (await readdir(dir).catch(() => [])).filter((f) => !f.startsWith('.')).sort();
	if (!files.length) return undefined;
	const texts = await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')));
	return keptSparkEvents(texts.join(''));
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
