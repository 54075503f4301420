/**
 * Dev mode with engine programs: one that cannot run shows its committed transcript until what it needs appears
 * (.venv made by npm install, Java installed), which the running server notices without a restart; an edited
 * engine program is checked against .venv's packages and run again.
 */
import { exampleOf } from '../../../src/engine/model/stored-example.ts';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { devCheckers } from '../../../src/engine/check/warm/dev-checkers.ts';
import { examplesLoader } from '../../../src/astro/examples-loader.ts';
import { examplesDirWith } from '../../helpers/examples-dir.ts';
import { fakeContext } from '../../helpers/fake-loader-context.ts';
import { addEngineFixtures, hasVenv, linkVenv, withoutJava } from '../../helpers/engine-env.ts';

function devContext(root: string) {
	onTestFinished(() => devCheckers(path.join(root, 'examples'), root).stop());
	const { context, entries, watcher } = fakeContext(root);
	// As a page reads an entry (stored-example.ts): source, timeline and trace back from their file.
	return { context, entries: { get: (id: string) => entries.get(id) && exampleOf(entries.get(id)!.data) }, watcher };
}

// A change re-checks every example and runs what it touches, a Spark program for about 20 s on a loaded machine.
const WAIT = { timeout: 150_000, interval: 200 };

describe.runIf(hasVenv)('dev mode with engine programs', { timeout: 400_000 }, () => {
	beforeEach(() => void vi.stubEnv('CI', ''));

	it('runs a program once npm install made .venv, then re-checks it against .venv and runs it on each save', async () => {
		const dirs = await examplesDirWith(['ok']);
		await addEngineFixtures(dirs, ['anyio-group']);
		const { context, entries, watcher } = devContext(dirs.root);
		await examplesLoader().load(context);
		const program = () => entries.get('anyio-group')!.programs[0]!;
		expect(program().notRun).toMatchObject({
			from: 'transcript',
			needs: { install: expect.stringMatching(/^npm install/) },
		});

		// npm install makes .venv and writes its stamp last: the server sees the stamp change, and runs the program.
		await linkVenv(dirs.root);
		watcher.emit('change', path.join(dirs.root, '.venv', '.lock-stamp'));
		await vi.waitFor(() => expect(program().notRun).toBeUndefined(), WAIT);
		expect(program().transcript!.state).toBe('matches');
		expect(program().runtime).toMatch(/^Python 3\.\d+\.\d+ · anyio \d/);

		// A type error only anyio's own types show (a plain python3 has no anyio: "could not be resolved").
		const file = path.join(dirs.examplesDir, 'anyio-group', 'anyio-group.py');
		const source = await readFile(file, 'utf8');
		await writeFile(file, source.replace('await anyio.sleep(delay)', 'await anyio.sleep(str(delay))'));
		watcher.emit('change', file);
		await vi.waitFor(() => expect(entries.get('anyio-group')!.error).toBeDefined(), WAIT);
		expect(entries.get('anyio-group')!.error).toMatch(
			/examples\/anyio-group\/anyio-group\.py:\d+:\d+ reportArgumentType Argument of type "str" cannot be assigned to parameter "delay"/
		);

		await writeFile(file, source.replace('the group is over', 'the group is over, edited'));
		watcher.emit('change', file);
		await vi.waitFor(() => expect(entries.get('anyio-group')!.error).toBeUndefined(), WAIT);
		expect(
			program()
				.output.map((c) => c.text)
				.join('')
		).toContain('the group is over, edited\n');
		expect(program().transcript!.state).toBe('changed');
	});

	it('runs a Spark program once Java is there, with the next save of any example', async () => {
		const dirs = await examplesDirWith(['ok']);
		await addEngineFixtures(dirs, ['spark-sum']);
		await linkVenv(dirs.root);
		const restoreJava = await withoutJava();
		const { context, entries, watcher } = devContext(dirs.root);
		await examplesLoader().load(context);
		const spark = () => entries.get('spark-sum')!.programs[0]!;
		expect(spark().notRun!.needs!.missing).toMatch(/^Java 17 or newer/);

		restoreJava();
		const other = path.join(dirs.examplesDir, 'ok', 'ok.py');
		await writeFile(other, 'print("hello again")\n');
		watcher.emit('change', other);
		await vi.waitFor(() => expect(spark().notRun).toBeUndefined(), WAIT);
		expect(
			spark()
				.output.map((c) => c.text)
				.join('')
		).toContain('sum of 1..10 on Spark: 55\n');
		expect(spark().timeline!.rows.some((r) => r.kind === 'slot')).toBe(true);
	});
});
