import { describe, expect, it } from 'vitest';
import { firstDifference, formatDifference, verifyDeterminism } from '../../../src/engine/verify/verify-determinism.ts';
import { examplesDirWith } from '../../helpers/examples-dir.ts';

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
});

describe('firstDifference', () => {
	it('reports a missing line', () => {
		expect(firstDifference(['a', 'b'], ['a'])).toBe('line 2: expected "b", got (no line)');
		expect(firstDifference(['a'], ['a'])).toBeNull();
	});
});
