/**
 * A build on a machine without .venv, or without Java: the engine programs it cannot run are shown from their
 * committed transcripts, with one log line per thing missing and a notice on their pages, both naming what is
 * missing and the command that installs it; everything else is checked and run as usual, and nothing fails.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildExamples } from '../../../src/engine/drivers/build-examples.ts';
import { notRunNotice } from '../../../src/components/views/not-run-notice.ts';
import { parseTranscript } from '../../../src/engine/transcripts/parse.ts';
import { examplesDirWith, recordingEffects } from '../../helpers/examples-dir.ts';
import { addEngineFixtures, hasVenv, linkVenv, withoutJava } from '../../helpers/engine-env.ts';

const VENV = 'the project’s Python environment .venv (from requirements.lock)';
const VENV_INSTALL = 'npm install (its postinstall runs node scripts/python-env.ts)';
const JAVA = 'Java 17 or newer (looked in JAVA_HOME, then PATH)';

describe('a build with engine programs this machine cannot run', () => {
	beforeEach(() => void vi.stubEnv('CI', ''));

	it('without .venv: shows them from their transcripts, with one line naming what is missing and its install', async () => {
		const dirs = await examplesDirWith(['ok']);
		await addEngineFixtures(dirs, ['anyio-group', 'spark-sum']);
		const { lines, effects } = recordingEffects();
		const { examples, summary } = await buildExamples(dirs, effects);

		expect(lines.filter((l) => l.startsWith('[not run]'))).toEqual([
			`[not run] 2 program(s) need ${VENV}; install it with: ${VENV_INSTALL}: examples/anyio-group/anyio-group.py, examples/spark-sum/spark-sum.py (their pages show their committed transcripts, with this notice)`,
		]);
		expect(summary).toMatchObject({ checked: 2, ran: 2, failed: 0 });
		for (const id of ['anyio-group', 'spark-sum']) {
			const [program] = examples.find((e) => e.id === id)!.programs;
			const transcript = `examples/${id}/${id}.py.out`;
			expect(program!.notRun).toEqual({
				from: 'transcript',
				transcript,
				needs: { missing: VENV, install: VENV_INSTALL },
			});
			expect(program!.output).toEqual(parseTranscript(await readFile(path.join(dirs.root, transcript), 'utf8')).output);
			expect(notRunNotice(program!)!.heading).toBe(`Not run in this build: it needs ${VENV}`);
			expect(notRunNotice(program!)!.text).toContain(`Install it with \`${VENV_INSTALL}\``);
		}
	});

	it.runIf(hasVenv)('without Java: the Spark program only; the .venv program is checked and run', async () => {
		const dirs = await examplesDirWith([]);
		await addEngineFixtures(dirs, ['anyio-group', 'spark-sum']);
		await linkVenv(dirs.root);
		await withoutJava();
		const { lines, effects } = recordingEffects();
		const { examples, summary } = await buildExamples(dirs, effects);
		expect(lines.filter((l) => l.startsWith('[not run]'))).toEqual([
			`[not run] 1 program(s) need ${JAVA}; install it with: apt-get install openjdk-17-jre-headless: examples/spark-sum/spark-sum.py (their pages show their committed transcripts, with this notice)`,
		]);
		expect(summary).toMatchObject({ checked: 1, ran: 1, failed: 0 });
		const anyio = examples.find((e) => e.id === 'anyio-group')!.programs[0]!;
		expect(anyio.notRun).toBeUndefined();
		expect(anyio.transcript!.state).toBe('matches');
		expect(examples.find((e) => e.id === 'spark-sum')!.programs[0]!.notRun!.from).toBe('transcript');
	});
});
