/** The determinism check over the whole site: every example run again, on a machine with every CPU busy. */
import { expect, it } from 'vitest';
import { engineConfig } from '../../src/engine/config.ts';
import { formatDifference, verifyDeterminism } from '../../src/engine/verify/verify-determinism.ts';
import { ROOT } from '../helpers/examples-dir.ts';

it(
	'every example prints the same output when the CPUs are busy',
	async () => {
		const differences = await verifyDeterminism(
			{ ...engineConfig(ROOT, process.env), quietRuns: 1, busyRuns: 1 },
			() => {}
		);
		expect(differences.map(formatDifference)).toEqual([]);
	},
	15 * 60_000
);
