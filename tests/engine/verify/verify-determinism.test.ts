import { beforeEach, describe, expect, it, vi } from 'vitest';
import { firstDifference, formatDifference, verifyDeterminism } from '../../../src/engine/verify/verify-determinism.ts';
import { buildExamples } from '../../../src/engine/drivers/build-examples.ts';
import { examplesDirWith, failure, recordingEffects } from '../../helpers/examples-dir.ts';
import { addEngineFixtures, hasVenv, linkVenv } from '../../helpers/engine-env.ts';

describe('verifyDeterminism', () => {
	it('names the example and the first line that differs, and passes stable ones', async () => {
		const dirs = await examplesDirWith(['nondeterministic', 'interleave']);
		const differences = await verifyDeterminism({ ...dirs, quietRuns: 2, busyRuns: 1 }, () => {});
		expect(differences.map((d) => [d.id, d.run, d.busy])).toEqual([
			['nondeterministic', 2, false],
			['nondeterministic', 3, true],
		]);
		expect(formatDifference(differences[0]!)).toMatch(
			/^example "nondeterministic" \(examples\/nondeterministic\/nondeterministic\.py\) is not deterministic: run 2 differs from run 1 at line 2: expected "out| a value that changes: 0\.\d+", got "out| a value that changes: 0\.\d+"$/
		);
	});

	it("takes run 1 from the build's cache, and runs quietly only what the cache lacks", async () => {
		const dirs = await examplesDirWith(['nondeterministic', 'interleave']);
		await buildExamples({ ...dirs, only: ['interleave'] }, recordingEffects().effects);
		const log: string[] = [];
		const differences = await verifyDeterminism(
			{ ...dirs, referenceCache: dirs.cacheDir, quietRuns: 0, busyRuns: 1 },
			(l) => log.push(l)
		);
		expect(log).toEqual([
			"run 1: 2 programs from the build's cache", // interleave's two
			'run 1: 1 programs, 0 differences so far',
			'run 2 (CPUs busy): 3 programs, 1 differences so far',
		]);
		expect(differences.map((d) => [d.id, d.run, d.busy])).toEqual([['nondeterministic', 2, true]]);
	});
});

describe('verifyDeterminism with engine programs', () => {
	beforeEach(() => void vi.stubEnv('CI', ''));

	it('leaves out those this machine cannot run, saying what they need, rather than call them deterministic', async () => {
		const dirs = await examplesDirWith(['interleave']);
		await addEngineFixtures(dirs, ['anyio-group']); // no .venv in this project
		const log: string[] = [];
		const differences = await verifyDeterminism({ ...dirs, quietRuns: 2, busyRuns: 0 }, (l) => log.push(l));
		expect(differences).toEqual([]);
		expect(log).toEqual([
			'[not run] 1 program(s) need the project’s Python environment .venv (from requirements.lock); install it with: npm install (its postinstall runs node scripts/python-env.ts): examples/anyio-group/anyio-group.py',
			'run 1: 2 programs, 0 differences so far',
			'run 2: 2 programs, 0 differences so far',
		]);
		// CI never leaves one out (engineConfig reads CI once, into the configuration).
		expect(await failure(verifyDeterminism({ ...dirs, ci: true, quietRuns: 1, busyRuns: 0 }, () => {}))).toMatch(
			/^CI=true: the examples anyio-group need the project’s Python environment \.venv/
		);
	});

	it.runIf(hasVenv)('runs a program of the locked packages on .venv, as the build does', async () => {
		const dirs = await examplesDirWith([]);
		await addEngineFixtures(dirs, ['anyio-group']);
		await linkVenv(dirs.root);
		const log: string[] = [];
		expect(await verifyDeterminism({ ...dirs, quietRuns: 2, busyRuns: 1 }, (l) => log.push(l))).toEqual([]);
		expect(log).toEqual([
			'run 1: 1 programs, 0 differences so far',
			'run 2: 1 programs, 0 differences so far',
			'run 3 (CPUs busy): 1 programs, 0 differences so far',
		]);
	});
});

describe('firstDifference', () => {
	it('reports a missing line', () => {
		expect(firstDifference(['a', 'b'], ['a'])).toBe('line 2: expected "b", got (no line)');
		expect(firstDifference(['a'], ['a'])).toBeNull();
	});
});
