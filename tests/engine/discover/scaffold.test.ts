import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptTranscripts } from '../../../src/engine/drivers/accept-transcripts.ts';
import { buildExamples } from '../../../src/engine/drivers/build-examples.ts';
import { checkNewEngine, checkNewId, newExample } from '../../../src/engine/discover/scaffold.ts';
import { spark } from '../../../src/engine/run/engines/spark.ts';
import { findEngineEnv } from '../../../src/engine/toolchain/engine-env.ts';
import { examplesDirWith, recordingEffects, ROOT } from '../../helpers/examples-dir.ts';

const engineEnv = await findEngineEnv(ROOT);

describe('npm run new', () => {
	it('refuses a missing, malformed or taken id, saying what to do', () => {
		expect(() => checkNewId(undefined, [])).toThrow('Give the new example an id: npm run new -- <id>');
		expect(() => checkNewId('Gather_Timeout', [])).toThrow(
			'"Gather_Timeout" is not a valid example id: use lower-case letters and digits in words joined by "-"'
		);
		expect(() => checkNewId('gather-order', ['gather-order'])).toThrow('examples/gather-order/ already exists');
		expect(checkNewId('gather-timeout', ['gather-order'])).toBe('gather-timeout');
	});

	it('scaffolds both programs and metadata that the build checks and runs as they are', async () => {
		const { files, usage } = newExample('my-first');
		expect(Object.keys(files)).toEqual(['my-first.py', 'my-first.ts', 'example.json']);
		expect(usage).toBe('<Example id="my-first" />');

		const dirs = await examplesDirWith([]);
		await mkdir(path.join(dirs.examplesDir, 'my-first'));
		for (const [name, text] of Object.entries(files))
			await writeFile(path.join(dirs.examplesDir, 'my-first', name), text);
		const { examples, summary } = await buildExamples(dirs, recordingEffects().effects);
		expect(summary).toMatchObject({ checked: 2, ran: 2, failed: 0 });
		for (const program of examples[0]!.programs) {
			expect(program.output.map((c) => c.text).join('')).toMatch(
				/^\[b\] done after 0\.1 s\n\[a\] done after 0\.2 s\n\[main\] results in argument order: /
			);
		}
	});

	it('refuses an engine it has no program for', () => {
		expect(checkNewEngine('beam')).toBe('beam');
		expect(() => checkNewEngine('flink')).toThrow(
			'--engine flink: use one of spark, beam (e.g. npm run new -- word-count --engine spark)'
		);
	});

	// The zero-configuration path, for real: no example.json, the engine known from the imports, the engine's default
	// timeout, checked against .venv, run in the sandbox, accepted. About 15 s of CPU (a JVM's start).
	it.runIf(spark.missing(engineEnv) === null)(
		'scaffolds a PySpark and a Beam program that the build checks, runs and accepts with no example.json',
		async () => {
			const dirs = await examplesDirWith([]);
			// The engine finds .venv and the lock at the project's root.
			await symlink(path.join(ROOT, '.venv'), path.join(dirs.root, '.venv'));
			await cp(path.join(ROOT, 'requirements.lock'), path.join(dirs.root, 'requirements.lock'));
			for (const engine of ['spark', 'beam'] as const) {
				const id = `word-count-${engine}`;
				const { files } = newExample(id, engine);
				expect(Object.keys(files)).toEqual([`${id}.py`]);
				await mkdir(path.join(dirs.examplesDir, id));
				await writeFile(path.join(dirs.examplesDir, id, `${id}.py`), files[`${id}.py`]!);
			}
			const { lines, effects } = recordingEffects();
			const summary = await acceptTranscripts({ ...dirs, ids: [] }, effects);
			expect(lines.filter((l) => l.startsWith('[ran]')).map((l) => l.split(' ')[1])).toEqual([
				'examples/word-count-beam/word-count-beam.py',
				'examples/word-count-spark/word-count-spark.py',
			]);
			expect(summary.written).toEqual([
				'examples/word-count-beam/word-count-beam.py.out (new)',
				'examples/word-count-spark/word-count-spark.py.out (new)',
			]);
			const counts = 'out| a: 3\nout| b: 3\nout| c: 2\n';
			const transcript = (id: string) => readFile(path.join(dirs.examplesDir, id, `${id}.py.out`), 'utf8');
			expect(await transcript('word-count-beam')).toBe(counts);
			// The JVM's one line on stderr, as in every Spark program's transcript.
			expect(await transcript('word-count-spark')).toBe(
				`err| WARNING: Using incubator modules: jdk.incubator.vector\n${counts}`
			);
		},
		300_000
	);
});
