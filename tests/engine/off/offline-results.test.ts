/**
 * EXAMPLES=off through the engine: a program's cached run under its current key, else its committed transcript as
 * it is, else a placeholder; nothing checked, nothing run, and bad input still reported.
 */
import { appendFile, cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildExamples } from '../../../src/engine/drivers/build-examples.ts';
import { ExampleBuildError } from '../../../src/engine/errors.ts';
import { offlineResults } from '../../../src/engine/off/offline-results.ts';
import { acceptTranscripts } from '../../../src/engine/drivers/accept-transcripts.ts';
import { formatTranscript } from '../../../src/engine/transcripts/format.ts';
import { examplesDirWith, failure, recordingEffects, ROOT } from '../../helpers/examples-dir.ts';

it(
	'shows the cached run of an unchanged program, else its transcript, else a placeholder, and checks and runs nothing',
	{ timeout: 180_000 },
	async () => {
		// A real build runs `ok` (both languages) and the racy `declared-race`, and caches them; `ok` is accepted.
		const dirs = await examplesDirWith(['ok', 'declared-race']);
		const { lines, effects } = recordingEffects();
		const built = await buildExamples(dirs, effects);
		await acceptTranscripts({ ...dirs, ids: ['ok'] }, effects);
		// A program with a type error that would fail any checked build, given a transcript: off mode shows it as
		// committed, which proves nothing was checked or run. And a new program with neither transcript nor cache.
		await cp(path.join(ROOT, 'tests/fixtures/examples/type-error'), path.join(dirs.examplesDir, 'type-error'), {
			recursive: true,
		});
		await writeFile(path.join(dirs.examplesDir, 'type-error', 'type-error.ts.out'), 'out| NaN\nout| 8\n');
		await mkdir(path.join(dirs.examplesDir, 'fresh'));
		await writeFile(path.join(dirs.examplesDir, 'fresh', 'fresh.ts'), "console.log('new');\n");
		// An edited program has a new cache key: its committed transcript is shown, not the old run.
		await appendFile(path.join(dirs.examplesDir, 'ok', 'ok.py'), '# edited\n');

		lines.length = 0;
		const { examples, summary } = await offlineResults(dirs, effects);
		expect(summary).toMatchObject({ checked: 0, ran: 0, failed: 0 });
		expect(summary.off).toEqual({ transcripts: 2, cached: 2, nothing: 1 });
		expect(lines).toEqual([
			'examples are off (EXAMPLES=off): nothing is type-checked or run; 2 programs show their committed transcript, 2 their last cached run, 1 a placeholder (each marked "Not re-run")',
		]);
		const byId = Object.fromEntries(examples.map((e) => [e.id, e.programs]));
		expect(Object.keys(byId)).toEqual(['declared-race', 'fresh', 'ok', 'type-error']);

		// The unchanged program: its cached run, exactly as the build showed it (timeline included), though it has a
		// transcript. The edited one: its transcript, the output the build ran as committed; no time, no timeline.
		const [okPy, okTs] = byId.ok!;
		const [builtPy, builtTs] = built.examples.find((e) => e.id === 'ok')!.programs;
		// (The build adds what it compared: the transcript's status and the other versions' results.)
		const { notRun, ...cachedTs } = okTs!;
		const { transcript: _compared, versions: _versions, ...ranTs } = builtTs!;
		expect(notRun).toEqual({ from: 'cache', transcript: 'examples/ok/ok.ts.out' });
		expect(cachedTs).toEqual(ranTs);
		expect(cachedTs.timeline).toBeDefined();
		expect(okPy!.notRun).toEqual({ from: 'transcript', transcript: 'examples/ok/ok.py.out' });
		expect(formatTranscript(okPy!)).toEqual(formatTranscript(builtPy!));
		expect(okPy!.runtime).toBe('Python');
		expect(okPy!.timeline === undefined && okPy!.trace === undefined && okPy!.durationMs === 0).toBe(true);
		expect(byId['type-error']![0]!.output).toEqual([{ stream: 'stdout', text: 'NaN\n8\n', t: 0 }]);

		// The racy program has no transcript: its cached run, exactly as the build showed it.
		const race = byId['declared-race']![0]!;
		const builtRace = built.examples.find((e) => e.id === 'declared-race')!.programs[0]!;
		expect(race.notRun).toEqual({ from: 'cache', transcript: null });
		expect(race.variants).toEqual(builtRace.variants);
		expect(race.output).toEqual(builtRace.output);

		expect(byId.fresh).toEqual([
			expect.objectContaining({
				output: [],
				exitCode: null,
				notRun: { from: 'nothing', transcript: 'examples/fresh/fresh.ts.out' },
			}),
		]);

		// A changed program has a new cache key: its old cached output is not shown as if it were this program's.
		await appendFile(path.join(dirs.examplesDir, 'declared-race', 'declared-race.py'), '# edited\n');
		const edited = await offlineResults({ ...dirs, only: ['declared-race'] }, effects);
		expect(edited.examples.map((e) => e.id)).toEqual(['declared-race']);
		expect(edited.examples[0]!.programs[0]!.notRun).toEqual({ from: 'nothing', transcript: null });
	}
);

it('still reports a misspelt id on a page, and a committed transcript it cannot read, naming where', async () => {
	const dirs = await examplesDirWith(['ok']);
	const { effects } = recordingEffects();
	await writeFile(path.join(dirs.examplesDir, 'ok', 'ok.ts.out'), 'out| hello from TypeScript\n');
	await writeFile(path.join(dirs.contentDir, 'page.mdx'), '<Example id="okk" />\n');
	expect(await failure(offlineResults(dirs, effects))).toBe(
		'Unknown example ids:\ncontent/page.mdx: <Example id="okk"> names no example (no folder examples/okk/). Did you mean "ok"?'
	);

	await writeFile(path.join(dirs.contentDir, 'page.mdx'), '<Example id="ok" />\n');
	await writeFile(path.join(dirs.examplesDir, 'ok', 'ok.py.out'), 'out| hello\n<<<<<<< HEAD\n');
	const error = await offlineResults(dirs, effects).catch((e: unknown) => e);
	expect(error).toBeInstanceOf(ExampleBuildError);
	expect((error as ExampleBuildError).failures.map((f) => f.id)).toEqual(['ok']);
	expect((error as Error).message).toBe(
		[
			'1 committed transcript(s) cannot be read:',
			'',
			'example "ok" (examples/ok/ok.py.out:2) is not a transcript: unexpected line "<<<<<<< HEAD": a line starts with "out| " or "err| ", or is "\\ no newline" after one; "exit code N" or "killed by SIGNAL" may end it. Restore it (git checkout -- examples/ok/ok.py.out), or build without EXAMPLES=off and accept the output (npm run examples:accept -- ok)',
			'  shown on: content/page.mdx',
		].join('\n')
	);
});
