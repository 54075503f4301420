/**
 * A checker whose inputs have not changed since it passed is not run again: and its inputs include everything that
 * can change its verdict. The checkers here are stand-ins that count their calls.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkExamples, type CheckRequest, type TypeCheckers } from '../../../src/engine/check/check.ts';
import { discoverExamples } from '../../../src/engine/discover/discover.ts';
import { examplesDirWith } from '../../helpers/examples-dir.ts';

describe('checkExamples and its cache', () => {
	it('checks the engine programs again when the lock changes: new packages can break a program that passed', async () => {
		const dirs = await examplesDirWith(['ok']);
		const [example] = await discoverExamples(dirs.examplesDir, dirs.root);
		const py = example!.programs.find((p) => p.lang === 'py')!;
		const checked: string[] = [];
		const checkers: TypeCheckers = {
			ts: async () => [],
			py: async (files, _dir, _root, python) => {
				checked.push(`${python}: ${files.map((f) => path.basename(f)).join(' ')}`);
				return [];
			},
		};
		const request = (lock: string): CheckRequest => ({
			...dirs,
			programs: [py],
			python: { path: '/usr/bin/python3', version: '3.13.0' },
			engine: { files: [py.file], python: { path: '/venv/bin/python', version: '3.13.0' }, lock },
			engineVersion: 'v1',
			log: () => {},
			checkers,
		});
		await checkExamples(request('lock-a'));
		await checkExamples(request('lock-a'));
		expect(checked).toEqual(['/venv/bin/python: ok.py']);
		await checkExamples(request('lock-b'));
		expect(checked).toEqual(['/venv/bin/python: ok.py', '/venv/bin/python: ok.py']);
	});
});
