/** The determinism check over the whole site: every example run again, on a machine with every CPU busy. */
import path from 'node:path';
import { expect, it } from 'vitest';
import { formatDifference, verifyDeterminism } from '../../src/engine/verify/verify-determinism.ts';
import { ROOT } from '../helpers/examples-dir.ts';

it(
	'every example prints the same output when the CPUs are busy',
	async () => {
		const differences = await verifyDeterminism(
			{ root: ROOT, examplesDir: path.join(ROOT, 'examples'), quietRuns: 1, busyRuns: 1 },
			() => {}
		);
		expect(differences.map(formatDifference)).toEqual([]);
	},
	15 * 60_000
);
