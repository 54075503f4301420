/**
 * The determinism check over the whole site: every example run again on a machine with every CPU busy, against the
 * run the site's build made (its cache) rather than a quiet run of everything again.
 */
import { expect, it } from 'vitest';
import { engineConfig } from '../../src/engine/config.ts';
import { formatDifference, verifyDeterminism } from '../../src/engine/verify/verify-determinism.ts';
import { ROOT } from '../helpers/examples-dir.ts';

it(
	'every example prints the same output when the CPUs are busy',
	async () => {
		const config = engineConfig(ROOT, process.env);
		const differences = await verifyDeterminism(
			{ ...config, referenceCache: config.cacheDir, quietRuns: 0, busyRuns: 1 },
			() => {}
		);
		expect(differences.map(formatDifference)).toEqual([]);
	},
	15 * 60_000
);
