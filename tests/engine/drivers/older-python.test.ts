/**
 * A machine whose `python3` is older than some programs declare (`"python": ">=3.13"`), as Debian 12's 3.11 is:
 * the build never fails for it. Such a program runs on a Python of this machine that meets its minimum, and its
 * page names that version; with none, it shows its committed transcript with a notice naming the version it needs
 * and how to get it (CI refuses that). Real runs: `python3` here is a real older CPython (pyenv's 3.11 here,
 * setup-python's in CI), on a PATH with no version manager's shims.
 */
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildExamples } from '../../../src/engine/drivers/build-examples.ts';
import { isCi } from '../../../src/engine/env.ts';
import { chooseSandbox } from '../../../src/engine/run/sandbox.ts';
import { compareVersions, findRuntimes } from '../../../src/engine/toolchain/runtimes.ts';
import { findOtherRuntimes } from '../../../src/engine/toolchain/other-runtimes.ts';
import { examplesDirWith, recordingEffects, ROOT } from '../../helpers/examples-dir.ts';

const main = await findRuntimes(ROOT);
const pythons = [main.py, ...(await findOtherRuntimes(ROOT, main)).py].sort((a, b) =>
	compareVersions(a.version, b.version)
);
// Chosen before PATH is narrowed to the Pythons: finding bubblewrap and unshare looks them up on PATH (CI demands
// EXAMPLES_SANDBOX=bwrap, which would otherwise fail here), and the runs are spawned with the sandbox's own PATH.
const sandbox = chooseSandbox(process.env);
const older = pythons.find((r) => compareVersions(r.version, '3.13') < 0);
const newer = pythons.find((r) => compareVersions(r.version, '3.13') >= 0);

const saved = { PATH: process.env.PATH, PYENV_ROOT: process.env.PYENV_ROOT };
afterEach(() => Object.assign(process.env, saved));

/** PATH and PYENV_ROOT holding only these interpreters, under the names given (`python3`, `python3.13`). */
async function onlyThesePythons(named: Record<string, string>): Promise<void> {
	const bin = await mkdtemp(path.join(os.tmpdir(), 'pythons-'));
	for (const [name, target] of Object.entries(named)) await symlink(target, path.join(bin, name));
	const pyenv = path.join(bin, 'no-pyenv');
	await mkdir(pyenv);
	Object.assign(process.env, { PATH: bin, PYENV_ROOT: pyenv });
}

const py = (id: string) => `examples/${id}/${id}.py`;

describe.runIf((older && newer) || isCi(process.env))('a build whose python3 is older than a program needs', () => {
	it('runs that program on a Python that has what it needs, named under its output', async () => {
		await onlyThesePythons({ python3: older!.path, 'python3.13': newer!.path });
		const dirs = await examplesDirWith(['version-needs-313', 'ok']);
		const { lines, effects } = recordingEffects();
		const { examples } = await buildExamples({ ...dirs, sandbox }, effects);
		const result = (id: string) => examples.find((e) => e.id === id)!.programs.find((p) => p.lang === 'py')!;
		expect(result('version-needs-313')).toMatchObject({ runtime: `Python ${newer!.version}`, exitCode: 0 });
		expect(result('version-needs-313').notRun).toBeUndefined();
		expect(
			result('version-needs-313')
				.output.map((c) => c.text)
				.join('')
		).toBe('process_cpu_count: int\n');
		expect(result('ok').runtime).toBe(`Python ${older!.version}`);
		expect(lines).toContain(
			`[python ${newer!.version}] ${py('version-needs-313')}: needs Python 3.13+, the build's main Python is ${older!.version}`
		);
	});

	it('without one, shows its committed transcript with a notice naming the version and how to get it', async () => {
		await onlyThesePythons({ python3: older!.path });
		const dirs = await examplesDirWith(['version-needs-313', 'ok']);
		const { lines, effects } = recordingEffects();
		const { examples } = await buildExamples({ ...dirs, sandbox }, effects);
		const result = examples.find((e) => e.id === 'version-needs-313')!.programs[0]!;
		const needs = {
			missing: `Python 3.13 or newer (the build's main Python is ${older!.version}, and no python3.N on PATH or in pyenv's versions is)`,
			install: 'pyenv install 3.13',
		};
		expect(result.notRun).toEqual({ from: 'transcript', transcript: `${py('version-needs-313')}.out`, needs });
		expect(result.output.map((c) => c.text).join('')).toBe('process_cpu_count: int\n');
		expect(lines).toContain(
			`[not run] 1 program(s) need ${needs.missing}; install it with: ${needs.install}: ${py('version-needs-313')} (their pages show their committed transcripts, with this notice)`
		);
		expect(examples.find((e) => e.id === 'ok')!.programs.every((p) => !p.notRun)).toBe(true);

		await expect(buildExamples({ ...dirs, sandbox, ci: true }, effects)).rejects.toThrow(
			`CI=true: the examples version-needs-313 need ${needs.missing}, which this machine lacks, and CI never skips them.`
		);
		await rm(dirs.cacheDir, { recursive: true, force: true });
	});
});
