/**
 * A challenge's reference solution is an example like any other: the build runs it and checks the claims a
 * reader's run is judged by, so a solution broken on purpose fails the build, naming the claim and what it measured.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExamples } from '../../../src/engine/drivers/build-examples.ts';
import { ROOT, examplesDirWith, failure, recordingEffects } from '../../helpers/examples-dir.ts';

describe('challenge solutions', () => {
	it('a solution broken on purpose (no limit on downloads) fails the build on its own claim', async () => {
		const dirs = await examplesDirWith([]);
		const id = 'challenge-semaphore';
		const dir = path.join(dirs.examplesDir, id);
		await cp(path.join(ROOT, 'examples', id), dir, { recursive: true });
		const file = path.join(dir, `${id}.py`);
		const source = await readFile(file, 'utf8');
		expect(source).toContain('asyncio.Semaphore(2)');
		await writeFile(file, source.replace('asyncio.Semaphore(2)', 'asyncio.Semaphore(6)'));
		const message = await failure(buildExamples(dirs, recordingEffects().effects));
		expect(message).toContain(
			`example "${id}" (examples/${id}/${id}.py) claim "never more than 2 downloads in flight" does not hold — measured: 6 at once`
		);
	});
});
