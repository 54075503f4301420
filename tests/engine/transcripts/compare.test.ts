/** Committed transcripts, through the engine: checked in CI, reported locally, written only on purpose. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExamples } from '../../../src/engine/drivers/build-examples.ts';
import type { EngineConfig } from '../../../src/engine/config.ts';
import { acceptTranscripts, formatAcceptSummary } from '../../../src/engine/drivers/accept-transcripts.ts';
import { hasTranscript, transcriptMode } from '../../../src/engine/transcripts/policy.ts';
import { examplesDirWith, failure, recordingEffects } from '../../helpers/examples-dir.ts';

async function okExample() {
	const dirs = await examplesDirWith(['ok']);
	const { lines, effects } = recordingEffects();
	const build = (transcripts: EngineConfig['transcripts']) => buildExamples({ ...dirs, transcripts }, effects);
	const accept = (ids: string[] = []) => acceptTranscripts({ ...dirs, ids }, effects);
	const file = (name: string) => path.join(dirs.examplesDir, 'ok', name);
	return { dirs, lines, build, accept, file };
}

describe('committed transcripts', () => {
	it('in CI, a missing transcript fails the build with what the run printed and the command to accept it', async () => {
		const { build, file } = await okExample();
		const message = await failure(build('check'));
		expect(message).toContain('2 transcripts do not match this run (CI never writes them):');
		expect(message).toContain(
			'examples/ok/ok.py.out: missing (no committed transcript). This run printed:\n@@ -0,0 +1,1 @@\n+out| hello from Python'
		);
		expect(message).toContain('  npm run examples:accept -- ok');
		await expect(readFile(file('ok.py.out'))).rejects.toThrow(/ENOENT/);
	});

	it('accepting writes them, runs nothing again, and then CI passes', async () => {
		const { build, accept, file, lines } = await okExample();
		const summary = await accept();
		expect(formatAcceptSummary(summary)).toBe(
			[
				'wrote examples/ok/ok.py.out (new)',
				'wrote examples/ok/ok.ts.out (new)',
				'transcripts: 2 written, 0 removed, 0 unchanged',
				'Review them (git diff examples/) and commit them with your change.',
			].join('\n')
		);
		expect(await readFile(file('ok.ts.out'), 'utf8')).toBe('out| hello from TypeScript\n');
		// The transcripts are not part of the cache key: the CI build reuses both runs.
		lines.length = 0;
		const { summary: ci, examples } = await build('check');
		expect(ci).toMatchObject({ ran: 0, cached: 2, failed: 0 });
		expect(examples[0]!.programs.map((p) => p.transcript!.state)).toEqual(['matches', 'matches']);
		expect(lines.filter((l) => /transcripts? (changed|missing)/.test(l))).toEqual([]);
		expect(formatAcceptSummary(await accept(['ok']))).toBe('transcripts: 0 written, 0 removed, 2 unchanged');
	});

	it('a changed output fails CI with a diff; locally it is reported and marked, and nothing is written', async () => {
		const { build, accept, file, lines } = await okExample();
		await accept();
		await writeFile(file('ok.py'), 'print("hello from Python")\nprint("and a new line")\n');

		const message = await failure(build('check'));
		expect(message).toContain('1 transcript does not match this run (CI never writes them):');
		expect(message).toContain(
			[
				'examples/ok/ok.py.out: differs from the committed transcript (- committed, + this run):',
				'@@ -1,1 +1,2 @@',
				' out| hello from Python',
				'+out| and a new line',
			].join('\n')
		);
		expect(message).toMatch(
			/accept it on your machine and commit the transcript files:\n {2}npm run examples:accept -- ok$/
		);

		const { examples } = await build('report');
		const py = examples[0]!.programs.find((p) => p.lang === 'py')!;
		expect(py.transcript).toMatchObject({ file: 'examples/ok/ok.py.out', state: 'changed' });
		expect(lines).toContain(
			'1 transcript changed: examples/ok/ok.py.out (review, then `npm run examples:accept -- ok`)'
		);
		expect(await readFile(file('ok.py.out'), 'utf8')).toBe('out| hello from Python\n');
	});

	it('accepting removes a transcript whose program is gone, and refuses an unknown id with a hint', async () => {
		const { accept, file } = await okExample();
		await writeFile(file('ok.rb.out'), 'out| left over\n');
		const summary = await accept(['ok']);
		expect(summary.removed).toEqual(['examples/ok/ok.rb.out (no program, or a racy one)']);
		await expect(accept(['okk'])).rejects.toThrow('No example named "okk" (did you mean "ok"?) in examples/');
	});
});

describe('transcript policy', () => {
	it('checks in CI only, never in a dev server', () => {
		expect(transcriptMode({ CI: 'true' }, false)).toBe('check');
		expect(transcriptMode({ CI: '1' }, false)).toBe('check');
		expect(transcriptMode({ CI: 'true' }, true)).toBe('report');
		expect(transcriptMode({}, false)).toBe('report');
		expect(transcriptMode({ CI: 'false' }, false)).toBe('report');
	});

	it('leaves out an example declared nondeterministic, shared or for one language', () => {
		expect(hasTranscript({}, 'py')).toBe(true);
		const racy = { nondeterministic: { runs: 5 } } as never;
		expect(hasTranscript(racy, 'py')).toBe(false);
		const racyTs = { ts: { nondeterministic: { runs: 5 } } } as never;
		expect(hasTranscript(racyTs, 'ts')).toBe(false);
		expect(hasTranscript(racyTs, 'py')).toBe(true);
	});
});
