/**
 * `npm run examples:accept` on a machine that cannot run the engine programs (no .venv; no Java): their committed
 * transcripts stay exactly as they are and the summary says why, while what the machine can run is still accepted.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { acceptTranscripts, formatAcceptSummary } from '../../../src/engine/drivers/accept-transcripts.ts';
import { examplesDirWith, recordingEffects } from '../../helpers/examples-dir.ts';
import { addEngineFixtures, hasVenv, linkVenv, withoutJava } from '../../helpers/engine-env.ts';

const NO_VENV =
	'the project’s Python environment .venv (from requirements.lock); install it with: npm install (its postinstall runs node scripts/python-env.ts)';
const NO_JAVA =
	'Java 17 or newer (looked in JAVA_HOME, then PATH); install it with: apt-get install openjdk-17-jre-headless';

/** The committed transcripts of the engine fixtures, read now, to compare after. */
async function transcripts(examplesDir: string) {
	const read = (id: string) => readFile(path.join(examplesDir, id, `${id}.py.out`), 'utf8');
	return { spark: await read('spark-sum'), anyio: await read('anyio-group') };
}

/** What accept says when only the Spark fixture could not run: nothing written or removed, its transcript kept. */
const sparkKept = (needs: string, unchanged: number) => ({
	written: [],
	removed: [],
	unchanged,
	notRun: [`kept examples/spark-sum/spark-sum.py.out as committed: not run on this machine, it needs ${needs}`],
});

describe('examples:accept with engine programs it cannot run', () => {
	// A contributor's machine: CI never accepts, and refuses to leave an engine program unrun.
	beforeEach(() => void vi.stubEnv('CI', ''));

	it('without .venv: keeps every engine transcript as committed, says why, and accepts the rest', async () => {
		const dirs = await examplesDirWith(['ok']);
		await addEngineFixtures(dirs, ['spark-sum', 'anyio-group']);
		const before = await transcripts(dirs.examplesDir);
		const { effects } = recordingEffects();

		const summary = await acceptTranscripts({ ...dirs, ids: [] }, effects);
		expect(formatAcceptSummary(summary)).toBe(
			[
				'wrote examples/ok/ok.py.out (new)',
				'wrote examples/ok/ok.ts.out (new)',
				`kept examples/anyio-group/anyio-group.py.out as committed: not run on this machine, it needs ${NO_VENV}`,
				`kept examples/spark-sum/spark-sum.py.out as committed: not run on this machine, it needs ${NO_VENV}`,
				'transcripts: 2 written, 0 removed, 0 unchanged, 2 left as they are (not run on this machine)',
				'Review them (git diff examples/) and commit them with your change.',
			].join('\n')
		);
		expect(await transcripts(dirs.examplesDir)).toEqual(before);

		// Asked for by id, the same: the program is named, and its transcript stays.
		expect(await acceptTranscripts({ ...dirs, ids: ['spark-sum'] }, effects)).toEqual(sparkKept(NO_VENV, 0));
		expect(await transcripts(dirs.examplesDir)).toEqual(before);

		// With no transcript committed, nothing is written for it, and it says so.
		await rm(path.join(dirs.examplesDir, 'spark-sum', 'spark-sum.py.out'));
		expect((await acceptTranscripts({ ...dirs, ids: ['spark-sum'] }, effects)).notRun).toEqual([
			`did not write examples/spark-sum/spark-sum.py.out: not run on this machine, it needs ${NO_VENV}`,
		]);
	});

	it.runIf(hasVenv)(
		'without Java: keeps the Spark transcript, and runs and checks the .venv program as usual',
		async () => {
			const dirs = await examplesDirWith([]);
			await addEngineFixtures(dirs, ['spark-sum', 'anyio-group']);
			await linkVenv(dirs.root);
			await withoutJava();
			const before = await transcripts(dirs.examplesDir);
			const { effects } = recordingEffects();

			// anyio-group ran on .venv, and its output is its committed transcript.
			expect(await acceptTranscripts({ ...dirs, ids: [] }, effects)).toEqual(sparkKept(NO_JAVA, 1));
			expect(await transcripts(dirs.examplesDir)).toEqual(before);
		}
	);
});

describe('examples:accept with a plain engine program', () => {
	beforeEach(() => void vi.stubEnv('CI', ''));

	// Needs .venv and Java, as CI has them.
	it.runIf(hasVenv)(
		'accepts a PySpark program dropped in with no example.json: the engine from its imports, its default timeout',
		async () => {
			const dirs = await examplesDirWith([]);
			await addEngineFixtures(dirs, ['spark-sum']);
			const committed = await readFile(path.join(dirs.examplesDir, 'spark-sum', 'spark-sum.py.out'), 'utf8');
			await rm(path.join(dirs.examplesDir, 'spark-sum', 'example.json'));
			await rm(path.join(dirs.examplesDir, 'spark-sum', 'spark-sum.py.out'));
			await linkVenv(dirs.root);

			const summary = await acceptTranscripts({ ...dirs, ids: [] }, recordingEffects().effects);
			expect(summary).toMatchObject({ written: [expect.stringContaining('spark-sum.py.out')], notRun: [] });
			expect(await readFile(path.join(dirs.examplesDir, 'spark-sum', 'spark-sum.py.out'), 'utf8')).toBe(committed);
		},
		300_000
	);
});
