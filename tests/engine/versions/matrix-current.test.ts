/**
 * CI only (CI=true): every program of the site really runs on the other versions this machine has (CPython 3.11,
 * 3.12; Node 22, 24), and what each prints must be what its committed `.versions.json` says, and differ from the
 * main version only as its example.json declares. A failure names the program and both versions, with a diff.
 * Cold, this is one more run of every program per other version (see CONTRIBUTING.md "Other versions"); the main
 * versions' runs come from the build's cache.
 */
import { describe, expect, it } from 'vitest';
import { engineConfig, isCi, matrixError, runMatrix } from '../../../src/engine/index.ts';
import { ROOT } from '../../helpers/examples-dir.ts';

describe.runIf(isCi(process.env))('the committed version results', () => {
	it('are what the other versions print now', { timeout: 1_800_000 }, async () => {
		const config = engineConfig(ROOT, process.env);
		const summary = await runMatrix(
			{ ...config, ids: [], mode: 'check' },
			{ log: () => {}, now: () => performance.now() }
		);
		expect(summary.runtimes.length).toBeGreaterThan(0);
		expect(matrixError(summary)?.message ?? null).toBeNull();
	});
});
