/**
 * A hung Spark job at its timeout: the run's cgroup (or bwrap's PID namespace) kills the driver, the JVM, every
 * Python worker and what they started, and nothing is left. Needs the project's .venv and Java 17+, as the engine
 * programs do; about 15 s of CPU.
 */
import { describe, expect, it } from 'vitest';
import { discoverExamples } from '../../../src/engine/discover/discover.ts';
import { planBuild } from '../../../src/engine/plan/plan.ts';
import { runExample } from '../../../src/engine/run/run-sandboxed.ts';
import { chooseSandbox } from '../../../src/engine/run/sandbox.ts';
import { spark } from '../../../src/engine/run/engines/spark.ts';
import { findEngineEnv } from '../../../src/engine/toolchain/engine-env.ts';
import { addEngineFixtures, linkVenv } from '../../helpers/engine-env.ts';
import { examplesDirWith, processesMatching, ROOT } from '../../helpers/examples-dir.ts';

const env = await findEngineEnv(ROOT);

describe.runIf(spark.missing(env) === null)('a hung Spark job', () => {
	it('is killed at its timeout with its JVM and Python workers, leaving no process behind', async () => {
		const dirs = await examplesDirWith([]);
		await addEngineFixtures(dirs, ['spark-hang']);
		await linkVenv(dirs.root);
		const workersBefore = processesMatching('pyspark.daemon').length;
		const examples = await discoverExamples(dirs.examplesDir, dirs.root);
		const { programs } = await planBuild(examples, dirs.root, chooseSandbox(process.env));
		const [plan] = programs;
		expect(plan!).toMatchObject({ engine: { id: 'spark' }, missing: null });
		const run = await runExample(plan!);
		expect(run.status).toBe('timeout');
		expect(run.output.map((c) => c.text).join('')).toContain('session started');
		// The JVM carries the run's folder in -Djava.io.tmpdir; each task's child carries a marker.
		expect(processesMatching('example-spark-hang-')).toEqual([]);
		expect(processesMatching('spark-hang-marker')).toEqual([]);
		expect(processesMatching('pyspark.daemon').length).toBeLessThanOrEqual(workersBefore);
	}, 90_000);
});
