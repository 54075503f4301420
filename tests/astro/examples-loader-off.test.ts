/** `EXAMPLES=off npm run dev`: the loader shows committed transcripts, and re-reads an example when it changes. */
import { exampleOf } from '../../src/engine/model/stored-example.ts';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { examplesLoader } from '../../src/astro/examples-loader.ts';
import { examplesDirWith } from '../helpers/examples-dir.ts';
import { fakeContext } from '../helpers/fake-loader-context.ts';

afterEach(() => void vi.unstubAllEnvs());

it('in dev, re-reads an edited transcript or program and shows it, checking and running nothing', async () => {
	vi.stubEnv('EXAMPLES', 'off');
	vi.stubEnv('CI', ''); // a writer's machine: CI refuses EXAMPLES=off (tests/engine/env.unit.test.ts)
	const dirs = await examplesDirWith(['ok']);
	const file = (name: string) => path.join(dirs.examplesDir, 'ok', name);
	await writeFile(file('ok.py.out'), 'out| hello from Python\n');
	await writeFile(file('ok.ts.out'), 'out| hello from TypeScript\n');
	const { context, entries, logged, watcher } = fakeContext(dirs.root);
	const loader = examplesLoader();
	await loader.load(context);
	const emit = async (name: string) => {
		watcher.emit('change', file(name));
		await loader.queue!.idle();
	};
	const ts = () => exampleOf(entries.get('ok')!.data).programs.find((p) => p.lang === 'ts')!;
	expect(ts().output).toEqual([{ stream: 'stdout', text: 'hello from TypeScript\n', t: 0 }]);
	expect(ts().notRun).toEqual({ from: 'transcript', transcript: 'examples/ok/ok.ts.out' });
	expect(logged.at(-1)).toMatch(
		/^examples: OFF \(EXAMPLES=off\), nothing checked, 0 ran: 2 shown from committed transcripts, 0 from the cache, 0 with no output, in /
	);

	await writeFile(file('ok.ts.out'), 'out| an edited transcript\n');
	await emit('ok.ts.out');
	expect(ts().output).toEqual([{ stream: 'stdout', text: 'an edited transcript\n', t: 0 }]);

	// A program with a type error that prints something else: shown as saved, its output still the transcript.
	const edited = "const n: number = 'x';\nconsole.log(n);\n";
	await writeFile(file('ok.ts'), edited);
	await emit('ok.ts');
	expect(ts().source).toBe(edited);
	expect(ts().output).toEqual([{ stream: 'stdout', text: 'an edited transcript\n', t: 0 }]);
	// The checked build's lines (its runtimes, sandbox, checkers, runs) never appear: nothing was checked or run.
	expect(logged.filter((l) => /^(runtimes:|sandbox:|\[(ran|cached)\])|error/.test(l))).toEqual([]);
});
