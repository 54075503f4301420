/**
 * The engines as objects of stage-named hooks: a failing hook is reported naming the engine and the hook, with its
 * cause; and each engine's label, limits and environment are what its programs have always run with.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRunOptions } from '../../../../src/engine/discover/metadata.ts';
import { ENGINE_LIMITS, engineHook } from '../../../../src/engine/run/engines/engine.ts';
import { ENGINES } from '../../../../src/engine/run/engines/engines.ts';
import { SPARK_CONF_DIR } from '../../../../src/engine/run/engines/spark.ts';
import { LANGUAGES } from '../../../../src/engine/run/languages.ts';
import { runExample, type RunnableProgram } from '../../../../src/engine/run/run-sandboxed.ts';
import type { EngineEnv } from '../../../../src/engine/toolchain/engine-env.ts';

const java = { path: '/usr/lib/jvm/17/bin/java', home: '/usr/lib/jvm/17', version: '17.0.15' };
const env: EngineEnv = {
	python: { path: '/p/.venv/bin/python', version: '3.13.1' },
	lock: 'abc',
	java,
	versions: { spark: '4.3.0', beam: '2.70.0', packages: 'anyio 4.12.0 · trio 0.32.0 · uvloop 0.22.1' },
};
const noJava = { ...env, java: { missing: 'Java 17 or newer', install: 'apt-get install openjdk-17-jre-headless' } };
const noVenv = { ...env, python: { missing: '.venv', install: 'npm install' } };

describe('engineHook', () => {
	it('names the engine and the hook of a failure, and keeps its cause', async () => {
		const cause = new Error('ENOENT: no such file or directory, scandir …/spark-events');
		const failed = engineHook(ENGINES.spark, 'collect', () => Promise.reject(cause));
		await expect(failed).rejects.toThrow(
			'engine "spark" failed in "collect": ENOENT: no such file or directory, scandir …/spark-events'
		);
		await expect(failed).rejects.toHaveProperty('cause', cause);
	});

	it('hands back what the hook returns', async () => {
		expect(await engineHook(ENGINES.beam, 'env', () => ({ A: '1' }))).toEqual({ A: '1' });
	});
});

describe('runExample with an engine', () => {
	it('reports a failing hook by engine and hook name, before the program starts', async () => {
		// A .venv without a lib/ folder: Spark's prepare cannot link SPARK_HOME to the pip package.
		const venv = await mkdtemp(path.join(os.tmpdir(), 'no-pyspark-'));
		const plan: RunnableProgram = {
			example: { id: 'broken-spark', dir: venv, programs: [], meta: {} },
			program: { lang: 'py', file: path.join(venv, 'broken-spark.py'), displayPath: 'broken-spark.py', source: '' },
			options: resolveRunOptions({ engine: 'spark' }, 'py'),
			runtime: { path: path.join(venv, 'bin', 'python'), version: '3.13.1' },
			sandbox: 'process-group',
			engine: { id: 'spark', java: null },
		};
		try {
			const failed = runExample(plan);
			await expect(failed).rejects.toThrow(/^engine "spark" failed in "prepare": ENOENT/);
			await expect(failed).rejects.toHaveProperty('cause.code', 'ENOENT');
		} finally {
			await rm(venv, { recursive: true, force: true });
		}
	});
});

describe('the engines', () => {
	it('label their programs’ output, Java only for Spark', () => {
		expect(ENGINES.spark.label(env)).toBe('PySpark 4.3.0 · Java 17.0.15');
		expect(ENGINES.spark.label(noJava)).toBe('PySpark 4.3.0');
		expect(ENGINES.beam.label(env)).toBe('Apache Beam 2.70.0');
		expect(ENGINES.packages.label(env)).toBe('anyio 4.12.0 · trio 0.32.0 · uvloop 0.22.1');
	});

	it('need .venv, and Spark Java too', () => {
		for (const engine of Object.values(ENGINES)) {
			expect(engine.missing(env), engine.id).toBeNull();
			expect(engine.missing(noVenv), engine.id).toEqual(noVenv.python);
		}
		expect(ENGINES.spark.missing(noJava)).toEqual(noJava.java);
		expect(ENGINES.beam.missing(noJava)).toBeNull();
		expect(
			Object.values(ENGINES)
				.filter((e) => e.needsJava)
				.map((e) => e.id)
		).toEqual(['spark']);
	});

	it('raise the limits for a JVM or Beam’s workers; the locked packages keep Python’s', () => {
		expect(ENGINES.spark.limits).toEqual(ENGINE_LIMITS);
		expect(ENGINES.beam.limits).toEqual(ENGINE_LIMITS);
		expect(ENGINES.packages.limits).toEqual(LANGUAGES.py.limits);
	});

	it('read bytes outside the frames as Spark’s JVM log (stderr), or as Python’s children’s prints', () => {
		expect(ENGINES.spark.rawStream).toBe('stderr');
		expect(ENGINES.beam.rawStream).toBe('stdout');
		expect(ENGINES.packages.rawStream).toBe('stdout');
	});

	it('give Spark the harness’s environment, and Beam and the packages none', () => {
		const run = { tmpDir: '/tmp/run', runtime: env.python as { path: string; version: string }, java };
		expect(ENGINES.spark.env(run)).toEqual({
			SPARK_CONF_DIR,
			SPARK_HOME: '/tmp/run/spark-home',
			SPARK_EVENTS_DIR: '/tmp/run/spark-events',
			PYSPARK_PYTHON: '/p/.venv/bin/python',
			JAVA_HOME: '/usr/lib/jvm/17',
			SPARK_SUBMIT_OPTS: '-Djava.io.tmpdir=/tmp/run -XX:-UseContainerSupport -XX:-UsePerfData',
			SPARK_LAUNCHER_OPTS: '-XX:-UsePerfData',
		});
		expect(ENGINES.spark.env({ ...run, java: null })).not.toHaveProperty('JAVA_HOME');
		expect(ENGINES.beam.env(run)).toEqual({});
		expect(ENGINES.packages.env(run)).toEqual({});
	});
});
