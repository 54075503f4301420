/**
 * What CI does with a pull request (.github/workflows/ci.yml): main's build fills the examples cache and saves it;
 * the pull request is another checkout that restores a copy of that cache, changes one example and builds. It runs
 * that one program and takes every other result from main's, and main's cache stays as main saved it.
 */
import { cp, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExamples } from '../../../src/engine/index.ts';
import { examplesDirWith, recordingEffects } from '../../helpers/examples-dir.ts';

const CASES = ['ok', 'interleave'];
const files = async (dir: string) => (await readdir(dir, { recursive: true })).sort();

describe("a pull request built with main's examples cache", () => {
	it('runs exactly the one program it edited and reuses the rest; main’s cache is not written', async () => {
		// main: a cold build fills its cache (what actions/cache saves after the job).
		const main = await examplesDirWith(CASES);
		const mainRun = recordingEffects();
		expect((await buildExamples(main, mainRun.effects)).summary).toMatchObject({ ran: 4, cached: 0, failed: 0 });
		const saved = await files(main.cacheDir);

		// The pull request: a fresh checkout elsewhere, main's cache restored into it (actions/cache/restore), one
		// program edited.
		const pr = await examplesDirWith(CASES);
		await cp(main.cacheDir, pr.cacheDir, { recursive: true });
		await writeFile(path.join(pr.examplesDir, 'ok', 'ok.py'), "print('changed in the pull request')\n");
		const { lines, effects } = recordingEffects();
		const { examples, summary } = await buildExamples(pr, effects);

		expect(summary).toMatchObject({ checked: 4, ran: 1, cached: 3, failed: 0 });
		expect(lines.filter((l) => l.startsWith('[ran]'))).toEqual([expect.stringContaining('examples/ok/ok.py')]);
		expect(lines.filter((l) => /^\[cached\] examples\//.test(l)).sort()).toEqual([
			'[cached] examples/interleave/interleave.py',
			'[cached] examples/interleave/interleave.ts',
			'[cached] examples/ok/ok.ts',
		]);
		const ok = examples.find((e) => e.id === 'ok')!;
		expect(ok.programs.find((p) => p.lang === 'py')!.output[0]!.text).toBe('changed in the pull request\n');

		// The new result went into the pull request's copy only.
		expect(await files(main.cacheDir)).toEqual(saved);
		expect((await files(pr.cacheDir)).length).toBeGreaterThan(saved.length);
	});
});
