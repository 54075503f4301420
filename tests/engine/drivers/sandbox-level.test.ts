/**
 * The sandbox level is resolved once, by engineConfig (config.ts), and every driver runs and keys programs at the
 * level it is given: none looks at EXAMPLES_SANDBOX or the machine again (tests/architecture/env-reads.unit.test.ts
 * guards the source). A level that cannot run here fails each driver where it first needs one, as it always did.
 */
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { buildExamples } from '../../../src/engine/drivers/build-examples.ts';
import { UserError } from '../../../src/engine/errors.ts';
import { offlineResults } from '../../../src/engine/off/offline-results.ts';
import { describeSandbox } from '../../../src/engine/run/sandbox.ts';
import { verifyDeterminism } from '../../../src/engine/verify/verify-determinism.ts';
import { examplesDirWith, failure, recordingEffects } from '../../helpers/examples-dir.ts';

const CANNOT = new UserError('EXAMPLES_SANDBOX=bwrap, but that sandbox cannot run here: install bubblewrap.');

describe('the sandbox level a driver is given', () => {
	it('is the one a build runs at, named once in the log, whatever EXAMPLES_SANDBOX says now', async () => {
		vi.stubEnv('EXAMPLES_SANDBOX', 'no-such-level');
		onTestFinished(() => void vi.unstubAllEnvs());
		const dirs = await examplesDirWith(['ok']);
		const { lines, effects } = recordingEffects();
		const { summary } = await buildExamples({ ...dirs, sandbox: 'process-group' }, effects);
		expect(summary).toMatchObject({ failed: 0 });
		expect(lines.filter((l) => l.startsWith('sandbox: '))).toEqual([describeSandbox('process-group')]);
	});

	it('fails a build, the determinism check and off mode as before when it cannot run here', async () => {
		const dirs = await examplesDirWith(['ok']);
		const config = { ...dirs, sandbox: CANNOT };
		expect(await failure(buildExamples(config, recordingEffects().effects))).toBe(CANNOT.message);
		expect(await failure(verifyDeterminism(config, () => {}))).toBe(CANNOT.message);
		// Off mode needs a level only to find cached runs, and shows transcripts or placeholders without one.
		const { lines, effects } = recordingEffects();
		await offlineResults(config, effects);
		expect(lines).toContain(
			`the examples cache was not read, so each program shows its committed transcript or a placeholder: ${CANNOT.message}`
		);
	});
});
