/**
 * The languages examples are written in: how each is named, highlighted and started. Adding a language is adding
 * an entry here (plus its checker). Every program starts through a harness that frames its output (see frames.ts).
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LANGUAGE_INFO, type LanguageId, type LanguageInfo } from '../../shared/languages.ts';
import type { Stream } from '../../shared/output.ts';
import type { EngineId } from '../discover/metadata.ts';
import type { ResourceLimits } from './sandbox.ts';

/** An interpreter found on this machine. */
export interface Runtime {
	/** Absolute path of the executable. */
	path: string;
	/** e.g. `26.10.0` */
	version: string;
}

export interface CommandContext {
	program: string;
	exampleDir: string;
	tmpDir: string;
	needs: ReadonlyArray<'workers' | 'child-processes'>;
	runtime: Runtime;
	/** Where the engine put the example's TypeScript, stripped of its types (ts-prestrip.ts). */
	strippedDir?: string;
}

export interface Language extends LanguageInfo {
	/** Where bytes written outside the harness's frames come from (see frames.ts). */
	rawStream: Stream;
	/** Limits beyond the defaults (sandbox.ts). */
	limits: Partial<ResourceLimits>;
	command(ctx: CommandContext): string[];
}

export const HARNESS_DIR = fileURLToPath(new URL('./harness/', import.meta.url));
const NODE_PRELOAD = `${HARNESS_DIR}node-preload.mjs`;

function preloadUrl(strippedDir: string | undefined): string {
	const url = pathToFileURL(NODE_PRELOAD);
	if (strippedDir) url.searchParams.set('stripped', strippedDir);
	return url.href;
}
const PYTHON_BOOTSTRAP = `${HARNESS_DIR}python-bootstrap.py`;
/** Spark's settings that only the harness needs (UI off, loopback, event log, quiet logs): SPARK_CONF_DIR. */
export const SPARK_CONF_DIR = `${HARNESS_DIR}spark`;

/**
 * An engine program (example.json `engine`): the project's `.venv` Python, with `site` this time (the packages
 * are in .venv's site-packages), still unbuffered and isolated from the builder's environment and folder.
 */
export const engineCommand = ({ runtime, program }: Pick<CommandContext, 'runtime' | 'program'>): string[] => [
	runtime.path,
	'-u',
	'-I',
	PYTHON_BOOTSTRAP,
	program,
];

/**
 * The limits an engine program gets instead of Python's (measured with PySpark 4.3.0 on local[2] in bwrap): a JVM
 * reserves its heap and metaspace up front (an address-space limit of 2 GiB fails at start), opens one file per jar
 * (280), starts about 80 threads and, with its Python workers, peaks at 80–124 processes and threads; its start
 * costs 5–9 s of CPU. Beam's DirectRunner in multi_processing mode starts a process per worker.
 */
export const ENGINE_LIMITS: Partial<ResourceLimits> = {
	addressSpaceBytes: undefined,
	processes: 512,
	openFiles: 1024,
	cpuSeconds: 240,
};

/**
 * The environment the harness gives an engine program, on top of the sandbox's allow-list: never set by the
 * example's code, so a reader's copy stays a plain `SparkSession.builder.master("local[2]")…getOrCreate()`.
 */
export function engineEnvVars(
	engine: EngineId,
	{ runtime, tmpDir, javaHome }: { runtime: Runtime; tmpDir: string; javaHome: string | null }
): Record<string, string> {
	if (engine !== 'spark') return {};
	return {
		SPARK_CONF_DIR,
		SPARK_HOME: sparkHomeDir(tmpDir),
		SPARK_EVENTS_DIR: sparkEventsDir(tmpDir),
		PYSPARK_PYTHON: runtime.path,
		...(javaHome ? { JAVA_HOME: javaHome } : {}),
		// The driver JVM's options, which Spark's launcher adds without a word on stderr (JAVA_TOOL_OPTIONS would
		// print "Picked up …"): Java ignores TMPDIR, and / is read-only; container support fails on cgroup v1
		// inside bwrap's cgroup namespace (JDK 17.0.15) and only sizes the default heap, which Spark sets anyway.
		SPARK_SUBMIT_OPTS: `-Djava.io.tmpdir=${tmpDir} -XX:-UseContainerSupport`,
	};
}

/** The run's SPARK_HOME (run-sandboxed.ts): the pip package's folders linked beside a writable `work/`. */
export const sparkHomeDir = (tmpDir: string) => `${tmpDir}/spark-home`;

/** Where a Spark run writes its event log (spark-defaults.conf reads SPARK_EVENTS_DIR): read after the run. */
export const sparkEventsDir = (tmpDir: string) => `${tmpDir}/spark-events`;

export const LANGUAGES: Record<LanguageId, Language> = {
	py: {
		...LANGUAGE_INFO.py,
		// Children started with the spawn/forkserver methods write without the bootstrap: their prints are stdout.
		rawStream: 'stdout',
		limits: { addressSpaceBytes: 2 * 1024 ** 3 },
		// -u: unbuffered, so the order of writes is the real one. -I: isolated from the builder's environment,
		// user site-packages and the current directory. -S: no `site`, so nothing installed on the build machine
		// runs before the example (its .pth files can import packages: 50 ms at every start on a CI image); the
		// examples use the standard library only.
		command: ({ runtime, program }) => [runtime.path, '-u', '-I', '-S', PYTHON_BOOTSTRAP, program],
	},
	ts: {
		...LANGUAGE_INFO.ts,
		// Node writes an uncaught error's report straight to fd 2, outside the preload's frames.
		rawStream: 'stderr',
		// V8 reserves far more address space than it uses: its heap is bounded by --max-old-space-size instead.
		limits: {},
		command: ({ runtime, program, exampleDir, tmpDir, needs, strippedDir }) => [
			runtime.path,
			// Node's permission model: no network, reads only in the example's folder (and its stripped copy) and
			// the harness, writes only in the temporary working directory, workers and children only when declared.
			'--permission',
			`--allow-fs-read=${exampleDir}`,
			...(strippedDir ? [`--allow-fs-read=${strippedDir}`] : []),
			`--allow-fs-read=${HARNESS_DIR}`,
			`--allow-fs-write=${tmpDir}`,
			'--max-old-space-size=512',
			...(needs.includes('workers') ? ['--allow-worker'] : []),
			...(needs.includes('child-processes') ? ['--allow-child-process'] : []),
			// The sandbox's own flags would otherwise warn on the page ("…must be used with extreme caution"),
			// which a reader running `node file.ts` never sees.
			'--disable-warning=SecurityWarning',
			'--import',
			// The stripped copy's folder travels in the preload's URL, not in the environment, which must stay the
			// allow-list (sandbox.ts); `--import` is inherited by workers and forked children, and so is the folder.
			preloadUrl(strippedDir),
			program,
		],
	},
};
