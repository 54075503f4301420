/**
 * An engine program needs no example.json: discovery knows its engine from its imports, the run options come with
 * that engine's defaults, and where the imports cannot tell, the error names the field and the value to write.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExamples } from '../../../src/engine/drivers/build-examples.ts';
import { discoverExamples } from '../../../src/engine/discover/discover.ts';
import { ENGINE_DEFAULTS, resolveRunOptions } from '../../../src/engine/discover/metadata.ts';
import { examplesDirWith, failure, recordingEffects } from '../../helpers/examples-dir.ts';

/** A throw-away examples folder with these files, `<id>/<name>` → text. */
async function examplesWith(files: Record<string, string>) {
	const dirs = await examplesDirWith([]);
	for (const [name, text] of Object.entries(files)) {
		await mkdir(path.join(dirs.examplesDir, path.dirname(name)), { recursive: true });
		await writeFile(path.join(dirs.examplesDir, name), text);
	}
	return dirs;
}

const SPARK = 'from pyspark.sql import SparkSession\n\nSparkSession.builder.getOrCreate().stop()\n';

describe('an engine program without example.json', () => {
	it('runs on the engine its imports name, with that engine’s defaults', async () => {
		const dirs = await examplesWith({
			'plain-spark/plain-spark.py': SPARK,
			'plain-spark/plain-spark.ts': "console.log('a twin');\n",
			'plain-beam/plain-beam.py': 'import apache_beam as beam\n',
			'plain-trio/plain-trio.py': 'import trio\n',
			'plain-asyncio/plain-asyncio.py': 'import asyncio\n',
		});
		const examples = await discoverExamples(dirs.examplesDir, dirs.root);
		const engineOf = (id: string) => examples.find((e) => e.id === id)!.meta.engine;
		expect(['plain-asyncio', 'plain-beam', 'plain-spark', 'plain-trio'].map(engineOf)).toEqual([
			undefined,
			'beam',
			'spark',
			'packages',
		]);
		const spark = examples.find((e) => e.id === 'plain-spark')!.meta;
		// Not alone: its claims hold beside other programs, and run one after another the Spark programs left a core idle.
		expect(resolveRunOptions(spark, 'py')).toMatchObject({ engine: 'spark', alone: false, ...ENGINE_DEFAULTS.spark });
		// Its TypeScript twin is a plain program.
		expect(resolveRunOptions(spark, 'ts')).toMatchObject({ engine: null, timeoutMs: 5000, alone: false });
	});

	it('keeps what example.json says: its engine, and a timeout only an engine may have', async () => {
		const dirs = await examplesWith({
			'declared/declared.py': SPARK,
			'declared/example.json': '{ "engine": "packages" }',
			'long/long.py': SPARK,
			'long/example.json': '{ "timeoutMs": 120000, "alone": false }',
		});
		const [declared, long] = await discoverExamples(dirs.examplesDir, dirs.root);
		expect(declared!.meta.engine).toBe('packages');
		expect(resolveRunOptions(long!.meta, 'py')).toMatchObject({ engine: 'spark', timeoutMs: 120_000, alone: false });
	});

	it('names the field to write when it imports both Spark and Beam', async () => {
		const dirs = await examplesWith({ 'both/both.py': 'import apache_beam\nimport pyspark\n' });
		await expect(discoverExamples(dirs.examplesDir, dirs.root)).rejects.toThrow(
			'examples/both/both.py imports both pyspark and apache_beam: say which engine runs it, "engine": "spark" or "engine": "beam" in examples/both/example.json'
		);
	});

	it('names the field to write when it imports a package the engine does not know', async () => {
		const dirs = await examplesWith({ 'arrays/arrays.py': 'import numpy\n\nprint(numpy.arange(3))\n' });
		expect(await failure(buildExamples(dirs, recordingEffects().effects))).toContain(
			'examples/arrays/arrays.py:1:8 reportMissingImports Import "numpy" could not be resolved: if it is a package of requirements.lock, say so with "engine": "packages" in examples/arrays/example.json'
		);
	});
});
