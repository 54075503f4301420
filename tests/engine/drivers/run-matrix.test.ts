/**
 * The version matrix on fixtures: a program printing `sys.version_info >= (3, 12)` differs on 3.11; declared, its
 * results are written and the page shows both outputs; undeclared, the check fails with a diff naming the program
 * and both versions. A program needing 3.13 is not run on 3.12 and says so. Needs CPython 3.11 and 3.12 besides the
 * main `python3` 3.13 (pyenv here, setup-python in CI); skipped on a machine that lacks one of them, but never in CI,
 * which installs them: there a missing one, or another main Python, fails the suite rather than turn it off.
 */
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { buildExamples } from '../../../src/engine/drivers/build-examples.ts';
import { findOtherRuntimes } from '../../../src/engine/toolchain/other-runtimes.ts';
import { findRuntimes } from '../../../src/engine/toolchain/runtimes.ts';
import { runMatrix } from '../../../src/engine/drivers/run-matrix.ts';
import { isCi } from '../../../src/engine/env.ts';
import { versionsView } from '../../../src/components/views/versions-view.ts';
import { examplesDirWith, recordingEffects, ROOT, TMP } from '../../helpers/examples-dir.ts';
import { hideFromPath } from '../../helpers/engine-env.ts';

const main = await findRuntimes(ROOT);
const others = await findOtherRuntimes(ROOT, main);
const labels = others.py.map((r) => r.version.split('.').slice(0, 2).join('.'));
const hasAll = main.py.version.startsWith('3.13.') && labels.includes('3.11') && labels.includes('3.12');

describe.runIf(hasAll || isCi(process.env))('runMatrix', () => {
	const cases = ['version-declared', 'version-undeclared', 'version-needs-313', 'version-main-only'];
	const py = (id: string) => `examples/${id}/${id}.py`;

	it('writes declared differences and minimum versions, refuses an undeclared one with a diff, and the page shows them', async () => {
		const dirs = await examplesDirWith(cases);
		const { effects } = recordingEffects();
		const config = { ...dirs, transcripts: 'report' as const, ids: [] };
		const written = await runMatrix({ ...config, mode: 'write' }, effects);

		const v311 = others.py.find((r) => r.version.startsWith('3.11.'))!.version;
		expect(written.problems).toHaveLength(1);
		expect(written.problems[0]).toContain(
			`${py('version-undeclared')}: Python ${v311} prints something else than Python ${main.py.version}`
		);
		expect(written.problems[0]).toContain('-out| 3.12 or newer: True\n+out| 3.12 or newer: False');
		expect(written.written.sort()).toEqual([
			`${py('version-declared')}.versions.json`,
			`${py('version-needs-313')}.versions.json`,
		]);
		const gated = JSON.parse(await readFile(path.join(dirs.root, `${py('version-needs-313')}.versions.json`), 'utf8'));
		expect(gated.runs.map((r: { notRun?: string }) => r.notRun)).toEqual(['needs Python 3.13+', 'needs Python 3.13+']);

		// The build shows what was committed: both outputs of the declared one, the versions the gated one skips.
		const { examples } = await buildExamples(dirs, effects);
		const result = (id: string) => examples.find((e) => e.id === id)!.programs[0]!;
		const declared = versionsView(result('version-declared'))!;
		expect(declared.line).toBe('Same output on Python 3.12 · 3.13; Python 3.11 prints something else (below)');
		expect(declared.blocks).toHaveLength(1);
		expect(declared.blocks[0]).toMatchObject({
			title: `Python ${v311} prints something else:`,
			code: 'start\n3.12 or newer: False\nend',
			marked: [2],
		});
		expect(versionsView(result('version-needs-313'))!.line).toBe(
			'Same output on Python 3.13; needs Python 3.13+: not run on Python 3.11 · 3.12'
		);
		expect(written.notRun).toContain(
			`${py('version-main-only')} (main version only: needs PySpark, installed for the main Python only)`
		);
		expect(versionsView(result('version-main-only'))!.line).toBe(
			'Runs on Python 3.13 only: needs PySpark, installed for the main Python only'
		);
		expect(versionsView(result('version-undeclared'))!.line).toMatch(/^Checked on Python 3\.13 only: not checked/);

		// CI's check: the committed files are current, the undeclared difference still fails, and drift is caught.
		const checked = await runMatrix({ ...config, mode: 'check' }, effects);
		expect(checked.problems).toHaveLength(1);
		expect(checked.ran).toBe(0);
		const file = path.join(dirs.root, `${py('version-declared')}.versions.json`);
		await writeFile(file, (await readFile(file, 'utf8')).replace('3.12 or newer: False', '3.12 or newer: maybe'));
		const drifted = await runMatrix({ ...config, mode: 'check' }, effects);
		expect(drifted.problems.join('\n')).toContain(
			`${py('version-declared')}.versions.json: the committed results differ from these runs`
		);
	});

	it('keeps the committed results of a version this machine lacks, and leaves alone a file it cannot make again', async () => {
		const dirs = await examplesDirWith(['version-declared']);
		const { effects } = recordingEffects();
		const config = { ...dirs, transcripts: 'report' as const, ids: [], mode: 'write' as const };
		await runMatrix(config, effects);
		const file = path.join(dirs.root, `${py('version-declared')}.versions.json`);
		const full = await readFile(file, 'utf8');
		const v311 = others.py.find((r) => r.version.startsWith('3.11.'))!.version;
		expect(full).toContain(`"version": "${v311}"`);

		// A machine without 3.11: no python3.11 on PATH, and pyenv holding the other versions only.
		const pyenv = await mkdtemp(path.join(TMP, 'pyenv-'));
		onTestFinished(() => rm(pyenv, { recursive: true, force: true }));
		await mkdir(path.join(pyenv, 'versions'));
		for (const r of others.py.filter((r) => r.version !== v311))
			await symlink(path.dirname(path.dirname(r.path)), path.join(pyenv, 'versions', r.version));
		await hideFromPath(['python3.11']);
		process.env.PYENV_ROOT = pyenv;
		onTestFinished(() => void delete process.env.PYENV_ROOT);

		const kept = await runMatrix(config, effects);
		expect(kept.runtimes.some((r) => r.startsWith('Python 3.11'))).toBe(false);
		expect(kept.written).toEqual([]);
		expect(kept.kept).toEqual([
			`${py('version-declared')}.versions.json keeps its results of Python ${v311}, which this machine lacks`,
		]);
		expect(await readFile(file, 'utf8')).toBe(full);

		// The program changed: 3.11's results are stale and cannot be made here, so the file stays as it is.
		const program = path.join(dirs.root, py('version-declared'));
		await writeFile(program, `${await readFile(program, 'utf8')}print("one more line")\n`);
		const stale = await runMatrix(config, effects);
		expect(stale.written).toEqual([]);
		expect(stale.kept).toEqual([
			`${py('version-declared')}.versions.json left as it is: the program changed since its results of Python ${v311}, ` +
				'which this machine lacks to run it again (install it: pyenv install 3.11, or python3.11 on PATH; then run this again)',
		]);
		expect(await readFile(file, 'utf8')).toBe(full);
	});
});
